#include "commitnode.h"

#include "commitnotes.h"

namespace cs::commit {

TxState CommitNode::knownState(std::int64_t tx) const
{
    if (!isCoordinator())
        return stateOf(tx);
    const auto it = mDurable.coordinatorLog.find(tx);
    if (it == mDurable.coordinatorLog.end())
        return TxState::Init;
    if (it->second.decided)
        return it->second.commit ? TxState::Committed : TxState::Aborted;
    return it->second.preCommitSent ? TxState::PreCommit : TxState::Ready;
}

void CommitNode::startTermination(NodeContext &context, std::int64_t tx)
{
    // 3PC termination: gather every reachable state, then decide as Skeen's rules say.
    mTerminatingTx = tx;
    mTerminationPreCommitting = false;
    mCollected.clear();
    mCollected[mId] = knownState(tx);
    context.broadcast(message(CommitMessage::Kind::StateRequest, tx));
    context.startTimer(kTerminationTimer, context.parameter(kParamRetryInterval));
}

void CommitNode::onStateRequest(NodeContext &context, NodeId from, const CommitMessage &request)
{
    auto reply = message(CommitMessage::Kind::StateReply, request.tx);
    reply->state = knownState(request.tx);
    context.send(from, reply);
    // A lower-numbered node is coordinating the termination; give it time.
    if (from < mId && mTerminatingTx == request.tx) {
        mTerminatingTx = 0;
        context.cancelTimer(kTerminationTimer);
    }
    if (from < mId && !isCoordinator() && inDoubtTransaction() == request.tx)
        context.startTimer(kParticipantTimer, context.parameter(kParamParticipantTimeout));
}

void CommitNode::onStateReply(NodeContext &context, NodeId from, const CommitMessage &reply)
{
    if (mTerminatingTx != reply.tx)
        return;
    mCollected[from] = reply.state;
    const bool undecided = reply.state == TxState::Ready || reply.state == TxState::PreCommit;
    if (from < mId && undecided) {
        // A lower-numbered node is alive and in doubt too: it coordinates, this one waits.
        mTerminatingTx = 0;
        context.cancelTimer(kTerminationTimer);
        if (!isCoordinator())
            context.startTimer(kParticipantTimer, context.parameter(kParamParticipantTimeout));
    }
}

void CommitNode::finishTermination(NodeContext &context)
{
    const auto tx = mTerminatingTx;
    if (tx == 0)
        return;
    bool anyCommitted = false, anyAborted = false, anyPreCommit = false;
    std::string states;
    for (const auto &[node, state] : mCollected) {
        anyCommitted = anyCommitted || state == TxState::Committed;
        anyAborted = anyAborted || state == TxState::Aborted || state == TxState::Init;
        anyPreCommit = anyPreCommit || state == TxState::PreCommit;
        states += (states.empty() ? "" : " ") + std::to_string(node) + ":" + txStateName(state);
    }
    if (mRecoveredInDoubt && !anyCommitted && !anyAborted && static_cast<int>(mCollected.size()) < mClusterSize) {
        // Back from a crash and not everyone answered: the others may have decided without this
        // node, so it waits rather than decide from part of the picture.
        mTerminatingTx = 0;
        context.note({&kBlockedNote, 0, {tx}, "recovered in doubt; waiting to hear from every node (" + states + ")"});
        if (isCoordinator())
            context.startTimer(kCoordinatorTimer, context.parameter(kParamCoordinatorTimeout));
        else
            context.startTimer(kParticipantTimer, context.parameter(kParamParticipantTimeout));
        return;
    }
    if (!mTerminationPreCommitting)
        context.note({&kTerminationNote, 0, {tx}, states});
    bool commit = false;
    if (anyCommitted) {
        commit = true;
    } else if (anyAborted) {
        commit = false;
    } else if (anyPreCommit && !mTerminationPreCommitting) {
        // Move everyone to PRECOMMIT first, so a commit never strands an uncertain node.
        mTerminationPreCommitting = true;
        if (!isCoordinator() && stateOf(tx) == TxState::Ready) {
            mDurable.participantLog[tx].state = TxState::PreCommit;
            context.note({&kPreCommitNote, 0, {tx}, {}});
        }
        sendToParticipants(context, message(CommitMessage::Kind::PreCommit, tx));
        context.startTimer(kTerminationTimer, context.parameter(kParamRetryInterval));
        return;
    } else {
        commit = anyPreCommit;
    }
    mTerminatingTx = 0;
    if (isCoordinator()) {
        decide(context, tx, commit, kReasonTermination);
        return;
    }
    context.note({&kDecideNote, 0, {tx, 0, participants(), kReasonTermination}, commit ? "commit" : "abort"});
    applyOutcome(context, tx, commit);
    auto decision = message(CommitMessage::Kind::Decision, tx);
    decision->yes = commit;
    context.broadcast(decision);
}

} // namespace cs::commit
