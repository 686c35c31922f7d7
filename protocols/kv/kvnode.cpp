#include "kvnode.h"

#include <algorithm>

namespace cs::kv {

namespace {

std::shared_ptr<KvMessage> message(KvMessage::Kind kind)
{
    auto body = std::make_shared<KvMessage>();
    body->kind = kind;
    return body;
}

Note versionNote(const NoteSchema &schema, const std::string &key, const Version &version, std::int64_t third)
{
    Note note;
    note.schema = &schema;
    note.numbers = {version.counter, version.origin, third, 0};
    note.text = key + "=" + version.value;
    return note;
}

} // namespace

std::vector<std::string> splitKeys(const std::string &keys)
{
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= keys.size()) {
        auto end = keys.find(',', start);
        if (end == std::string::npos)
            end = keys.size();
        if (end > start)
            out.push_back(keys.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

KvNode::KvNode(NodeId id, int clusterSize, Variant variant)
    : mId(id)
    , mClusterSize(clusterSize)
    , mVariant(variant)
{
}

std::unique_ptr<ProtocolNode> KvNode::durableRemains() const
{
    auto node = std::make_unique<KvNode>(mId, mClusterSize, mVariant);
    node->mStore = mStore;
    node->mClock = mClock;
    node->mNextRound = mNextRound;
    node->mPrefix = mPrefix;
    node->mPrefixAt = mPrefixAt;
    return node;
}

Mode KvNode::mode(const NodeContext &context)
{
    return static_cast<Mode>(context.parameter(kParamMode));
}

void KvNode::start(NodeContext &context)
{
    boot(context);
}

void KvNode::restart(NodeContext &context)
{
    boot(context);
}

void KvNode::boot(NodeContext &context)
{
    // Every peer counts as alive until a failure timeout passes without its heartbeat.
    mLastHeard.assign(static_cast<std::size_t>(mClusterSize) + 1, context.now());
    mMode = mode(context);
    mSynced = false;
    context.startTimer(kHeartbeatTimer, 0);
    context.startTimer(kAntiEntropyTimer, context.parameter(kParamAntiEntropy));
    updateRole(context);
}

bool KvNode::alive(const NodeContext &context, NodeId node) const
{
    return node == mId || context.now() - mLastHeard[static_cast<std::size_t>(node)] <= context.parameter(kParamFailureTimeout);
}

NodeId KvNode::leader(const NodeContext &context) const
{
    for (NodeId node = 1; node <= mClusterSize; ++node) {
        if (alive(context, node))
            return node;
    }
    return mId;
}

bool KvNode::majorityAlive(const NodeContext &context) const
{
    int count = 0;
    for (NodeId node = 1; node <= mClusterSize; ++node)
        count += alive(context, node) ? 1 : 0;
    return count >= majority();
}

void KvNode::updateRole(NodeContext &context)
{
    const NodeId current = leader(context);
    const Mode now = mode(context);
    if (current != mLeader || now != mMode || (now == Mode::Cp && !majorityAlive(context)))
        mSynced = false;
    mLeader = current;
    mMode = now;
    std::string role;
    if (now == Mode::Ap)
        role = current == mId ? "primary" : "backup";
    else if (current != mId)
        role = "follower";
    else if (!majorityAlive(context))
        role = "isolated";
    else
        role = mSynced ? "leader" : "reconciling";
    if (role != mRole) {
        mRole = role;
        Note note;
        note.schema = &kRoleNote;
        note.numbers = {current, static_cast<std::int64_t>(now), 0, 0};
        note.text = role;
        context.note(std::move(note));
    }
    if (now == Mode::Cp)
        startSyncIfNeeded(context);
}

void KvNode::heartbeat(NodeContext &context)
{
    if (mode(context) == Mode::Ap && mLeader == mId)
        sendPrefix(context);
    else
        context.broadcast(message(KvMessage::Kind::Heartbeat));
    expireRounds(context);
    updateRole(context);
    context.startTimer(kHeartbeatTimer, context.parameter(kParamHeartbeat));
}

void KvNode::antiEntropy(NodeContext &context)
{
    if (!mStore.empty()) {
        auto body = message(KvMessage::Kind::Replicate);
        body->entries = entriesOf({});
        context.broadcast(body);
    }
    context.startTimer(kAntiEntropyTimer, context.parameter(kParamAntiEntropy));
}

void KvNode::onTimer(NodeContext &context, int timer)
{
    if (timer == kHeartbeatTimer)
        heartbeat(context);
    else if (timer == kAntiEntropyTimer)
        antiEntropy(context);
}

void KvNode::onParameterChanged(NodeContext &context, int parameter)
{
    if (parameter == kParamMode)
        updateRole(context);
}

void KvNode::onMessage(NodeContext &context, NodeId from, const Message &raw)
{
    const auto &body = static_cast<const KvMessage &>(raw);
    const bool wasAlive = alive(context, from);
    mLastHeard[static_cast<std::size_t>(from)] = context.now();
    if (!wasAlive)
        updateRole(context);
    switch (body.kind) {
    case KvMessage::Kind::Heartbeat:
        takePrefix(context, from, body);
        break;
    case KvMessage::Kind::Forward:
        if (mode(context) == Mode::Ap)
            apWrite(context, body.request);
        break;
    case KvMessage::Kind::Replicate:
        if (mVariant != Variant::BackupNeverApplies)
            mergeAll(context, body.entries);
        break;
    case KvMessage::Kind::Query: {
        auto reply = message(KvMessage::Kind::QueryReply);
        reply->round = body.round;
        reply->entries = entriesOf(body.keys);
        context.send(from, reply);
        break;
    }
    case KvMessage::Kind::QueryReply:
        onQueryReply(context, from, body);
        break;
    case KvMessage::Kind::Store: {
        mergeAll(context, body.entries);
        auto reply = message(KvMessage::Kind::StoreAck);
        reply->round = body.round;
        context.send(from, reply);
        break;
    }
    case KvMessage::Kind::StoreAck:
        onStoreAck(context, from, body);
        break;
    }
}

void KvNode::onClientRequest(NodeContext &context, const ClientRequest &original)
{
    ClientRequest request = original;
    if (request.kind == OperationKind::Command) {
        // The toolbar's free-text form: "key=value" writes, "get key" reads.
        const auto &text = request.value;
        const auto eq = text.find('=');
        if (text.rfind("get ", 0) == 0) {
            request.kind = OperationKind::Read;
            request.key = text.substr(4);
            request.value.clear();
        } else if (eq != std::string::npos && eq > 0) {
            request.kind = OperationKind::Write;
            request.key = text.substr(0, eq);
            request.value = text.substr(eq + 1);
        } else {
            context.replyFail(request.operation, "expected key=value or get key");
            return;
        }
    }
    if (request.kind == OperationKind::Cas) {
        context.replyFail(request.operation, "compare-and-set is not supported");
        return;
    }
    if (mode(context) == Mode::Cp)
        cpRequest(context, request);
    else
        apRequest(context, request);
}

bool KvNode::merge(NodeContext &context, const std::string &key, const Version &version)
{
    auto &versions = mStore[key];
    mClock = std::max(mClock, version.counter);
    // CP keeps a register: concurrent versions are always ordered by their stamps.
    const bool lastWriterWins = mode(context) == Mode::Cp
                                || static_cast<Reconcile>(context.parameter(kParamReconcile)) == Reconcile::LastWriterWins;
    const auto outcome = mergeVersion(versions, version, lastWriterWins);
    if (!outcome.changed)
        return false;
    if (outcome.concurrent > 1) {
        Note note;
        note.schema = &kDivergenceNote;
        note.numbers = {static_cast<std::int64_t>(outcome.concurrent), 0, 0, 0};
        note.text = key;
        context.note(std::move(note));
    }
    for (const auto &lost : outcome.discarded) {
        if (lost.available) {
            auto note = versionNote(kLostNote, key, lost, outcome.winner.counter);
            note.numbers[3] = outcome.winner.origin;
            context.note(std::move(note));
        }
    }
    auto note = versionNote(kValueNote, key, versions.front(), static_cast<std::int64_t>(versions.size()));
    note.text = key + "=" + visibleValue(versions);
    context.note(std::move(note));
    return true;
}

void KvNode::mergeAll(NodeContext &context, const std::vector<Entry> &entries)
{
    bool changed = false;
    for (const auto &[key, version] : entries)
        changed = merge(context, key, version) || changed;
    if (changed)
        retryWaiting(context);
}

Version KvNode::newVersion(NodeContext &context, const std::string &key, const std::string &value)
{
    Version version;
    version.value = value;
    version.counter = std::max(context.now(), mClock + 1);
    version.origin = mId;
    version.vector = seen(key);
    // A primary's prefix snapshot may hold versions its own store has not received yet.
    if (mode(context) == Mode::Ap)
        join(version.vector, seenIn(mPrefix, key));
    version.vector[mId] = version.counter;
    version.available = mode(context) == Mode::Ap;
    mClock = version.counter;
    return version;
}

std::vector<Entry> KvNode::entriesOf(const std::vector<std::string> &keys) const
{
    std::vector<Entry> entries;
    auto add = [&](const std::string &key, const std::vector<Version> &versions) {
        for (const auto &version : versions)
            entries.emplace_back(key, version);
    };
    if (keys.empty()) {
        for (const auto &[key, versions] : mStore)
            add(key, versions);
    } else {
        for (const auto &key : keys) {
            if (const auto it = mStore.find(key); it != mStore.end())
                add(key, it->second);
        }
    }
    return entries;
}

VersionVector KvNode::seenIn(const Store &store, const std::string &key)
{
    VersionVector vector;
    if (const auto it = store.find(key); it != store.end()) {
        for (const auto &version : it->second)
            join(vector, version.vector);
    }
    return vector;
}

std::string KvNode::replyToken(const ClientRequest &request, const std::vector<std::string> &keys,
                               const Store &from) const
{
    auto session = decodeSession(request.token);
    auto &token = request.kind == OperationKind::Write ? session.written : session.read;
    for (const auto &key : keys) {
        const auto vector = seenIn(from, key);
        if (!vector.empty())
            join(token[key], vector);
    }
    return encodeSession(session);
}

NodeDescription KvNode::describe(std::size_t) const
{
    NodeDescription description;
    description.role = mRole;
    description.term = mLeader;
    description.fields.push_back({"mode", mMode == Mode::Cp ? "cp" : "ap", false});
    description.fields.push_back({"leader", "n" + std::to_string(mLeader), false});
    std::string values;
    for (const auto &[key, versions] : mStore) {
        const auto text = key + "=" + visibleValue(versions);
        values += (values.empty() ? "" : " ") + text;
        std::string stamps;
        for (const auto &version : versions)
            stamps += (stamps.empty() ? "" : " ") + std::to_string(version.counter) + "." + std::to_string(version.origin);
        description.fields.push_back({"key " + key, visibleValue(versions) + " @" + stamps, true});
    }
    description.subtitle = values;
    description.fields.push_back({"values", values, true});
    if (mMode == Mode::Ap) {
        std::string prefix;
        for (const auto &[key, versions] : mPrefix)
            prefix += (prefix.empty() ? "" : " ") + key + "=" + visibleValue(versions);
        description.fields.push_back({"prefix", prefix + " @" + formatDuration(mPrefixAt), true});
    }
    description.fields.push_back({"clock", std::to_string(mClock), true});
    description.fields.push_back({"rounds", std::to_string(mRounds.size()), false});
    description.fields.push_back({"waiting", std::to_string(mWaiting.size()), false});
    return description;
}

} // namespace cs::kv
