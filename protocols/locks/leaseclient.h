#pragma once

#include "lockmessages.h"
#include "lockwork.h"
#include "protocol.h"

namespace cs::locks {

// A process that takes the lock table's row or the cache key, works while holding it, writes to
// the storage with its fencing token, and releases; it polls while the lock is busy. The variant
// that ignores fencing writes without its token.
class LeaseClient final : public ProtocolNode
{
public:
    enum class State { Idle, Waiting, Holding, Writing, Releasing };

    LeaseClient(Service service, bool ignoresFencing) : mService(service), mIgnoresFencing(ignoresFencing) {}

    std::unique_ptr<ProtocolNode> clone() const override { return std::make_unique<LeaseClient>(*this); }
    // Only the boot count survives, so a restarted process never reuses an attempt's identity.
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
    void resend(NodeContext &context);

    Service mService;
    bool mIgnoresFencing;
    State mState = State::Idle;
    std::int64_t mBoot = 1;
    std::int64_t mAttempt = 0;
    std::int64_t mToken = 0;
    std::int64_t mAcquired = 0;
    LockWork mWork;
};

} // namespace cs::locks
