#pragma once

#include <map>
#include <set>
#include <utility>

#include "lockmessages.h"
#include "protocol.h"
#include "simulation.h"

namespace cs::locks {

// A ZooKeeper server holding one lock directory of sequential ephemeral nodes: it creates, lists
// and deletes them, keeps one-shot watches (on the directory or on one node), and expires a
// client's session, deleting its nodes, when it has not heard from it for the session timeout.
class ZkServer final : public ProtocolNode
{
public:
    std::unique_ptr<ProtocolNode> clone() const override { return std::make_unique<ZkServer>(*this); }
    // The tree and the sessions are replicated in a real ensemble: a restart keeps them.
    std::unique_ptr<ProtocolNode> durableRemains() const override { return clone(); }
    void start(NodeContext &context) override;
    void restart(NodeContext &context) override;
    void onMessage(NodeContext &context, NodeId from, const Message &message) override;
    void onTimer(NodeContext &context, int timer) override;
    void onClientRequest(NodeContext &context, const ClientRequest &request) override;
    void onParameterChanged(NodeContext &, int) override {}
    NodeDescription describe(std::size_t logLimit) const override;

private:
    // A client's session: the process and its session number.
    using SessionId = std::pair<NodeId, std::int64_t>;

    // One node of the lock directory.
    struct LockNode
    {
        SessionId session;
        bool read = false;
        std::int64_t attempt = 0;
    };

    // What the server knows of a session.
    struct Session
    {
        VirtualTime lastHeard = 0;
        bool alive = true;
        std::int64_t lastCreate = 0;
        // Watch notifications sent so far, so a client that lost one learns it from the next pong.
        std::int64_t notifications = 0;
    };

    void reply(NodeContext &context, const SessionId &session, std::shared_ptr<LockMessage> message);
    void create(NodeContext &context, const SessionId &session, const LockMessage &message);
    void remove(NodeContext &context, std::int64_t node);
    void notify(NodeContext &context, const SessionId &session, std::int64_t node);
    void expire(NodeContext &context, const SessionId &session);
    void armExpiry(NodeContext &context);

    std::map<std::int64_t, LockNode> mNodes;
    std::int64_t mNextNode = 0;
    std::map<SessionId, Session> mSessions;
    std::set<SessionId> mDirectoryWatches;
    std::map<std::int64_t, std::set<SessionId>> mNodeWatches;
    std::int64_t mNotifications = 0;
    std::int64_t mListings = 0;
};

} // namespace cs::locks
