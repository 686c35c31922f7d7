#include "paxosnode.h"

#include "paxosnotes.h"

namespace cs::paxos {

const char *phaseName(PaxosNode::Phase phase)
{
    switch (phase) {
    case PaxosNode::Phase::Idle: return "idle";
    case PaxosNode::Phase::Preparing: return "preparing";
    case PaxosNode::Phase::Accepting: return "accepting";
    case PaxosNode::Phase::Done: return "done";
    }
    return "unknown";
}

PaxosNode::PaxosNode(NodeId id, int clusterSize, Variant variant)
    : mId(id)
    , mClusterSize(clusterSize)
    , mVariant(variant)
{
}

std::unique_ptr<ProtocolNode> PaxosNode::durableRemains() const
{
    auto remains = std::make_unique<PaxosNode>(mId, mClusterSize, mVariant);
    remains->mDurable = mDurable;
    if (mVariant == Variant::ForgetsPromise)
        remains->mDurable.promised = remains->mDurable.accepted;
    return remains;
}

void PaxosNode::start(NodeContext &context)
{
    noteRole(context);
}

void PaxosNode::noteRole(NodeContext &context)
{
    mProposes = isProposer(context);
    context.note({&kPaxosRoleNote, 0, {mProposes ? 1 : 0, isAcceptor(context, mId) ? 1 : 0}, {}});
}

bool PaxosNode::isProposer(const NodeContext &context) const
{
    return mId <= context.parameter(kParamProposers);
}

bool PaxosNode::isAcceptor(const NodeContext &context, NodeId node) const
{
    const auto proposers = context.parameter(kParamProposers);
    return proposers >= mClusterSize || node > proposers;
}

int PaxosNode::acceptorCount(const NodeContext &context) const
{
    const auto proposers = static_cast<int>(context.parameter(kParamProposers));
    return proposers >= mClusterSize ? mClusterSize : mClusterSize - proposers;
}

std::shared_ptr<PaxosMessage> PaxosNode::message(PaxosMessage::Kind kind) const
{
    auto created = std::make_shared<PaxosMessage>();
    created->kind = kind;
    return created;
}

void PaxosNode::deliver(NodeContext &context, NodeId to, const std::shared_ptr<PaxosMessage> &message)
{
    if (to == mId)
        onMessage(context, mId, *message);
    else
        context.send(to, message);
}

void PaxosNode::onMessage(NodeContext &context, NodeId from, const Message &raw)
{
    const auto &message = static_cast<const PaxosMessage &>(raw);
    switch (message.kind) {
    case PaxosMessage::Kind::Prepare: onPrepare(context, from, message); break;
    case PaxosMessage::Kind::Promise: onPromise(context, from, message); break;
    case PaxosMessage::Kind::Accept: onAccept(context, from, message); break;
    case PaxosMessage::Kind::Accepted: onAccepted(context, from, message); break;
    case PaxosMessage::Kind::Nack: onNack(context, message); break;
    case PaxosMessage::Kind::Decide: onDecide(context, from, message); break;
    case PaxosMessage::Kind::Query: onQuery(context, from); break;
    case PaxosMessage::Kind::Learned: mUninformed.erase(from); break;
    }
}

void PaxosNode::onTimer(NodeContext &context, int timer)
{
    if (timer == kRetryTimer && mPhase == Phase::Idle && mDurable.learned.empty() && !mDurable.request.empty())
        startRound(context);
    else if (timer == kRetryTimer && mAsking)
        askForDecision(context);
    else if (timer == kRetryTimer && !mUninformed.empty())
        announce(context, mUninformed);
    else if (timer == kPhaseTimer && (mPhase == Phase::Preparing || mPhase == Phase::Accepting))
        retryLater(context);
}

void PaxosNode::onClientRequest(NodeContext &context, const ClientRequest &request)
{
    if (!isProposer(context)) {
        context.replyFail(request.operation, "not a proposer");
        return;
    }
    // A proposal is answered with the value chosen, which may be another proposer's.
    if (!mDurable.learned.empty()) {
        context.replyOk(request.operation, mDurable.learned);
        return;
    }
    mClientRequests.push_back(request.operation);
    mDurable.request = request.commandText();
    if (mPhase == Phase::Idle)
        startRound(context);
}

NodeDescription PaxosNode::describe(std::size_t) const
{
    NodeDescription description;
    description.role = !mDurable.learned.empty() ? "learned" : (mPhase != Phase::Idle ? phaseName(mPhase) : mProposes ? "proposer" : "acceptor");
    description.term = mDurable.promised.round;
    description.subtitle = mDurable.promised.isZero() ? "no promise" : "#" + mDurable.promised.text();
    description.fields = {
        {"promised", mDurable.promised.isZero() ? "none" : "#" + mDurable.promised.text(), mVariant == Variant::Correct},
        {"accepted", mDurable.accepted.isZero() ? "none" : "#" + mDurable.accepted.text() + " = " + mDurable.acceptedValue, true},
        {"learned", mDurable.learned.empty() ? "nothing yet" : mDurable.learned, true},
        {"proposer phase", phaseName(mPhase), false},
        {"current ballot", mBallot.isZero() ? "none" : "#" + mBallot.text(), false},
        {"promises", std::to_string(mPromises.size()), false},
        {"accepted by", std::to_string(mAccepted.size()), false},
    };
    return description;
}

} // namespace cs::paxos
