#include "kvnode.h"

namespace cs::kv {

namespace {

std::shared_ptr<KvMessage> roundMessage(KvMessage::Kind kind, std::uint64_t round)
{
    auto body = std::make_shared<KvMessage>();
    body->kind = kind;
    body->round = round;
    return body;
}

} // namespace

void KvNode::cpRequest(NodeContext &context, const ClientRequest &request)
{
    updateRole(context);
    if (request.kind == OperationKind::Read && mVariant == Variant::AnyReplicaReads) {
        // The broken variant: every replica answers CP reads from its own copy.
        answerRead(context, request, splitKeys(request.key));
        return;
    }
    if (mLeader != mId) {
        context.replyFail(request.operation, "not the leader", mLeader);
        return;
    }
    if (!majorityAlive(context)) {
        context.replyFail(request.operation, "no majority reachable");
        return;
    }
    if (!mSynced) {
        context.replyFail(request.operation, "reconciling replicas");
        return;
    }
    Round round;
    round.kind = request.kind == OperationKind::Write ? Round::Kind::Write : Round::Kind::Read;
    round.request = request;
    round.keys = splitKeys(request.key);
    startRound(context, std::move(round));
}

std::uint64_t KvNode::startRound(NodeContext &context, Round round)
{
    const auto id = ++mNextRound;
    round.startedAt = context.now();
    round.replied = {mId};
    auto query = roundMessage(KvMessage::Kind::Query, id);
    query->keys = round.keys;
    auto &stored = mRounds[id] = std::move(round);
    if (static_cast<int>(stored.replied.size()) >= majority()) {
        secondPhase(context, id, stored);
        return id;
    }
    context.broadcast(query);
    return id;
}

void KvNode::onQueryReply(NodeContext &context, NodeId from, const KvMessage &message)
{
    const auto it = mRounds.find(message.round);
    if (it == mRounds.end() || it->second.phase != 1)
        return;
    for (const auto &[key, version] : message.entries)
        it->second.keysChanged += merge(context, key, version) ? 1 : 0;
    it->second.replied.insert(from);
    if (static_cast<int>(it->second.replied.size()) >= majority())
        secondPhase(context, it->first, it->second);
}

void KvNode::secondPhase(NodeContext &context, std::uint64_t id, Round &round)
{
    round.phase = 2;
    round.replied = {mId};
    if (round.kind == Round::Kind::Write) {
        const auto &key = round.keys.front();
        const auto version = newVersion(context, key, round.request.value);
        round.written = version;
        Note note;
        note.schema = &kWriteNote;
        note.numbers = {version.counter, version.origin, static_cast<std::int64_t>(round.request.operation), 0};
        note.text = key + "=" + version.value;
        context.note(std::move(note));
        merge(context, key, version);
    }
    auto store = roundMessage(KvMessage::Kind::Store, id);
    store->entries = entriesOf(round.kind == Round::Kind::Sync ? std::vector<std::string>{} : round.keys);
    // The broken variant answers a write before its store round.
    const bool early = mVariant == Variant::AcksBeforeMajority && round.kind == Round::Kind::Write;
    if (early || static_cast<int>(round.replied.size()) >= majority()) {
        if (early)
            context.broadcast(store);
        finishRound(context, round);
        mRounds.erase(id);
        return;
    }
    context.broadcast(store);
}

void KvNode::onStoreAck(NodeContext &context, NodeId from, const KvMessage &message)
{
    const auto it = mRounds.find(message.round);
    if (it == mRounds.end() || it->second.phase != 2)
        return;
    it->second.replied.insert(from);
    if (static_cast<int>(it->second.replied.size()) < majority())
        return;
    auto round = std::move(it->second);
    mRounds.erase(it);
    finishRound(context, round);
}

void KvNode::finishRound(NodeContext &context, Round &round)
{
    switch (round.kind) {
    case Round::Kind::Write: {
        const auto &key = round.keys.front();
        const auto &version = round.written;
        Note note;
        note.schema = &kAckNote;
        note.numbers = {version.counter, version.origin, static_cast<std::int64_t>(round.request.operation), 0};
        note.text = key + "=" + version.value;
        context.note(std::move(note));
        context.replyOk(round.request.operation, {}, replyToken(round.request, round.keys, mStore));
        break;
    }
    case Round::Kind::Read:
        answerRead(context, round.request, round.keys);
        break;
    case Round::Kind::Sync: {
        mSyncRound = 0;
        mSynced = true;
        Note note;
        note.schema = &kReconcileNote;
        note.numbers = {static_cast<std::int64_t>(round.keysChanged), static_cast<std::int64_t>(majority()), 0, 0};
        context.note(std::move(note));
        updateRole(context);
        break;
    }
    }
}

void KvNode::answerRead(NodeContext &context, const ClientRequest &request, const std::vector<std::string> &keys)
{
    std::string values;
    for (std::size_t i = 0; i < keys.size(); ++i) {
        const auto &versions = mStore[keys[i]];
        const Version none;
        const auto &newest = versions.empty() ? none : versions.front();
        Note note;
        note.schema = &kReadNote;
        note.numbers = {newest.counter, newest.origin, static_cast<std::int64_t>(request.operation), 0};
        note.text = keys[i] + "=" + visibleValue(versions);
        context.note(std::move(note));
        values += (i ? "," : "") + visibleValue(versions);
    }
    context.replyOk(request.operation, values, replyToken(request, keys, mStore));
}

void KvNode::expireRounds(NodeContext &context)
{
    const auto timeout = context.parameter(kParamRoundTimeout);
    for (auto it = mRounds.begin(); it != mRounds.end();) {
        auto &round = it->second;
        if (context.now() - round.startedAt < timeout) {
            ++it;
            continue;
        }
        // Before its store round nothing changed, so the client may hear a definite failure;
        // after it, the write may have reached some replicas: the client times out (unknown).
        if (round.phase == 1 && round.kind != Round::Kind::Sync)
            context.replyFail(round.request.operation, "no majority answered");
        if (it->first == mSyncRound)
            mSyncRound = 0;
        it = mRounds.erase(it);
    }
}

void KvNode::startSyncIfNeeded(NodeContext &context)
{
    if (mSynced || mSyncRound != 0 || mLeader != mId || !majorityAlive(context))
        return;
    Round round;
    round.kind = Round::Kind::Sync;
    mSyncRound = mNextRound + 1;
    startRound(context, std::move(round));
}

} // namespace cs::kv
