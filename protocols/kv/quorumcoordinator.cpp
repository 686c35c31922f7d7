#include <algorithm>

#include "quorumnode.h"
#include "quorumnotes.h"

namespace cs::quorum {

namespace {

std::string replicaList(const std::string &key, const std::map<NodeId, VersionSet> &replies)
{
    std::string text;
    for (const auto &[node, set] : replies)
        text += (text.empty() ? "" : ",") + std::to_string(node);
    return key + " " + (text.empty() ? "-" : text);
}

int quorumOf(NodeContext &context, int parameter, int replicas)
{
    return static_cast<int>(std::clamp<std::int64_t>(context.parameter(parameter), 1, replicas));
}

} // namespace

void QuorumNode::startWrite(NodeContext &context, OperationId operation, const std::string &key,
                            const std::string &value)
{
    // The new version has seen every version this node holds for the key, so it replaces them.
    Version version;
    for (const auto &held : mStore[key]) {
        mClock = std::max(mClock, held.id.stamp);
        for (const auto &[node, count] : held.clock)
            version.clock[node] = std::max(version.clock[node], count);
    }
    if (mStore[key].empty())
        mStore.erase(key);
    version.id = {++mClock, mId};
    version.clock[mId] = version.id.stamp;
    version.value = value;

    auto &request = mRequests[operation];
    request.kind = OperationKind::Write;
    request.key = key;
    request.version = version;
    request.deadline = context.now() + context.parameter(kParamReplyTimeout);
    request.preference = preferenceList(context, key);
    auto targets = request.preference;
    if (mVariant == Variant::WritesOnlyQuorum)
        targets.resize(static_cast<std::size_t>(quorumOf(context, kParamWriteQuorum, replicas(context))));
    for (const NodeId replica : targets)
        ask(context, operation, replica, 0);
    progress(context, operation);
    armRequestTimer(context);
}

void QuorumNode::startRead(NodeContext &context, OperationId operation, const std::string &key)
{
    auto &request = mRequests[operation];
    request.kind = OperationKind::Read;
    request.key = key;
    request.deadline = context.now() + context.parameter(kParamReplyTimeout);
    request.preference = preferenceList(context, key);
    for (const NodeId replica : request.preference)
        ask(context, operation, replica, 0);
    progress(context, operation);
    armRequestTimer(context);
}

void QuorumNode::ask(NodeContext &context, OperationId operation, NodeId to, NodeId hintFor)
{
    auto &request = mRequests.at(operation);
    request.asked.insert(to);
    const bool write = request.kind == OperationKind::Write;
    if (to == mId) {
        // The coordinator is a replica (or the fallback) itself: it answers without a message.
        if (!write) {
            const auto it = mStore.find(request.key);
            request.replies[mId] = it == mStore.end() ? VersionSet{} : it->second;
            return;
        }
        request.replies[mId] = acceptPut(context, operation, request.key, {request.version}, hintFor);
        return;
    }
    auto message = std::make_shared<QuorumMessage>();
    message->kind = write ? QuorumMessage::Kind::Put : QuorumMessage::Kind::Get;
    message->operation = operation;
    message->key = request.key;
    message->hintFor = hintFor;
    if (write)
        message->versions = {request.version};
    send(context, to, std::move(message));
}

void QuorumNode::answered(NodeContext &context, OperationId operation, NodeId from, const VersionSet &versions)
{
    const auto it = mRequests.find(operation);
    if (it == mRequests.end() || !it->second.asked.contains(from))
        return;
    it->second.replies[from] = versions;
    progress(context, operation);
}

void QuorumNode::progress(NodeContext &context, OperationId operation)
{
    auto &request = mRequests.at(operation);
    const bool write = request.kind == OperationKind::Write;
    const int size = replicas(context);
    int needed = quorumOf(context, write ? kParamWriteQuorum : kParamReadQuorum, size);
    if ((write && mVariant == Variant::AcksOneShort) || (!write && mVariant == Variant::ReadsOneShort))
        needed = std::max(needed - 1, 1);
    if (static_cast<int>(request.replies.size()) < needed)
        return;
    if (!write) {
        completeRead(context, operation, request);
    } else {
        const auto &id = request.version.id;
        context.note({&kWrittenNote, 0,
                      {static_cast<std::int64_t>(operation), id.stamp, id.writer,
                       static_cast<std::int64_t>(request.replies.size())},
                      replicaList(request.key, request.replies)});
        context.replyOk(operation);
    }
    mRequests.erase(operation);
    armRequestTimer(context);
}

void QuorumNode::completeRead(NodeContext &context, OperationId operation, Request &request)
{
    const bool lww = lastWriterWins(context);
    VersionSet merged;
    for (const auto &[node, set] : request.replies)
        merge(merged, set, lww);
    const auto id = newest(merged);
    context.note({&kReadNote, 0,
                  {static_cast<std::int64_t>(operation), static_cast<std::int64_t>(request.replies.size()), id.stamp,
                   id.writer},
                  replicaList(request.key, request.replies)});
    // Read repair: every replica of the key that answered with less than the merged set gets it.
    for (const auto &[node, set] : request.replies) {
        const bool replica = std::find(request.preference.begin(), request.preference.end(), node)
                             != request.preference.end();
        if (!replica || idsText(set) == idsText(merged))
            continue;
        context.note({&kRepairNote, 0, {node, id.stamp, id.writer}, request.key});
        if (node == mId) {
            storeVersions(context, request.key, merged);
            continue;
        }
        auto message = std::make_shared<QuorumMessage>();
        message->kind = QuorumMessage::Kind::Repair;
        message->key = request.key;
        message->versions = merged;
        send(context, node, std::move(message));
    }
    context.replyOk(operation, readValue(merged));
}

void QuorumNode::onRequestTimer(NodeContext &context)
{
    std::vector<OperationId> due;
    for (const auto &[operation, request] : mRequests) {
        if (request.deadline <= context.now())
            due.push_back(operation);
    }
    const bool sloppy = context.parameter(kParamSloppy) != 0;
    for (const auto operation : due) {
        auto &request = mRequests.at(operation);
        if (sloppy && !request.fallback) {
            turnToFallbacks(context, operation, request);
            continue;
        }
        const bool write = request.kind == OperationKind::Write;
        const int needed = quorumOf(context, write ? kParamWriteQuorum : kParamReadQuorum, replicas(context));
        const std::string shortfall = std::to_string(request.replies.size()) + " of " + std::to_string(needed)
                                      + (write ? " acks" : " replies");
        // A write that missed its quorum may still sit on the replicas it reached: its outcome is
        // unknown, not failed. A read that missed its quorum changed nothing.
        if (write)
            context.replyUnknown(operation, shortfall);
        else
            context.replyFail(operation, shortfall);
        mRequests.erase(operation);
    }
    armRequestTimer(context);
}

void QuorumNode::turnToFallbacks(NodeContext &context, OperationId operation, Request &request)
{
    // Sloppy quorum: each silent replica of the preference list is stood in for by the next node
    // of the ring beyond it, which keeps a write as a hint for that replica.
    request.fallback = true;
    request.deadline = context.now() + context.parameter(kParamReplyTimeout);
    const auto ring = ringFrom(request.key, mClusterSize);
    std::size_t next = request.preference.size();
    for (const NodeId replica : request.preference) {
        if (request.replies.contains(replica))
            continue;
        if (next >= ring.size())
            break;
        ask(context, operation, ring[next++], request.kind == OperationKind::Write ? replica : 0);
    }
    progress(context, operation);
}

void QuorumNode::armRequestTimer(NodeContext &context)
{
    if (mRequests.empty()) {
        context.cancelTimer(kRequestTimer);
        return;
    }
    VirtualTime first = mRequests.begin()->second.deadline;
    for (const auto &[operation, request] : mRequests)
        first = std::min(first, request.deadline);
    context.startTimer(kRequestTimer, std::max<VirtualTime>(first - context.now(), 0));
}

} // namespace cs::quorum
