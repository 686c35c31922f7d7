#include "raftnode.h"

#include "raftnotes.h"

#include <algorithm>

namespace cs::raft {

const char *roleName(Role role)
{
    switch (role) {
    case Role::Follower: return "follower";
    case Role::Candidate: return "candidate";
    case Role::Leader: return "leader";
    }
    return "unknown";
}

RaftNode::RaftNode(NodeId id, int clusterSize, Variant variant)
    : mId(id)
    , mClusterSize(clusterSize)
    , mVariant(variant)
{
}

std::unique_ptr<ProtocolNode> RaftNode::clone() const
{
    return std::make_unique<RaftNode>(*this);
}

std::unique_ptr<ProtocolNode> RaftNode::durableRemains() const
{
    auto remains = std::make_unique<RaftNode>(mId, mClusterSize, mVariant);
    remains->mDurable = mDurable;
    return remains;
}

void RaftNode::start(NodeContext &context)
{
    context.note({&kRoleNote, 0, {mDurable.currentTerm}, roleName(mRole)});
    armElectionTimer(context);
}

void RaftNode::restart(NodeContext &context)
{
    start(context);
}

void RaftNode::onMessage(NodeContext &context, NodeId from, const Message &message)
{
    const auto type = message.type();
    if (type == "AppendEntries")
        handleAppendEntries(context, from, static_cast<const AppendEntries &>(message));
    else if (type == "AppendReply")
        handleAppendReply(context, from, static_cast<const AppendReply &>(message));
    else if (type == "RequestVote")
        handleRequestVote(context, from, static_cast<const RequestVote &>(message));
    else if (type == "VoteReply")
        handleVoteReply(context, from, static_cast<const VoteReply &>(message));
    else if (type == "ClientForward")
        acceptCommand(context, static_cast<const ClientForward &>(message).request, true);
}

void RaftNode::onTimer(NodeContext &context, int timer)
{
    if (timer == kElectionTimer && mRole != Role::Leader) {
        startElection(context);
    } else if (timer == kHeartbeatTimer && mRole == Role::Leader) {
        replicateToAll(context);
        context.startTimer(kHeartbeatTimer, context.parameter(kParamHeartbeat));
    }
}

void RaftNode::onClientRequest(NodeContext &context, const ClientRequest &request)
{
    if (request.kind == OperationKind::Cas) {
        context.replyFail(request.operation, "compare-and-set is not supported");
        return;
    }
    acceptCommand(context, request, false);
}

void RaftNode::onParameterChanged(NodeContext &, int)
{
    // Timers pick up new durations the next time they are armed.
}

std::int64_t RaftNode::termAt(std::int64_t index) const
{
    if (index < 1 || index > lastLogIndex())
        return 0;
    return mDurable.log[static_cast<std::size_t>(index - 1)].term;
}

NodeDescription RaftNode::describe(std::size_t logLimit) const
{
    NodeDescription description;
    description.role = roleName(mRole);
    description.term = mDurable.currentTerm;
    auto field = [&description](std::string name, std::string value, bool durable) {
        description.fields.push_back({std::move(name), std::move(value), durable});
    };
    field("currentTerm", std::to_string(mDurable.currentTerm), true);
    field("votedFor", mDurable.votedFor ? std::to_string(mDurable.votedFor) : "none", true);
    field("log", std::to_string(lastLogIndex()) + " entries", true);
    field("commitIndex", std::to_string(mCommitIndex), false);
    field("lastApplied", std::to_string(mLastApplied), false);
    field("leader", mLeaderHint ? std::to_string(mLeaderHint) : "unknown", false);
    std::string store;
    for (const auto &[key, value] : mStore)
        store += (store.empty() ? "" : ", ") + key + "=" + value;
    field("store", store.empty() ? "{}" : "{" + store + "}", false);
    if (mRole == Role::Leader) {
        std::string match;
        for (std::size_t i = 1; i < mMatchIndex.size(); ++i)
            match += (i > 1 ? " " : "") + std::to_string(mMatchIndex[i]);
        field("matchIndex", match, false);
    }
    const auto limit = static_cast<std::int64_t>(std::min<std::size_t>(logLimit, mDurable.log.size()));
    for (std::int64_t index = lastLogIndex() - limit + 1; index <= lastLogIndex(); ++index) {
        const auto &entry = mDurable.log[static_cast<std::size_t>(index - 1)];
        description.log.push_back({index, entry.term, entry.command.empty() ? "no-op" : entry.command,
                                   index <= mCommitIndex});
    }
    return description;
}

} // namespace cs::raft
