#include "kvnode.h"

#include <algorithm>

namespace cs::kv {

void KvNode::apRequest(NodeContext &context, const ClientRequest &request)
{
    if (request.kind == OperationKind::Read) {
        apRead(context, request);
        return;
    }
    if (mLeader == mId) {
        apWrite(context, request);
        return;
    }
    // A backup hands the write to the primary, which answers the client.
    auto forward = std::make_shared<KvMessage>();
    forward->kind = KvMessage::Kind::Forward;
    forward->request = request;
    context.send(mLeader, forward);
}

bool KvNode::coversToken(const ClientRequest &request) const
{
    const auto session = decodeSession(request.token);
    const bool ownWrites = request.consistency == "read-your-writes" || request.consistency == "monotonic-writes";
    for (const auto &[key, vector] : ownWrites ? session.written : session.read) {
        if (!covers(seen(key), vector))
            return false;
    }
    return true;
}

bool KvNode::mustCatchUp(const ClientRequest &request) const
{
    const auto &consistency = request.consistency;
    if (request.kind == OperationKind::Write)
        return consistency == "monotonic-writes" || consistency == "writes-follow-reads";
    return consistency == "read-your-writes" || consistency == "monotonic-reads";
}

const KvNode::Store &KvNode::readView(const ClientRequest &request) const
{
    const auto &consistency = request.consistency;
    if (consistency == "consistent-prefix")
        return mVariant == Variant::PrefixReadsPerKey ? mStore : mPrefix;
    return consistency == "bounded-staleness" ? mPrefix : mStore;
}

bool KvNode::current(const NodeContext &context) const
{
    // Only a primary that hears every replica knows that no other primary took writes: its store
    // holds every acknowledged write and its prefix snapshot is current.
    for (NodeId node = 1; node <= mClusterSize; ++node) {
        if (!alive(context, node))
            return false;
    }
    return mLeader == mId;
}

std::string KvNode::refusal(const NodeContext &context, const ClientRequest &request) const
{
    const auto &consistency = request.consistency;
    if (consistency == "strong" && mLeader != mId)
        return "strong reads go to the primary";
    if (consistency == "strong" && !current(context))
        return "the primary does not hear every replica";
    if (consistency == "bounded-staleness" && !current(context)
        && context.now() - mPrefixAt > context.parameter(kParamStaleness))
        return "replica too stale";
    return {};
}

void KvNode::sendPrefix(NodeContext &context)
{
    if (current(context))
        mPrefixAt = context.now();
    auto heartbeat = std::make_shared<KvMessage>();
    heartbeat->kind = KvMessage::Kind::Heartbeat;
    heartbeat->prefix = true;
    heartbeat->asOf = mPrefixAt;
    for (const auto &[key, versions] : mPrefix) {
        for (const auto &version : versions)
            heartbeat->entries.emplace_back(key, version);
    }
    context.broadcast(heartbeat);
}

void KvNode::takePrefix(const NodeContext &context, NodeId from, const KvMessage &message)
{
    // A snapshot is a causally closed set of the primary's writes, and so is the join of two: the
    // replica merges each snapshot into its own rather than replacing it, so a late snapshot (or
    // an older primary's) never takes its reads back in time, and a new primary's writes still
    // come in.
    if (!message.prefix || from != mLeader)
        return;
    const bool lastWriterWins = static_cast<Reconcile>(context.parameter(kParamReconcile)) == Reconcile::LastWriterWins;
    for (const auto &[key, version] : message.entries)
        mergeVersion(mPrefix[key], version, lastWriterWins);
    mPrefixAt = std::max(mPrefixAt, message.asOf);
}

void KvNode::apWrite(NodeContext &context, const ClientRequest &request)
{
    if (mustCatchUp(request) && !coversToken(request)) {
        Note note;
        note.schema = &kBlockedNote;
        note.numbers = {static_cast<std::int64_t>(request.operation), 0, 0, 0};
        note.text = request.consistency;
        context.note(std::move(note));
        mWaiting.push_back(request);
        return;
    }
    const auto key = splitKeys(request.key).front();
    const auto version = newVersion(context, key, request.value);
    Note note;
    note.schema = &kWriteNote;
    note.numbers = {version.counter, version.origin, static_cast<std::int64_t>(request.operation), 0};
    note.text = key + "=" + version.value;
    context.note(std::move(note));
    merge(context, key, version);
    mergeVersion(mPrefix[key], version,
                 static_cast<Reconcile>(context.parameter(kParamReconcile)) == Reconcile::LastWriterWins);
    if (current(context))
        mPrefixAt = context.now();
    auto replicate = std::make_shared<KvMessage>();
    replicate->kind = KvMessage::Kind::Replicate;
    replicate->entries = {{key, mStore[key].front()}};
    context.broadcast(replicate);
    context.replyOk(request.operation, {}, replyToken(request, {key}, mStore));
    retryWaiting(context);
}

void KvNode::apRead(NodeContext &context, const ClientRequest &request)
{
    if (const auto why = refusal(context, request); !why.empty()) {
        context.replyFail(request.operation, why, mLeader);
        return;
    }
    if (mustCatchUp(request) && !coversToken(request)) {
        Note note;
        note.schema = &kBlockedNote;
        note.numbers = {static_cast<std::int64_t>(request.operation), 0, 0, 0};
        note.text = request.consistency;
        context.note(std::move(note));
        mWaiting.push_back(request);
        return;
    }
    const auto keys = splitKeys(request.key);
    const auto &view = readView(request);
    std::string values;
    for (std::size_t i = 0; i < keys.size(); ++i) {
        const auto it = view.find(keys[i]);
        values += (i ? "," : "") + (it == view.end() ? std::string() : visibleValue(it->second));
    }
    context.replyOk(request.operation, values, replyToken(request, keys, view));
}

void KvNode::retryWaiting(NodeContext &context)
{
    if (mWaiting.empty() || mode(context) != Mode::Ap)
        return;
    std::vector<ClientRequest> ready;
    std::erase_if(mWaiting, [&](const ClientRequest &request) {
        if (!coversToken(request))
            return false;
        ready.push_back(request);
        return true;
    });
    for (const auto &request : ready) {
        if (request.kind == OperationKind::Read)
            apRead(context, request);
        else
            apWrite(context, request);
    }
}

} // namespace cs::kv
