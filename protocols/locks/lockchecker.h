#pragma once

#include <algorithm>
#include <map>

#include "locknotes.h"
#include "protocol.h"

namespace cs::locks {

// The lock services' properties, judged from notes: the storage never takes a write whose token
// is older than one it has taken (with fencing, at most one holder as the storage sees it);
// holders whose claim the service still honours never mix a writer with anyone else (not judged
// for the cache, whose expired holders the service cannot stop); and once faults stop every
// waiting process gets the lock. It also counts what the lesson measures: holders at once, and
// for ZooKeeper the notifications and child listings one release causes.
class LockChecker final : public InvariantChecker
{
public:
    LockChecker(Service service, bool watchDirectory, VirtualTime settle);

    std::unique_ptr<InvariantChecker> clone() const override { return std::make_unique<LockChecker>(*this); }
    void observeNote(VirtualTime at, const Note &note) override;
    void observeCrash(VirtualTime at, NodeId node) override;
    void observePause(VirtualTime at, NodeId node, VirtualTime duration) override;
    void observeRestart(VirtualTime at, NodeId) override { mLastFault = std::max(mLastFault, at); }
    void observeNetwork(VirtualTime at, const Input &) override { mLastFault = std::max(mLastFault, at); }
    void observeParameter(VirtualTime at, int, std::int64_t) override { mLastFault = std::max(mLastFault, at); }
    void check(VirtualTime at, std::vector<Violation> &out) override;
    void crossCheck(VirtualTime, NodeId, const ProtocolNode &, std::vector<Violation> &) override {}
    void finish(VirtualTime at, std::vector<Violation> &out) override;
    std::vector<Measure> measures() const override;

private:
    // A process that believes it holds the lock.
    struct Holding
    {
        std::int64_t token = 0;
        bool read = false;
        // The service has ended its claim (an expired key or session) but it does not know yet.
        bool disowned = false;
    };

    void acquired(VirtualTime at, NodeId node, Holding holding);
    void written(VirtualTime at, const Note &note);

    Service mService;
    bool mWatchDirectory;
    VirtualTime mSettle;
    std::map<NodeId, Holding> mHolders;
    std::map<NodeId, VirtualTime> mWaiting;
    std::map<NodeId, std::int64_t> mGranted;
    std::int64_t mHighestWritten = 0;
    VirtualTime mLastFault = 0;
    std::size_t mMostHolders = 0;
    std::int64_t mReleases = 0;
    std::int64_t mNotified = 0;
    std::int64_t mQueue = 0;
    std::int64_t mListings = 0;
    std::vector<Violation> mPending;
};

} // namespace cs::locks
