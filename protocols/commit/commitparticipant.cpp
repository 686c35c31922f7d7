#include "commitnode.h"

#include "commitnotes.h"

namespace cs::commit {

std::int64_t CommitNode::inDoubtTransaction() const
{
    for (const auto &[tx, record] : mDurable.participantLog) {
        if (record.state == TxState::Ready || record.state == TxState::PreCommit)
            return tx;
    }
    return 0;
}

void CommitNode::onPrepare(NodeContext &context, NodeId from, const CommitMessage &prepare)
{
    if (isCoordinator())
        return;
    auto vote = message(CommitMessage::Kind::Vote, prepare.tx);
    const auto existing = mDurable.participantLog.find(prepare.tx);
    if (existing != mDurable.participantLog.end()) {
        // A repeated prepare gets the same answer.
        vote->yes = existing->second.votedYes && existing->second.state != TxState::Aborted;
        context.send(from, vote);
        return;
    }
    auto &record = mDurable.participantLog[prepare.tx];
    const bool lockBusy = mDurable.lockedBy != 0;
    const bool refuse = mDurable.willVoteNo || lockBusy
                        || context.random().chancePerMillion(context.parameter(kParamVoteNo) * 10000);
    if (refuse) {
        record.state = TxState::Aborted;
        context.note({&kVoteNote, 0, {prepare.tx}, "no"});
        context.note({&kOutcomeNote, 0, {prepare.tx}, "abort"});
        vote->yes = false;
        context.send(from, vote);
        return;
    }
    record.state = TxState::Ready;
    record.votedYes = true;
    record.undoRedo = "undo/redo for tx " + std::to_string(prepare.tx);
    mDurable.lockedBy = prepare.tx;
    mReportedBlocked = false;
    context.note({&kVoteNote, 0, {prepare.tx}, "yes"});
    context.note({&kLockNote, 0, {prepare.tx}, "taken"});
    vote->yes = true;
    context.send(from, vote);
    context.startTimer(kParticipantTimer, context.parameter(mThreePhase ? kParamParticipantTimeout : kParamRetryInterval));
}

void CommitNode::onPreCommit(NodeContext &context, NodeId from, const CommitMessage &preCommit)
{
    auto &record = mDurable.participantLog[preCommit.tx];
    if (record.state == TxState::Ready) {
        record.state = TxState::PreCommit;
        context.note({&kPreCommitNote, 0, {preCommit.tx}, {}});
        context.startTimer(kParticipantTimer, context.parameter(kParamParticipantTimeout));
    }
    if (record.state == TxState::PreCommit || record.state == TxState::Committed) {
        auto ack = message(CommitMessage::Kind::Ack, preCommit.tx);
        context.send(from, ack);
    }
}

void CommitNode::onDecision(NodeContext &context, NodeId from, const CommitMessage &decision)
{
    if (isCoordinator()) {
        // A termination coordinator decided while this coordinator was away or cut off.
        // It adopts that decision: logs it, says so, and answers the transaction's client.
        auto &record = mDurable.coordinatorLog[decision.tx];
        if (!record.decided) {
            record.decided = true;
            record.commit = decision.yes;
            mRecoveredInDoubt = false;
            context.note({&kOutcomeNote, 0, {decision.tx}, decision.yes ? "commit" : "abort"});
            answerClient(context, decision.tx, decision.yes);
        }
        return;
    }
    applyOutcome(context, decision.tx, decision.yes);
    auto ack = message(CommitMessage::Kind::Ack, decision.tx);
    ack->yes = true;
    context.send(from, ack);
}

void CommitNode::applyOutcome(NodeContext &context, std::int64_t tx, bool commit)
{
    auto &record = mDurable.participantLog[tx];
    if (record.state == TxState::Committed || record.state == TxState::Aborted)
        return;
    record.state = commit ? TxState::Committed : TxState::Aborted;
    context.note({&kOutcomeNote, 0, {tx}, commit ? "commit" : "abort"});
    if (mDurable.lockedBy == tx) {
        mDurable.lockedBy = 0;
        context.note({&kLockNote, 0, {tx}, "released"});
    }
    if (mTerminatingTx == tx) {
        mTerminatingTx = 0;
        context.cancelTimer(kTerminationTimer);
    }
    mRecoveredInDoubt = false;
    if (inDoubtTransaction() == 0)
        context.cancelTimer(kParticipantTimer);
}

void CommitNode::onParticipantTimer(NodeContext &context)
{
    const auto tx = inDoubtTransaction();
    if (isCoordinator() || tx == 0)
        return;
    if (mThreePhase) {
        startTermination(context, tx);
        return;
    }
    // 2PC: uncertain, holding the lock; ask the coordinator and any peer that might know.
    if (!mReportedBlocked) {
        mReportedBlocked = true;
        context.note({&kBlockedNote, 0, {tx}, "voted yes; waiting for the coordinator's decision"});
    }
    context.broadcast(message(CommitMessage::Kind::DecisionRequest, tx));
    context.startTimer(kParticipantTimer, context.parameter(kParamRetryInterval));
}

} // namespace cs::commit
