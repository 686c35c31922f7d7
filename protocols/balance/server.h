#pragma once

#include <cstdint>
#include <deque>
#include <set>
#include <vector>

#include "balancemessages.h"
#include "protocol.h"
#include "simulation.h"

namespace cs::balance {

// A server behind the balancer: it serves up to `capacity` requests at once, each for its service
// time (longer for a lighter weight), queues up to `queue` more and refuses the rest. With sticky
// sessions it holds its clients' sessions in memory, lost when it crashes; with a session store
// each request pays one more round trip to the store and no session is lost.
class Server
{
public:
    void start(NodeContext &context, int index);
    void onForward(NodeContext &context, const BalanceMessage &message);
    void onServiceTimer(NodeContext &context);
    void describe(NodeDescription &description) const;

    std::size_t busy() const { return mBusy.size(); }
    std::size_t queued() const { return mQueue.size(); }

private:
    // A request being served, and when it will be done.
    struct Job
    {
        std::int64_t request = 0;
        NodeId source = 0;
        std::int64_t sentAt = 0;
        bool hasSession = false;
        VirtualTime done = 0;
    };

    void begin(NodeContext &context, Job job);
    void rearm(NodeContext &context);

    int mIndex = 0;
    std::int64_t mCapacity = 1;
    std::vector<Job> mBusy;
    std::deque<Job> mQueue;
    std::set<NodeId> mSessions;
    std::int64_t mServed = 0;
    std::int64_t mRefused = 0;
    std::int64_t mLost = 0;
    std::int64_t mLastLatency = 0;
};

} // namespace cs::balance
