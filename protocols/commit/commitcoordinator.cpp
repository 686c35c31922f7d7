#include "commitnode.h"

#include "commitnotes.h"

namespace cs::commit {

void CommitNode::beginNext(NodeContext &context)
{
    if (mQueued.empty()) {
        mActiveTx = 0;
        return;
    }
    const std::int64_t tx = ++mDurable.nextTx;
    auto &record = mDurable.coordinatorLog[tx];
    record.command = mQueued.front().commandText();
    mClientRequests[tx] = mQueued.front().operation;
    mQueued.pop_front();
    context.note({&kBeginNote, 0, {tx}, record.command});
    mActiveTx = tx;
    mVotes.clear();
    mAcks.clear();
    sendToParticipants(context, message(CommitMessage::Kind::Prepare, tx));
    context.startTimer(kCoordinatorTimer, context.parameter(kParamCoordinatorTimeout));
}

void CommitNode::onVote(NodeContext &context, NodeId from, const CommitMessage &vote)
{
    const auto it = mDurable.coordinatorLog.find(vote.tx);
    if (!isCoordinator() || it == mDurable.coordinatorLog.end())
        return;
    if (it->second.decided) {
        auto decision = message(CommitMessage::Kind::Decision, vote.tx);
        decision->yes = it->second.commit;
        context.send(from, decision);
        return;
    }
    if (vote.tx != mActiveTx || it->second.preCommitSent)
        return;
    mVotes[from] = vote.yes;
    if (!vote.yes) {
        decide(context, vote.tx, false, kReasonVotes);
        return;
    }
    if (static_cast<int>(mVotes.size()) < participants())
        return;
    if (!mThreePhase) {
        decide(context, vote.tx, true, kReasonVotes);
        return;
    }
    it->second.preCommitSent = true;
    mAcks.clear();
    sendToParticipants(context, message(CommitMessage::Kind::PreCommit, vote.tx));
    context.startTimer(kCoordinatorTimer, context.parameter(kParamCoordinatorTimeout));
}

void CommitNode::onAck(NodeContext &context, NodeId from, const CommitMessage &ack)
{
    const auto it = mDurable.coordinatorLog.find(ack.tx);
    if (!isCoordinator() || it == mDurable.coordinatorLog.end() || ack.tx != mActiveTx)
        return;
    // An ack of a decision says yes; an ack of a preCommit does not. Count only the current kind.
    if (ack.yes != it->second.decided)
        return;
    mAcks.insert(from);
    if (static_cast<int>(mAcks.size()) < participants())
        return;
    if (!it->second.decided) {
        // 3PC: everyone is in PRECOMMIT, so committing cannot strand anyone.
        decide(context, ack.tx, true, kReasonVotes);
        return;
    }
    context.cancelTimer(kCoordinatorTimer);
    beginNext(context);
}

void CommitNode::onCoordinatorTimer(NodeContext &context)
{
    if (!isCoordinator() || mActiveTx == 0)
        return;
    auto &record = mDurable.coordinatorLog[mActiveTx];
    if (record.decided) {
        // Resend the decision to whoever has not acknowledged it.
        auto decision = message(CommitMessage::Kind::Decision, mActiveTx);
        decision->yes = record.commit;
        for (NodeId peer = 2; peer <= mClusterSize; ++peer) {
            if (!mAcks.contains(peer))
                context.send(peer, decision);
        }
        context.startTimer(kCoordinatorTimer, context.parameter(kParamRetryInterval));
        return;
    }
    if (record.preCommitSent) {
        // Some preCommit went unacknowledged: decide from the participants' states.
        startTermination(context, mActiveTx);
        return;
    }
    decide(context, mActiveTx, false, kReasonTimeout);
}

void CommitNode::decide(NodeContext &context, std::int64_t tx, bool commit, int reason)
{
    auto &record = mDurable.coordinatorLog[tx];
    if (record.decided)
        return;
    // The decision reaches stable storage before any participant hears of it.
    record.decided = true;
    mRecoveredInDoubt = false;
    record.commit = commit;
    std::int64_t yes = 0;
    for (const auto &[node, vote] : mVotes)
        yes += vote ? 1 : 0;
    context.note({&kDecideNote, 0, {tx, tx == mActiveTx ? yes : 0, participants(), reason}, commit ? "commit" : "abort"});
    answerClient(context, tx, commit);
    auto decision = message(CommitMessage::Kind::Decision, tx);
    decision->yes = commit;
    sendToParticipants(context, decision);
    if (tx == mActiveTx) {
        mAcks.clear();
        context.startTimer(kCoordinatorTimer, context.parameter(kParamRetryInterval));
    }
}

void CommitNode::answerClient(NodeContext &context, std::int64_t tx, bool commit)
{
    const auto it = mClientRequests.find(tx);
    if (it == mClientRequests.end())
        return;
    if (commit)
        context.replyOk(it->second);
    else
        context.replyFail(it->second, "aborted");
    mClientRequests.erase(it);
}

void CommitNode::answerDecisionRequest(NodeContext &context, NodeId from, std::int64_t tx)
{
    if (isCoordinator()) {
        const auto it = mDurable.coordinatorLog.find(tx);
        if (it != mDurable.coordinatorLog.end() && it->second.decided) {
            auto decision = message(CommitMessage::Kind::Decision, tx);
            decision->yes = it->second.commit;
            context.send(from, decision);
        }
        return;
    }
    // A peer helps only if it knows the outcome, or if it never voted and so may still abort.
    const auto state = stateOf(tx);
    if (state == TxState::Init) {
        auto &record = mDurable.participantLog[tx];
        record.state = TxState::Aborted;
        context.note({&kOutcomeNote, 0, {tx}, "abort"});
    }
    const auto known = stateOf(tx);
    if (known == TxState::Committed || known == TxState::Aborted) {
        auto decision = message(CommitMessage::Kind::Decision, tx);
        decision->yes = known == TxState::Committed;
        context.send(from, decision);
    }
}

void CommitNode::recoverCoordinator(NodeContext &context)
{
    for (auto &[tx, record] : mDurable.coordinatorLog) {
        if (record.decided) {
            auto decision = message(CommitMessage::Kind::Decision, tx);
            decision->yes = record.commit;
            sendToParticipants(context, decision);
        } else if (!mThreePhase) {
            // Presumed abort: no decision reached the log, so nobody can have committed.
            decide(context, tx, false, kReasonRecovery);
        } else if (!record.preCommitSent) {
            // No preCommit ever left this node, so nobody can have committed.
            decide(context, tx, false, kReasonRecovery);
        } else {
            mActiveTx = tx;
            mRecoveredInDoubt = true;
            startTermination(context, tx);
            context.startTimer(kCoordinatorTimer, context.parameter(kParamCoordinatorTimeout));
            return;
        }
    }
}

} // namespace cs::commit
