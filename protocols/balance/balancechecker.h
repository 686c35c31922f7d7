#pragma once

#include <algorithm>
#include <map>
#include <set>
#include <vector>

#include "picker.h"
#include "protocol.h"

namespace cs::balance {

// What the checker needs of the parameters: the servers, nginx's failure settings, and the longest
// time the balancer may take to answer once faults stop (tries x (time-out + a round trip)).
struct BalanceLimits
{
    int servers = 3;
    int clusterSize = 6;
    std::int64_t maxFails = 1;
    VirtualTime failTimeout = 10 * kSecond;
    VirtualTime answerBound = 0;
    VirtualTime clientTimeout = 0;
};

// Judges a balanced run from its notes: the balancer answers each request at most once (per
// incarnation), the smooth weighted round robin's current weights sum to 0 after every pick, no
// server is picked while the balancer rests it after max_fails failures, and once faults stop
// every request is answered by the balancer before its client gives up. It also keeps the figures:
// requests, failures, requests served twice, sessions lost, keys moved, latency percentiles.
class BalanceChecker final : public InvariantChecker
{
public:
    explicit BalanceChecker(BalanceLimits limits);

    std::unique_ptr<InvariantChecker> clone() const override { return std::make_unique<BalanceChecker>(*this); }
    void observeNote(VirtualTime at, const Note &note) override;
    void observeCrash(VirtualTime at, NodeId node) override;
    void observeRestart(VirtualTime at, NodeId) override { mLastFault = std::max(mLastFault, at); }
    void observeNetwork(VirtualTime at, const Input &) override { mLastFault = std::max(mLastFault, at); }
    void observePause(VirtualTime at, NodeId, VirtualTime duration) override { mLastFault = std::max(mLastFault, at + duration); }
    void observeParameter(VirtualTime at, int, std::int64_t) override { mLastFault = std::max(mLastFault, at); }
    void check(VirtualTime at, std::vector<Violation> &out) override;
    void crossCheck(VirtualTime, NodeId, const ProtocolNode &, std::vector<Violation> &) override {}
    void finish(VirtualTime at, std::vector<Violation> &out) override;
    std::vector<Measure> measures() const override;

    std::int64_t servedTwice() const { return mServedTwice; }
    std::int64_t sessionsLost() const { return mSessionsLost; }

private:
    // The balancer's view of one server as its notes tell it.
    struct Resting
    {
        bool down = false;
        VirtualTime checked = 0;
    };

    void observePick(VirtualTime at, const Note &note);

    BalanceLimits mLimits;
    std::vector<Violation> mPending;
    std::vector<Resting> mResting;
    std::set<std::int64_t> mReplied;
    std::map<std::int64_t, VirtualTime> mWaiting;
    std::vector<std::pair<std::int64_t, VirtualTime>> mTimedOut;
    std::map<std::int64_t, int> mServed;
    std::vector<std::int64_t> mLatencies;
    VirtualTime mLastFault = 0;
    std::int64_t mRequests = 0;
    std::int64_t mOk = 0;
    std::int64_t mFailed = 0;
    std::int64_t mServedTwice = 0;
    std::int64_t mSessionsLost = 0;
    std::int64_t mMoved = -1;
    std::int64_t mMovedKeys = 0;
    std::int64_t mMovedServers = 0;
    std::string mCurrentWeights;
};

} // namespace cs::balance
