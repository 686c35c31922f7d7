#pragma once

#include <map>
#include <utility>

#include "lockmessages.h"
#include "protocol.h"
#include "simulation.h"

namespace cs::locks {

// The lock table of a database (a row per lock, kept until its holder deletes it) or a cache key
// set with setnx and an expiry: one holder at a time, each grant numbered by a fencing token.
class LeaseServer final : public ProtocolNode
{
public:
    explicit LeaseServer(Service service) : mService(service) {}

    std::unique_ptr<ProtocolNode> clone() const override { return std::make_unique<LeaseServer>(*this); }
    // The table is on disk and the cache persists its keys: a restart keeps the lock.
    std::unique_ptr<ProtocolNode> durableRemains() const override { return clone(); }
    void start(NodeContext &context) override;
    void restart(NodeContext &context) override;
    void onMessage(NodeContext &context, NodeId from, const Message &message) override;
    void onTimer(NodeContext &context, int timer) override;
    void onClientRequest(NodeContext &context, const ClientRequest &request) override;
    void onParameterChanged(NodeContext &, int) override {}
    NodeDescription describe(std::size_t logLimit) const override;

private:
    using Attempt = std::pair<std::int64_t, std::int64_t>;

    // The current holder: which process, which of its attempts, its token and (cache) its expiry.
    struct Holder
    {
        NodeId process = 0;
        Attempt attempt;
        std::int64_t token = 0;
        VirtualTime expiresAt = 0;
    };

    // The newest attempt a process has made, so late duplicates never lock the row again.
    struct Seen
    {
        Attempt attempt;
        bool done = false;
    };

    void acquire(NodeContext &context, NodeId from, const LockMessage &message);
    void release(NodeContext &context, NodeId from, const LockMessage &message);
    void reply(NodeContext &context, NodeId to, const LockMessage &request, LockMessage::Kind kind, bool flag = false);

    Service mService;
    Holder mHolder;
    std::int64_t mTokens = 0;
    std::int64_t mExpired = 0;
    std::map<NodeId, Seen> mSeen;
};

} // namespace cs::locks
