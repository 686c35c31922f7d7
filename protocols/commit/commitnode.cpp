#include "commitnode.h"

#include "commitnotes.h"

namespace cs::commit {

CommitNode::CommitNode(NodeId id, int clusterSize, bool threePhase)
    : mId(id)
    , mClusterSize(clusterSize)
    , mThreePhase(threePhase)
{
}

std::unique_ptr<ProtocolNode> CommitNode::clone() const
{
    return std::make_unique<CommitNode>(*this);
}

std::unique_ptr<ProtocolNode> CommitNode::durableRemains() const
{
    auto remains = std::make_unique<CommitNode>(mId, mClusterSize, mThreePhase);
    remains->mDurable = mDurable;
    return remains;
}

void CommitNode::start(NodeContext &)
{
}

void CommitNode::restart(NodeContext &context)
{
    if (isCoordinator()) {
        recoverCoordinator(context);
        return;
    }
    // An in-doubt participant asks (2PC) or starts termination (3PC) once its timer runs out.
    if (inDoubtTransaction() != 0) {
        mRecoveredInDoubt = true;
        context.startTimer(kParticipantTimer, context.parameter(kParamRetryInterval));
    }
}

std::shared_ptr<CommitMessage> CommitNode::message(CommitMessage::Kind kind, std::int64_t tx) const
{
    auto created = std::make_shared<CommitMessage>();
    created->kind = kind;
    created->tx = tx;
    created->threePhase = mThreePhase;
    return created;
}

void CommitNode::sendToParticipants(NodeContext &context, const std::shared_ptr<CommitMessage> &message)
{
    for (NodeId peer = 2; peer <= mClusterSize; ++peer) {
        if (peer != mId)
            context.send(peer, message);
    }
}

void CommitNode::onMessage(NodeContext &context, NodeId from, const Message &raw)
{
    const auto &message = static_cast<const CommitMessage &>(raw);
    using Kind = CommitMessage::Kind;
    switch (message.kind) {
    case Kind::Prepare: onPrepare(context, from, message); break;
    case Kind::Vote: onVote(context, from, message); break;
    case Kind::PreCommit: onPreCommit(context, from, message); break;
    case Kind::Ack: onAck(context, from, message); break;
    case Kind::Decision: onDecision(context, from, message); break;
    case Kind::DecisionRequest: answerDecisionRequest(context, from, message.tx); break;
    case Kind::StateRequest: onStateRequest(context, from, message); break;
    case Kind::StateReply: onStateReply(context, from, message); break;
    case Kind::ClientForward: {
        ClientRequest request;
        request.operation = message.operation;
        request.value = message.command;
        onClientRequest(context, request);
        break;
    }
    }
}

void CommitNode::onTimer(NodeContext &context, int timer)
{
    if (timer == kCoordinatorTimer)
        onCoordinatorTimer(context);
    else if (timer == kParticipantTimer)
        onParticipantTimer(context);
    else if (timer == kTerminationTimer)
        finishTermination(context);
}

void CommitNode::onClientRequest(NodeContext &context, const ClientRequest &request)
{
    const auto command = request.commandText();
    if (command == "vote-no" || command == "vote-yes") {
        if (isCoordinator()) {
            context.note({&kRejectNote, 0, {}, command});
            context.replyFail(request.operation, "the coordinator does not vote");
            return;
        }
        mDurable.willVoteNo = command == "vote-no";
        context.replyOk(request.operation);
        return;
    }
    // A participant forwards the transaction; the coordinator answers the client with its decision.
    if (!isCoordinator()) {
        auto forward = message(CommitMessage::Kind::ClientForward, 0);
        forward->command = command;
        forward->operation = request.operation;
        context.send(kCoordinator, forward);
        return;
    }
    mQueued.push_back(request);
    if (mActiveTx == 0)
        beginNext(context);
}

TxState CommitNode::stateOf(std::int64_t tx) const
{
    const auto it = mDurable.participantLog.find(tx);
    return it == mDurable.participantLog.end() ? TxState::Init : it->second.state;
}

NodeDescription CommitNode::describe(std::size_t logLimit) const
{
    NodeDescription description;
    auto field = [&description](std::string name, std::string value, bool durable) {
        description.fields.push_back({std::move(name), std::move(value), durable});
    };
    if (isCoordinator()) {
        description.role = "coordinator";
        description.term = mActiveTx ? mActiveTx : mDurable.nextTx;
        description.subtitle = mActiveTx ? "tx " + std::to_string(mActiveTx) : "idle";
        field("transactions begun", std::to_string(mDurable.nextTx), true);
        field("active transaction", mActiveTx ? std::to_string(mActiveTx) : "none", false);
        field("votes received", std::to_string(mVotes.size()) + " of " + std::to_string(participants()), false);
        field("queued", std::to_string(mQueued.size()), false);
        std::size_t skipped = mDurable.coordinatorLog.size() > logLimit ? mDurable.coordinatorLog.size() - logLimit : 0;
        for (const auto &[tx, record] : mDurable.coordinatorLog) {
            if (skipped > 0) {
                --skipped;
                continue;
            }
            const std::string outcome = record.decided ? (record.commit ? "commit" : "abort")
                                                       : (record.preCommitSent ? "precommit sent" : "voting");
            description.log.push_back({tx, tx, record.command + " \u2192 " + outcome, record.decided});
        }
        return description;
    }
    const auto current = mDurable.participantLog.empty() ? 0 : mDurable.participantLog.rbegin()->first;
    description.role = current ? txStateName(stateOf(current)) : "idle";
    description.term = current;
    description.subtitle = current ? "tx " + std::to_string(current) : "idle";
    field("lock", mDurable.lockedBy ? "held by tx " + std::to_string(mDurable.lockedBy) : "free", true);
    field("will vote", mDurable.willVoteNo ? "no" : "yes", true);
    if (const auto doubt = inDoubtTransaction(); doubt != 0 && stateOf(doubt) == TxState::Ready && !mThreePhase)
        field("why it waits",
              "voted yes for tx " + std::to_string(doubt)
                  + ": only the coordinator knows the decision, so it keeps the lock and asks until it hears",
              false);
    if (mTerminatingTx)
        field("termination", "coordinating tx " + std::to_string(mTerminatingTx) + " with "
                                 + std::to_string(mCollected.size()) + " states",
              false);
    std::size_t skipped = mDurable.participantLog.size() > logLimit ? mDurable.participantLog.size() - logLimit : 0;
    for (const auto &[tx, record] : mDurable.participantLog) {
        if (skipped > 0) {
            --skipped;
            continue;
        }
        const bool final = record.state == TxState::Committed || record.state == TxState::Aborted;
        description.log.push_back({tx, tx, std::string(txStateName(record.state)) + (record.undoRedo.empty() ? "" : " (undo/redo logged)"),
                                   final});
    }
    return description;
}

} // namespace cs::commit
