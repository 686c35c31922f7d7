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
    for (const auto &[key, vector] : decodeToken(request.token)) {
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
    return consistency == "read-your-writes" || consistency == "monotonic-reads" || consistency == "consistent-prefix";
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
    auto replicate = std::make_shared<KvMessage>();
    replicate->kind = KvMessage::Kind::Replicate;
    replicate->entries = {{key, mStore[key].front()}};
    context.broadcast(replicate);
    context.replyOk(request.operation, {}, replyToken(request, {key}));
    retryWaiting(context);
}

void KvNode::apRead(NodeContext &context, const ClientRequest &request)
{
    const auto &consistency = request.consistency;
    if (consistency == "strong" && mLeader != mId) {
        context.replyFail(request.operation, "strong reads go to the primary", mLeader);
        return;
    }
    if (consistency == "bounded-staleness" && mLeader != mId
        && context.now() - mLastHeard[static_cast<std::size_t>(mLeader)] > context.parameter(kParamStaleness)) {
        context.replyFail(request.operation, "replica too stale", mLeader);
        return;
    }
    if (mustCatchUp(request) && !coversToken(request)) {
        Note note;
        note.schema = &kBlockedNote;
        note.numbers = {static_cast<std::int64_t>(request.operation), 0, 0, 0};
        note.text = consistency;
        context.note(std::move(note));
        mWaiting.push_back(request);
        return;
    }
    const auto keys = splitKeys(request.key);
    std::string values;
    for (std::size_t i = 0; i < keys.size(); ++i) {
        const auto it = mStore.find(keys[i]);
        values += (i ? "," : "") + (it == mStore.end() ? std::string() : visibleValue(it->second));
    }
    context.replyOk(request.operation, values, replyToken(request, keys));
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
