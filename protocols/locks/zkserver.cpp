#include "zkserver.h"

namespace cs::locks {

void ZkServer::start(NodeContext &context)
{
    context.note({&kRoleNote, 0, {mNextNode}, "service"});
}

void ZkServer::restart(NodeContext &context)
{
    // As a new leader does, the server gives every session a full timeout again.
    for (auto &[id, session] : mSessions)
        session.lastHeard = context.now();
    start(context);
    armExpiry(context);
}

void ZkServer::reply(NodeContext &context, const SessionId &session, std::shared_ptr<LockMessage> message)
{
    message->service = Service::ZooKeeper;
    message->epoch = session.second;
    context.send(session.first, std::move(message));
}

void ZkServer::armExpiry(NodeContext &context)
{
    std::optional<VirtualTime> earliest;
    for (const auto &[id, session] : mSessions) {
        if (session.alive && (!earliest || session.lastHeard < *earliest))
            earliest = session.lastHeard;
    }
    if (earliest)
        context.startTimer(kExpiryTimer, std::max<VirtualTime>(0, *earliest + context.parameter(kParamLease) - context.now()));
    else
        context.cancelTimer(kExpiryTimer);
}

void ZkServer::notify(NodeContext &context, const SessionId &session, std::int64_t node)
{
    auto &known = mSessions[session];
    ++known.notifications;
    ++mNotifications;
    context.note({&kNotifyNote, 0, {session.first, node}, {}});
    auto message = std::make_shared<LockMessage>();
    message->kind = LockMessage::Kind::Watch;
    message->node = node;
    message->token = known.notifications;
    reply(context, session, std::move(message));
}

void ZkServer::remove(NodeContext &context, std::int64_t node)
{
    const auto found = mNodes.find(node);
    if (found == mNodes.end())
        return;
    const NodeId owner = found->second.session.first;
    const SessionId deleter = found->second.session;
    mNodes.erase(found);
    // Watches are one-shot: each fires once and is gone.
    std::set<SessionId> watchers = std::move(mDirectoryWatches);
    mDirectoryWatches.clear();
    if (const auto watched = mNodeWatches.find(node); watched != mNodeWatches.end()) {
        watchers.insert(watched->second.begin(), watched->second.end());
        mNodeWatches.erase(watched);
    }
    // The client that deleted the node learns it from the reply, not from a watch of its own.
    watchers.erase(deleter);
    const auto notified = static_cast<std::int64_t>(watchers.size());
    context.note({&kDeleteNote, 0, {owner, node, notified, static_cast<std::int64_t>(mNodes.size())}, {}});
    for (const auto &session : watchers) {
        if (mSessions[session].alive)
            notify(context, session, node);
    }
}

void ZkServer::create(NodeContext &context, const SessionId &session, const LockMessage &message)
{
    auto &known = mSessions[session];
    for (const auto &[node, lockNode] : mNodes) {
        if (lockNode.session == session && lockNode.attempt == message.attempt) {
            // A retried create: the node exists already (the GUID of the recipe finds it).
            auto created = std::make_shared<LockMessage>();
            created->kind = LockMessage::Kind::Created;
            created->attempt = message.attempt;
            created->node = node;
            reply(context, session, std::move(created));
            return;
        }
    }
    if (message.attempt <= known.lastCreate)
        return;
    known.lastCreate = message.attempt;
    const std::int64_t node = ++mNextNode;
    mNodes[node] = {session, message.read, message.attempt};
    context.note({&kCreateNote, 0, {session.first, node, message.read ? 1 : 0}, {}});
    std::set<SessionId> watchers = std::move(mDirectoryWatches);
    mDirectoryWatches.clear();
    for (const auto &watcher : watchers)
        notify(context, watcher, 0);
    auto created = std::make_shared<LockMessage>();
    created->kind = LockMessage::Kind::Created;
    created->attempt = message.attempt;
    created->node = node;
    reply(context, session, std::move(created));
}

void ZkServer::expire(NodeContext &context, const SessionId &session)
{
    mSessions[session].alive = false;
    std::vector<std::int64_t> owned;
    for (const auto &[node, lockNode] : mNodes) {
        if (lockNode.session == session)
            owned.push_back(node);
    }
    // The token a lock node stands for is its sequence number.
    context.note({&kExpireNote, 0, {session.first, owned.empty() ? 0 : owned.front()}, {}});
    mDirectoryWatches.erase(session);
    for (auto &[node, watchers] : mNodeWatches)
        watchers.erase(session);
    for (const auto node : owned)
        remove(context, node);
}

void ZkServer::onMessage(NodeContext &context, NodeId from, const Message &raw)
{
    const auto &message = static_cast<const LockMessage &>(raw);
    const SessionId id{from, message.epoch};
    auto [found, added] = mSessions.try_emplace(id);
    if (!found->second.alive) {
        auto expired = std::make_shared<LockMessage>();
        expired->kind = LockMessage::Kind::Expired;
        reply(context, id, std::move(expired));
        return;
    }
    found->second.lastHeard = context.now();
    auto answer = std::make_shared<LockMessage>();
    answer->attempt = message.attempt;
    switch (message.kind) {
    case LockMessage::Kind::Create:
        create(context, id, message);
        answer.reset();
        break;
    case LockMessage::Kind::GetChildren:
        answer->kind = LockMessage::Kind::Children;
        for (const auto &[node, lockNode] : mNodes)
            answer->children.push_back({node, lockNode.read, lockNode.session.first});
        ++mListings;
        context.note({&kListNote, 0, {from, static_cast<std::int64_t>(mNodes.size())}, {}});
        if (message.flag)
            mDirectoryWatches.insert(id);
        break;
    case LockMessage::Kind::Exists:
        answer->kind = LockMessage::Kind::ExistsReply;
        answer->node = message.node;
        answer->flag = mNodes.contains(message.node);
        if (answer->flag)
            mNodeWatches[message.node].insert(id);
        break;
    case LockMessage::Kind::Delete:
        if (const auto node = mNodes.find(message.node); node != mNodes.end() && node->second.session == id)
            remove(context, message.node);
        answer->kind = LockMessage::Kind::Deleted;
        answer->node = message.node;
        break;
    case LockMessage::Kind::Ping:
        answer->kind = LockMessage::Kind::Pong;
        answer->token = found->second.notifications;
        break;
    default:
        answer.reset();
        break;
    }
    if (answer)
        reply(context, id, std::move(answer));
    armExpiry(context);
}

void ZkServer::onTimer(NodeContext &context, int timer)
{
    if (timer != kExpiryTimer)
        return;
    std::vector<SessionId> due;
    for (const auto &[id, session] : mSessions) {
        if (session.alive && context.now() - session.lastHeard >= context.parameter(kParamLease))
            due.push_back(id);
    }
    for (const auto &id : due)
        expire(context, id);
    armExpiry(context);
}

void ZkServer::onClientRequest(NodeContext &context, const ClientRequest &request)
{
    context.replyFail(request.operation, "ask a process (node 3 or higher) to take the lock");
}

NodeDescription ZkServer::describe(std::size_t logLimit) const
{
    NodeDescription description;
    description.role = "service";
    std::int64_t alive = 0;
    for (const auto &[id, session] : mSessions)
        alive += session.alive ? 1 : 0;
    description.subtitle = std::to_string(mNodes.size()) + " in /lock";
    description.fields = {
        {"lock nodes", std::to_string(mNodes.size()), true},
        {"live sessions", std::to_string(alive), true},
        {"notifications", std::to_string(mNotifications), true},
        {"child listings", std::to_string(mListings), true},
    };
    for (const auto &[node, lockNode] : mNodes) {
        if (description.log.size() >= logLimit)
            break;
        description.log.push_back({node, lockNode.session.second,
                                   lockNodeName(node) + (lockNode.read ? " read n" : " write n")
                                       + std::to_string(lockNode.session.first),
                                   true});
    }
    return description;
}

} // namespace cs::locks
