#include "bullynode.h"

#include "bullynotes.h"

namespace cs::bully {

const char *stateName(BullyNode::State state)
{
    switch (state) {
    case BullyNode::State::Normal: return "normal";
    case BullyNode::State::Electing: return "electing";
    case BullyNode::State::Coordinator: return "coordinator";
    }
    return "unknown";
}

BullyNode::BullyNode(NodeId id, int clusterSize, Variant variant)
    : mId(id)
    , mClusterSize(clusterSize)
    , mVariant(variant)
{
}

std::unique_ptr<ProtocolNode> BullyNode::durableRemains() const
{
    // Bully keeps nothing on stable storage: a recovered node knows only its own id.
    return std::make_unique<BullyNode>(mId, mClusterSize, mVariant);
}

void BullyNode::send(NodeContext &context, NodeId to, BullyMessage::Kind kind, std::int64_t answeredRound)
{
    auto message = std::make_shared<BullyMessage>();
    message->kind = kind;
    message->coordinator = mId;
    message->round = kind == BullyMessage::Kind::Election ? mRound : answeredRound;
    if (kind != BullyMessage::Kind::Heartbeat)
        ++mMessagesThisElection;
    context.send(to, message);
}

void BullyNode::setState(NodeContext &context, State state)
{
    // Views draw role spans and election markers from these notes.
    if (state != mState || mRound == 0)
        context.note({&kRoleNote, 0, {mRound}, stateName(state)});
    mState = state;
}

void BullyNode::startElection(NodeContext &context)
{
    setState(context, State::Electing);
    mAnswered = false;
    mMessagesThisElection = 0;
    ++mRound;
    ++mElectionsStarted;
    context.cancelTimer(kFailureTimer);
    context.cancelTimer(kVictoryTimer);
    context.note({&kElectionNote, 0, {mRound}, {}});
    if (mId == mClusterSize) {
        becomeCoordinator(context);
        return;
    }
    for (NodeId higher = mId + 1; higher <= mClusterSize; ++higher)
        send(context, higher, BullyMessage::Kind::Election);
    context.startTimer(kAnswerTimer, context.parameter(kParamAnswerTimeout));
}

void BullyNode::becomeCoordinator(NodeContext &context)
{
    setState(context, State::Coordinator);
    mCoordinator = mId;
    context.cancelTimer(kAnswerTimer);
    context.cancelTimer(kVictoryTimer);
    context.cancelTimer(kFailureTimer);
    for (NodeId peer = 1; peer <= mClusterSize; ++peer) {
        if (peer != mId)
            send(context, peer, BullyMessage::Kind::Coordinator);
    }
    context.note({&kVictoryNote, 0, {mRound, mMessagesThisElection}, {}});
    context.note({&kBeliefNote, 0, {mId}, {}});
    context.startTimer(kHeartbeatTimer, context.parameter(kParamHeartbeat));
}

void BullyNode::accept(NodeContext &context, NodeId coordinator)
{
    const bool changed = mState != State::Normal || mCoordinator != coordinator;
    setState(context, State::Normal);
    mCoordinator = coordinator;
    context.cancelTimer(kAnswerTimer);
    context.cancelTimer(kVictoryTimer);
    context.cancelTimer(kHeartbeatTimer);
    if (changed)
        context.note({&kBeliefNote, 0, {coordinator}, {}});
    armFailureTimer(context);
}

void BullyNode::armFailureTimer(NodeContext &context)
{
    context.startTimer(kFailureTimer, context.parameter(kParamFailureTimeout));
}

void BullyNode::onMessage(NodeContext &context, NodeId from, const Message &raw)
{
    const auto &message = static_cast<const BullyMessage &>(raw);
    switch (message.kind) {
    case BullyMessage::Kind::Election:
        // A lower node is electing: bully it with an answer and run our own election.
        send(context, from, BullyMessage::Kind::Answer, message.round);
        if (mState == State::Coordinator)
            send(context, from, BullyMessage::Kind::Coordinator);
        else if (mState != State::Electing)
            startElection(context);
        break;
    case BullyMessage::Kind::Answer:
        context.note({&kAnswerNote, 0, {from, message.round}, {}});
        if (mVariant == Variant::IgnoresAnswers || mState != State::Electing)
            break;
        mAnswered = true;
        context.cancelTimer(kAnswerTimer);
        context.startTimer(kVictoryTimer, context.parameter(kParamVictoryTimeout));
        break;
    case BullyMessage::Kind::Coordinator:
        if (message.coordinator < mId)
            startElection(context);
        else
            accept(context, message.coordinator);
        break;
    case BullyMessage::Kind::Heartbeat:
        if (message.coordinator > mId && (mState != State::Normal || message.coordinator != mCoordinator))
            accept(context, message.coordinator);
        else if (message.coordinator == mCoordinator && mState == State::Normal)
            armFailureTimer(context);
        else if (message.coordinator < mId && mState == State::Coordinator)
            send(context, from, BullyMessage::Kind::Coordinator);
        else if (message.coordinator < mId && mState == State::Normal)
            startElection(context);
        break;
    }
}

void BullyNode::onTimer(NodeContext &context, int timer)
{
    switch (timer) {
    case kHeartbeatTimer:
        if (mState != State::Coordinator)
            return;
        for (NodeId peer = 1; peer <= mClusterSize; ++peer) {
            if (peer != mId)
                send(context, peer, BullyMessage::Kind::Heartbeat);
        }
        context.startTimer(kHeartbeatTimer, context.parameter(kParamHeartbeat));
        break;
    case kFailureTimer:
        if (mState == State::Normal)
            startElection(context);
        break;
    case kAnswerTimer:
        if (mState == State::Electing && !mAnswered)
            becomeCoordinator(context);
        break;
    case kVictoryTimer:
        if (mState == State::Electing)
            startElection(context);
        break;
    }
}

void BullyNode::onClientRequest(NodeContext &context, const ClientRequest &request)
{
    // Bully elects and serves no data: only the "elect" action is accepted.
    if (request.kind != OperationKind::Command || request.value != "elect") {
        context.replyFail(request.operation, "not supported");
        return;
    }
    startElection(context);
    context.replyOk(request.operation);
}

NodeDescription BullyNode::describe(std::size_t) const
{
    NodeDescription description;
    description.role = stateName(mState);
    description.term = mRound;
    description.subtitle = mCoordinator ? "coord n" + std::to_string(mCoordinator) : "no coord";
    description.fields = {
        {"coordinator", mCoordinator ? std::to_string(mCoordinator) : "unknown", false},
        {"election round", std::to_string(mRound), false},
        {"elections started", std::to_string(mElectionsStarted), false},
        {"messages in this election", std::to_string(mMessagesThisElection), false},
    };
    return description;
}

} // namespace cs::bully
