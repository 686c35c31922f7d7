#pragma once

#include "lockmessages.h"
#include "lockwork.h"
#include "protocol.h"

namespace cs::locks {

// A process taking ZooKeeper's lock: it creates a sequential ephemeral node, lists the directory,
// holds the lock when no conflicting node is lower (a reader waits only for lower writers), and
// otherwise waits for a watch: on the whole directory (the naive form, every release wakes every
// waiter) or on the next lower conflicting node (the recipe, one waiter woken). It pings to keep
// its session, and learns from the server when the session has expired.
class ZkClient final : public ProtocolNode
{
public:
    enum class State { Idle, Creating, Listing, Checking, Watching, Holding, Writing, Deleting };

    std::unique_ptr<ProtocolNode> clone() const override { return std::make_unique<ZkClient>(*this); }
    // Only the session count survives, so a restarted process opens a new session.
    std::unique_ptr<ProtocolNode> durableRemains() const override;
    void start(NodeContext &context) override;
    void restart(NodeContext &context) override;
    void onMessage(NodeContext &context, NodeId from, const Message &message) override;
    void onTimer(NodeContext &context, int timer) override;
    void onClientRequest(NodeContext &context, const ClientRequest &request) override;
    void onParameterChanged(NodeContext &, int) override {}
    NodeDescription describe(std::size_t logLimit) const override;

private:
    void setState(NodeContext &context, State state);
    void send(NodeContext &context, NodeId to, LockMessage::Kind kind);
    void beginAcquire(NodeContext &context);
    void list(NodeContext &context);
    void decide(NodeContext &context, const std::vector<LockChild> &children);
    void notified(NodeContext &context);
    void sessionExpired(NodeContext &context);
    void armRetry(NodeContext &context, VirtualTime delay);
    bool holds() const;
    static bool watchesDirectory(NodeContext &context) { return context.parameter(kParamWatch) == 1; }

    State mState = State::Idle;
    std::int64_t mSession = 1;
    std::int64_t mAttempt = 0;
    std::int64_t mNode = 0;
    bool mRead = false;
    std::int64_t mWatched = 0;
    std::int64_t mNotificationsSeen = 0;
    // A notification came while a listing or an exists was on its way: look again after it.
    bool mLookAgain = false;
    std::int64_t mAcquired = 0;
    LockWork mWork;
};

} // namespace cs::locks
