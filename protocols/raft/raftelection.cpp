#include "raftnode.h"

#include "raftnotes.h"

namespace cs::raft {

void RaftNode::armElectionTimer(NodeContext &context)
{
    const auto low = context.parameter(kParamElectionMin);
    const auto high = context.parameter(kParamElectionMax);
    context.startTimer(kElectionTimer, context.random().uniform(low, high));
}

void RaftNode::setRole(NodeContext &context, Role role)
{
    mRole = role;
    context.note({&kRoleNote, 0, {mDurable.currentTerm}, roleName(role)});
}

void RaftNode::startElection(NodeContext &context)
{
    ++mDurable.currentTerm;
    mDurable.votedFor = mId;
    mLeaderHint = 0;
    mVotesGranted.assign(static_cast<std::size_t>(mClusterSize) + 1, false);
    mVotesGranted[static_cast<std::size_t>(mId)] = true;
    setRole(context, Role::Candidate);
    context.note({&kVoteNote, 0, {mDurable.currentTerm, mId}, {}});
    armElectionTimer(context);
    if (mClusterSize == 1) {
        becomeLeader(context);
        return;
    }
    auto request = std::make_shared<RequestVote>();
    request->term = mDurable.currentTerm;
    request->lastLogIndex = lastLogIndex();
    request->lastLogTerm = lastLogTerm();
    context.broadcast(request);
}

void RaftNode::becomeFollower(NodeContext &context, std::int64_t term)
{
    const bool changed = term != mDurable.currentTerm || mRole != Role::Follower;
    if (term > mDurable.currentTerm) {
        mDurable.currentTerm = term;
        mDurable.votedFor = 0;
        mLeaderHint = 0;
    }
    if (mRole == Role::Leader) {
        context.cancelTimer(kHeartbeatTimer);
        armElectionTimer(context);
    }
    mRole = Role::Follower;
    if (changed)
        context.note({&kRoleNote, 0, {mDurable.currentTerm}, roleName(mRole)});
}

void RaftNode::becomeLeader(NodeContext &context)
{
    setRole(context, Role::Leader);
    mLeaderHint = mId;
    context.cancelTimer(kElectionTimer);
    const auto peers = static_cast<std::size_t>(mClusterSize) + 1;
    mNextIndex.assign(peers, lastLogIndex() + 1);
    mMatchIndex.assign(peers, 0);
    mMatchIndex[static_cast<std::size_t>(mId)] = lastLogIndex();
    mProbing.assign(peers, true);
    // A no-op of the new term lets earlier entries commit through it (Raft §5.4.2, §8). The unsafe
    // variant leaves it out, as the paper's Figure 8 does, so its counting of old entries shows.
    if (mVariant == Variant::Correct) {
        appendLocal(context, LogEntry{mDurable.currentTerm, {}});
        advanceLeaderCommit(context);
    }
    replicateToAll(context);
    context.startTimer(kHeartbeatTimer, context.parameter(kParamHeartbeat));
}

void RaftNode::handleRequestVote(NodeContext &context, NodeId from, const RequestVote &request)
{
    if (request.term > mDurable.currentTerm)
        becomeFollower(context, request.term);
    const bool upToDate = request.lastLogTerm > lastLogTerm()
                          || (request.lastLogTerm == lastLogTerm() && request.lastLogIndex >= lastLogIndex());
    const bool granted = request.term == mDurable.currentTerm
                         && (mDurable.votedFor == 0 || mDurable.votedFor == from) && upToDate;
    if (granted) {
        if (mDurable.votedFor != from)
            context.note({&kVoteNote, 0, {mDurable.currentTerm, from}, {}});
        mDurable.votedFor = from;
        armElectionTimer(context);
    }
    auto reply = std::make_shared<VoteReply>();
    reply->term = mDurable.currentTerm;
    reply->granted = granted;
    context.send(from, reply);
}

void RaftNode::handleVoteReply(NodeContext &context, NodeId from, const VoteReply &reply)
{
    if (reply.term > mDurable.currentTerm) {
        becomeFollower(context, reply.term);
        return;
    }
    if (mRole != Role::Candidate || reply.term != mDurable.currentTerm || !reply.granted)
        return;
    mVotesGranted[static_cast<std::size_t>(from)] = true;
    int votes = 0;
    for (bool vote : mVotesGranted)
        votes += vote ? 1 : 0;
    if (votes * 2 > mClusterSize)
        becomeLeader(context);
}

} // namespace cs::raft
