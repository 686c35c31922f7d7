#include "multipaxosnode.h"

#include "multipaxosnotes.h"

namespace cs::paxos {

namespace {

const char *roleText(MultiPaxosNode::Role role)
{
    switch (role) {
    case MultiPaxosNode::Role::Follower: return "follower";
    case MultiPaxosNode::Role::Candidate: return "candidate";
    case MultiPaxosNode::Role::Leader: return "leader";
    }
    return "unknown";
}

} // namespace

std::string_view MultiPaxosMessage::type() const
{
    switch (kind) {
    case Kind::Prepare: return "Prepare";
    case Kind::Promise: return "Promise";
    case Kind::Accept: return "Accept";
    case Kind::Accepted: return "Accepted";
    case Kind::Nack: return "Nack";
    case Kind::Commit: return "Commit";
    case Kind::Heartbeat: return "Heartbeat";
    }
    return "Unknown";
}

std::string MultiPaxosMessage::label() const
{
    const std::string number = " #" + ballot.text();
    switch (kind) {
    case Kind::Prepare: return "Prepare" + number + " from slot " + std::to_string(slot);
    case Kind::Promise: return "Promise" + number + (accepted.empty() ? "" : " with " + std::to_string(accepted.size()) + " accepted");
    case Kind::Accept: return "Accept" + number + " [" + std::to_string(slot) + "] " + value;
    case Kind::Accepted: return "Accepted" + number + " [" + std::to_string(slot) + "]";
    case Kind::Nack: return "Rejected, promised" + number;
    case Kind::Commit: return "Chosen [" + std::to_string(slot) + "] " + value;
    case Kind::Heartbeat: return "Heartbeat" + number;
    }
    return "Unknown";
}

void MultiPaxosMessage::writeFields(nlohmann::ordered_json &out) const
{
    out["ballot"] = ballot.text();
    if (slot != 0)
        out["slot"] = slot;
    if (!value.empty())
        out["value"] = value;
    if (!accepted.empty())
        out["acceptedSlots"] = accepted.size();
}

MultiPaxosNode::MultiPaxosNode(NodeId id, int clusterSize)
    : mId(id)
    , mClusterSize(clusterSize)
{
}

std::unique_ptr<ProtocolNode> MultiPaxosNode::durableRemains() const
{
    auto remains = std::make_unique<MultiPaxosNode>(mId, mClusterSize);
    remains->mDurable = mDurable;
    return remains;
}

std::shared_ptr<MultiPaxosMessage> MultiPaxosNode::message(MultiPaxosMessage::Kind kind) const
{
    auto created = std::make_shared<MultiPaxosMessage>();
    created->kind = kind;
    created->ballot = mBallot;
    return created;
}

void MultiPaxosNode::deliver(NodeContext &context, NodeId to, const std::shared_ptr<MultiPaxosMessage> &message)
{
    if (to == mId)
        onMessage(context, mId, *message);
    else
        context.send(to, message);
}

std::int64_t MultiPaxosNode::firstUnchosen() const
{
    std::int64_t slot = 1;
    while (mDurable.chosen.contains(slot))
        ++slot;
    return slot;
}

void MultiPaxosNode::armElection(NodeContext &context)
{
    context.startTimer(kMpElectionTimer, context.random().uniform(context.parameter(kParamMpElectionMin),
                                                                   context.parameter(kParamMpElectionMax)));
}

void MultiPaxosNode::campaign(NodeContext &context)
{
    mDurable.highestRound = std::max(mDurable.highestRound, mDurable.promised.round) + 1;
    mBallot = Ballot{mDurable.highestRound, mId};
    mRole = Role::Candidate;
    context.note({&kLeaderRoleNote, 0, {mBallot.round}, roleText(mRole)});
    mPromisers.clear();
    mPromisedAccepted.clear();
    auto prepare = message(MultiPaxosMessage::Kind::Prepare);
    prepare->slot = firstUnchosen();
    for (NodeId node = 1; node <= mClusterSize; ++node)
        deliver(context, node, prepare);
    armElection(context);
}

void MultiPaxosNode::becomeLeader(NodeContext &context)
{
    mRole = Role::Leader;
    mLeaderHint = mId;
    context.note({&kLeaderRoleNote, 0, {mBallot.round}, roleText(mRole)});
    context.cancelTimer(kMpElectionTimer);
    mInFlight.clear();
    mAcceptedBy.clear();
    // Phase 1 covered every slot from here on: re-propose what was accepted, fill holes with no-ops.
    const auto first = firstUnchosen();
    std::int64_t last = first - 1;
    for (const auto &[slot, accepted] : mPromisedAccepted)
        last = std::max(last, slot);
    for (std::int64_t slot = first; slot <= last; ++slot) {
        if (mDurable.chosen.contains(slot))
            continue;
        const auto it = mPromisedAccepted.find(slot);
        proposeInSlot(context, slot, it != mPromisedAccepted.end() ? it->second.second : "no-op");
    }
    mNextSlot = std::max(last + 1, first);
    context.startTimer(kMpHeartbeatTimer, context.parameter(kParamMpHeartbeat));
}

void MultiPaxosNode::proposeInSlot(NodeContext &context, std::int64_t slot, const std::string &value)
{
    mInFlight[slot] = value;
    mAcceptedBy[slot].clear();
    context.note({&kSlotProposeNote, 0, {mBallot.code(), slot}, value});
    auto accept = message(MultiPaxosMessage::Kind::Accept);
    accept->slot = slot;
    accept->value = value;
    for (NodeId node = 1; node <= mClusterSize; ++node)
        deliver(context, node, accept);
}

void MultiPaxosNode::learn(NodeContext &context, std::int64_t slot, const std::string &value)
{
    if (mDurable.chosen.contains(slot))
        return;
    mDurable.chosen[slot] = value;
    context.note({&kSlotLearnNote, 0, {slot}, value});
    const auto it = mClientRequests.find(slot);
    if (it == mClientRequests.end())
        return;
    const auto request = it->second;
    mClientRequests.erase(it);
    // Only this node proposed the operation, in this slot alone: another value there means it was never chosen.
    if (value == request.commandText())
        context.replyOk(request.operation);
    else
        context.replyFail(request.operation, "lost leadership");
}

void MultiPaxosNode::onMessage(NodeContext &context, NodeId from, const Message &raw)
{
    const auto &message = static_cast<const MultiPaxosMessage &>(raw);
    using Kind = MultiPaxosMessage::Kind;
    switch (message.kind) {
    case Kind::Prepare: onPrepare(context, from, message); break;
    case Kind::Promise: onPromise(context, from, message); break;
    case Kind::Accept: onAccept(context, from, message); break;
    case Kind::Accepted: onAccepted(context, from, message); break;
    case Kind::Nack:
        mDurable.highestRound = std::max(mDurable.highestRound, message.ballot.round);
        if (mRole != Role::Follower && message.ballot > mBallot) {
            mRole = Role::Follower;
            context.note({&kLeaderRoleNote, 0, {message.ballot.round}, roleText(mRole)});
            context.cancelTimer(kMpHeartbeatTimer);
            armElection(context);
        }
        break;
    case Kind::Commit: learn(context, message.slot, message.value); break;
    case Kind::Heartbeat:
        if (message.ballot >= mDurable.promised && from != mId) {
            mLeaderHint = from;
            if (mRole != Role::Follower && message.ballot > mBallot) {
                mRole = Role::Follower;
                context.note({&kLeaderRoleNote, 0, {message.ballot.round}, roleText(mRole)});
                context.cancelTimer(kMpHeartbeatTimer);
            }
            if (mRole == Role::Follower)
                armElection(context);
        }
        break;
    }
}

void MultiPaxosNode::onTimer(NodeContext &context, int timer)
{
    if (timer == kMpElectionTimer && mRole != Role::Leader) {
        campaign(context);
    } else if (timer == kMpHeartbeatTimer && mRole == Role::Leader) {
        auto heartbeat = message(MultiPaxosMessage::Kind::Heartbeat);
        context.broadcast(heartbeat);
        // Resend what is still waiting for a majority, and recent decisions a learner may have missed.
        for (const auto &[slot, value] : mInFlight) {
            auto accept = message(MultiPaxosMessage::Kind::Accept);
            accept->slot = slot;
            accept->value = value;
            context.broadcast(accept);
        }
        const auto first = firstUnchosen();
        for (auto it = mDurable.chosen.lower_bound(std::max<std::int64_t>(1, first - 3)); it != mDurable.chosen.end(); ++it) {
            auto commit = message(MultiPaxosMessage::Kind::Commit);
            commit->slot = it->first;
            commit->value = it->second;
            context.broadcast(commit);
        }
        context.startTimer(kMpHeartbeatTimer, context.parameter(kParamMpHeartbeat));
    }
}

void MultiPaxosNode::onClientRequest(NodeContext &context, const ClientRequest &request)
{
    // Followers redirect: the client is told which node leads, as far as this one knows.
    if (mRole != Role::Leader) {
        context.replyFail(request.operation, "not leader", mLeaderHint != mId ? mLeaderHint : 0);
        return;
    }
    if (request.kind == OperationKind::Read) {
        context.replyFail(request.operation, "reads are not supported");
        return;
    }
    if (request.kind == OperationKind::Cas) {
        context.replyFail(request.operation, "compare-and-set is not supported");
        return;
    }
    mClientRequests[mNextSlot] = request;
    proposeInSlot(context, mNextSlot++, request.commandText());
}

void MultiPaxosNode::onPrepare(NodeContext &context, NodeId from, const MultiPaxosMessage &prepare)
{
    auto reply = message(MultiPaxosMessage::Kind::Promise);
    reply->ballot = prepare.ballot;
    if (prepare.ballot > mDurable.promised || (prepare.ballot == mDurable.promised && from == mId)) {
        mDurable.promised = prepare.ballot;
        context.note({&kSlotPromiseNote, 0, {prepare.ballot.code(), prepare.slot}, {}});
        for (auto it = mDurable.accepted.lower_bound(prepare.slot); it != mDurable.accepted.end(); ++it)
            reply->accepted.insert(*it);
        if (from != mId && mRole != Role::Follower) {
            mRole = Role::Follower;
            context.note({&kLeaderRoleNote, 0, {prepare.ballot.round}, roleText(mRole)});
            context.cancelTimer(kMpHeartbeatTimer);
        }
        if (from != mId)
            armElection(context);
    } else {
        reply->kind = MultiPaxosMessage::Kind::Nack;
        reply->ballot = mDurable.promised;
    }
    deliver(context, from, reply);
}

void MultiPaxosNode::onPromise(NodeContext &context, NodeId from, const MultiPaxosMessage &promise)
{
    if (mRole != Role::Candidate || promise.ballot != mBallot)
        return;
    mPromisers.insert(from);
    for (const auto &[slot, accepted] : promise.accepted) {
        auto &known = mPromisedAccepted[slot];
        if (accepted.first > known.first)
            known = accepted;
    }
    if (static_cast<int>(mPromisers.size()) >= majority())
        becomeLeader(context);
}

void MultiPaxosNode::onAccept(NodeContext &context, NodeId from, const MultiPaxosMessage &accept)
{
    if (accept.ballot < mDurable.promised) {
        auto nack = message(MultiPaxosMessage::Kind::Nack);
        nack->ballot = mDurable.promised;
        deliver(context, from, nack);
        return;
    }
    mDurable.promised = accept.ballot;
    const auto existing = mDurable.accepted.find(accept.slot);
    if (existing == mDurable.accepted.end() || existing->second.first != accept.ballot) {
        mDurable.accepted[accept.slot] = {accept.ballot, accept.value};
        context.note({&kSlotAcceptNote, 0, {accept.ballot.code(), accept.slot}, accept.value});
    }
    if (from != mId) {
        mLeaderHint = from;
        armElection(context);
    }
    auto accepted = message(MultiPaxosMessage::Kind::Accepted);
    accepted->ballot = accept.ballot;
    accepted->slot = accept.slot;
    deliver(context, from, accepted);
}

void MultiPaxosNode::onAccepted(NodeContext &context, NodeId from, const MultiPaxosMessage &accepted)
{
    if (mRole != Role::Leader || accepted.ballot != mBallot)
        return;
    const auto it = mInFlight.find(accepted.slot);
    if (it == mInFlight.end())
        return;
    auto &by = mAcceptedBy[accepted.slot];
    by.insert(from);
    if (static_cast<int>(by.size()) < majority())
        return;
    const std::string value = it->second;
    mInFlight.erase(it);
    context.note({&kSlotChosenNote, 0, {mBallot.code(), accepted.slot}, value});
    auto commit = message(MultiPaxosMessage::Kind::Commit);
    commit->slot = accepted.slot;
    commit->value = value;
    for (NodeId node = 1; node <= mClusterSize; ++node)
        deliver(context, node, commit);
}

NodeDescription MultiPaxosNode::describe(std::size_t logLimit) const
{
    NodeDescription description;
    description.role = roleText(mRole);
    description.term = mDurable.promised.round;
    description.subtitle = mDurable.promised.isZero() ? "no promise" : "#" + mDurable.promised.text();
    description.fields = {
        {"promised", mDurable.promised.isZero() ? "none" : "#" + mDurable.promised.text(), true},
        {"accepted slots", std::to_string(mDurable.accepted.size()), true},
        {"chosen slots", std::to_string(mDurable.chosen.size()), true},
        {"ballot", mBallot.isZero() ? "none" : "#" + mBallot.text(), false},
        {"leader", mLeaderHint ? std::to_string(mLeaderHint) : "unknown", false},
        {"in flight", std::to_string(mInFlight.size()), false},
    };
    std::size_t skip = mDurable.chosen.size() > logLimit ? mDurable.chosen.size() - logLimit : 0;
    for (const auto &[slot, value] : mDurable.chosen) {
        if (skip > 0) {
            --skip;
            continue;
        }
        description.log.push_back({slot, 0, value, true});
    }
    return description;
}

} // namespace cs::paxos
