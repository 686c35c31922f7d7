#include "raftnode.h"

#include <algorithm>

#include "raftnotes.h"

namespace cs::raft {

void RaftNode::appendLocal(NodeContext &context, LogEntry entry)
{
    mDurable.log.push_back(std::move(entry));
    const auto &added = mDurable.log.back();
    context.note({&kAppendNote, 0, {lastLogIndex(), added.term}, added.command});
    if (mRole == Role::Leader)
        mMatchIndex[static_cast<std::size_t>(mId)] = lastLogIndex();
}

void RaftNode::truncateFrom(NodeContext &context, std::int64_t index)
{
    // Entries removed here were never committed, so their operations definitely did not apply.
    for (auto it = mClientRequests.lower_bound(index); it != mClientRequests.end(); it = mClientRequests.erase(it))
        context.replyFail(it->second.first.operation, "lost leadership");
    mDurable.log.truncate(static_cast<std::size_t>(index - 1));
    context.note({&kTruncateNote, 0, {index}, {}});
}

void RaftNode::acceptCommand(NodeContext &context, const ClientRequest &request, bool forwarded)
{
    if (mRole == Role::Leader) {
        appendLocal(context, LogEntry{mDurable.currentTerm, request.commandText()});
        mClientRequests[lastLogIndex()] = {request, mDurable.currentTerm};
        advanceLeaderCommit(context);
        replicateToAll(context);
    } else if (!forwarded && mLeaderHint != 0 && mLeaderHint != mId) {
        auto forward = std::make_shared<ClientForward>();
        forward->request = request;
        context.send(mLeaderHint, forward);
    } else {
        context.note({&kRejectNote, 0, {}, request.commandText()});
        context.replyFail(request.operation, forwarded ? "not leader" : "no leader known",
                            mLeaderHint != mId ? mLeaderHint : 0);
    }
}

void RaftNode::answerClient(NodeContext &context, std::int64_t index, const LogEntry &entry)
{
    const auto it = mClientRequests.find(index);
    if (it == mClientRequests.end())
        return;
    const auto [request, term] = it->second;
    mClientRequests.erase(it);
    if (term != entry.term) {
        // Another leader's entry took this index: the operation was never committed.
        context.replyFail(request.operation, "lost leadership");
        return;
    }
    std::string value;
    if (request.kind == OperationKind::Read) {
        const auto stored = mStore.find(request.key);
        value = stored == mStore.end() ? std::string() : stored->second;
    }
    context.replyOk(request.operation, value);
}

void RaftNode::replicateTo(NodeContext &context, NodeId peer)
{
    const auto p = static_cast<std::size_t>(peer);
    auto request = std::make_shared<AppendEntries>();
    request->term = mDurable.currentTerm;
    request->prevLogIndex = mNextIndex[p] - 1;
    request->prevLogTerm = termAt(request->prevLogIndex);
    request->leaderCommit = mCommitIndex;
    request->entries.reserve(static_cast<std::size_t>(lastLogIndex() - mNextIndex[p] + 1));
    for (auto index = static_cast<std::size_t>(mNextIndex[p] - 1); index < mDurable.log.size(); ++index)
        request->entries.push_back(mDurable.log[index]);
    if (!mProbing[p])
        mNextIndex[p] = lastLogIndex() + 1;
    context.send(peer, std::move(request));
}

void RaftNode::replicateToAll(NodeContext &context)
{
    for (NodeId peer = 1; peer <= mClusterSize; ++peer) {
        if (peer != mId)
            replicateTo(context, peer);
    }
}

void RaftNode::handleAppendEntries(NodeContext &context, NodeId from, const AppendEntries &request)
{
    auto reply = std::make_shared<AppendReply>();
    if (request.term < mDurable.currentTerm) {
        reply->term = mDurable.currentTerm;
        context.send(from, reply);
        return;
    }
    becomeFollower(context, request.term);
    mLeaderHint = from;
    armElectionTimer(context);
    reply->term = mDurable.currentTerm;
    if (request.prevLogIndex > lastLogIndex() || termAt(request.prevLogIndex) != request.prevLogTerm) {
        reply->hintIndex = std::min(lastLogIndex(), request.prevLogIndex - 1);
        context.send(from, reply);
        return;
    }
    std::int64_t index = request.prevLogIndex;
    for (const auto &entry : request.entries) {
        ++index;
        if (index <= lastLogIndex()) {
            if (termAt(index) == entry.term)
                continue;
            truncateFrom(context, index);
        }
        appendLocal(context, entry);
    }
    const auto lastNew = request.prevLogIndex + static_cast<std::int64_t>(request.entries.size());
    setCommitIndex(context, std::min(request.leaderCommit, lastNew));
    reply->success = true;
    reply->matchIndex = lastNew;
    context.send(from, reply);
}

void RaftNode::handleAppendReply(NodeContext &context, NodeId from, const AppendReply &reply)
{
    if (reply.term > mDurable.currentTerm) {
        becomeFollower(context, reply.term);
        return;
    }
    if (mRole != Role::Leader || reply.term != mDurable.currentTerm)
        return;
    const auto p = static_cast<std::size_t>(from);
    if (reply.success) {
        mMatchIndex[p] = std::max(mMatchIndex[p], reply.matchIndex);
        mNextIndex[p] = std::max(mNextIndex[p], reply.matchIndex + 1);
        const bool wasProbing = mProbing[p];
        mProbing[p] = false;
        advanceLeaderCommit(context);
        if (wasProbing && mNextIndex[p] <= lastLogIndex())
            replicateTo(context, from);
        return;
    }
    mNextIndex[p] = std::max<std::int64_t>(1, std::min(mNextIndex[p] - 1, reply.hintIndex + 1));
    mProbing[p] = true;
    replicateTo(context, from);
}

void RaftNode::advanceLeaderCommit(NodeContext &context)
{
    for (std::int64_t index = lastLogIndex(); index > mCommitIndex; --index) {
        if (mVariant == Variant::Correct && termAt(index) != mDurable.currentTerm)
            break;
        int replicas = 0;
        for (NodeId peer = 1; peer <= mClusterSize; ++peer)
            replicas += mMatchIndex[static_cast<std::size_t>(peer)] >= index ? 1 : 0;
        if (replicas * 2 > mClusterSize) {
            setCommitIndex(context, index);
            break;
        }
    }
}

void RaftNode::setCommitIndex(NodeContext &context, std::int64_t index)
{
    if (index <= mCommitIndex)
        return;
    mCommitIndex = index;
    context.note({&kCommitNote, 0, {index}, {}});
    applyCommitted(context);
}

void RaftNode::applyCommitted(NodeContext &context)
{
    while (mLastApplied < mCommitIndex) {
        ++mLastApplied;
        const auto &entry = mDurable.log[static_cast<std::size_t>(mLastApplied - 1)];
        if (const auto eq = entry.command.find('='); eq != std::string::npos)
            mStore[entry.command.substr(0, eq)] = entry.command.substr(eq + 1);
        context.note({&kApplyNote, 0, {mLastApplied, entry.term}, entry.command});
        answerClient(context, mLastApplied, entry);
    }
}

} // namespace cs::raft
