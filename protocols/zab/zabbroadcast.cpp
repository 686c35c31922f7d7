#include "zabnode.h"

#include "zabnotes.h"

namespace cs::zab {

void ZabNode::propose(NodeContext &context, const std::string &value)
{
    const Zxid zxid = makeZxid(mNewEpoch, ++mCounter);
    mDurable.history.push_back({zxid, value});
    context.note({&kProposeNote, 0, {zxid}, value});
    mProposalAcks[zxid] = {mId};
    auto proposal = message(ZabMessage::Kind::Proposal);
    proposal->zxid = zxid;
    proposal->value = value;
    proposal->epoch = mNewEpoch;
    context.broadcast(proposal);
}

void ZabNode::onProposal(NodeContext &context, NodeId from, const ZabMessage &proposal)
{
    if (from != mLeader || (mState != State::Following && mState != State::Observing))
        return;
    if (mVariant == Variant::Correct && !mFollowerSynced && proposal.epoch == mDurable.acceptedEpoch) {
        // Sent after the leader's sync message but overtook it: keep it for after the sync.
        mEarlyProposals[proposal.zxid] = proposal.value;
        return;
    }
    if (mVariant == Variant::Correct && (!mFollowerSynced || mDurable.currentEpoch != proposal.epoch))
        return;
    if (proposal.zxid <= lastZxid()) {
        // A resent proposal this follower already logged: acknowledge it again.
        if (mState == State::Following) {
            context.note({&kReackNote, 0, {proposal.zxid}, {}});
            auto ack = message(ZabMessage::Kind::Ack);
            ack->zxid = proposal.zxid;
            context.send(from, ack);
        }
        return;
    }
    const bool next = counterOf(proposal.zxid) == 1 ? epochOf(lastZxid()) < proposal.epoch
                                                     : proposal.zxid == lastZxid() + 1;
    if (mVariant == Variant::Correct && !next) {
        // Ahead of a missing proposal: keep it until the gap fills (the leader resends the missing one).
        mEarlyProposals[proposal.zxid] = proposal.value;
        return;
    }
    logProposal(context, from, proposal.zxid, proposal.value);
    logEarlyProposals(context, from);
    deliverUpTo(context, mCommitted);
}

void ZabNode::logEarlyProposals(NodeContext &context, NodeId from)
{
    while (!mEarlyProposals.empty() && mEarlyProposals.begin()->first <= lastZxid())
        mEarlyProposals.erase(mEarlyProposals.begin());
    while (!mEarlyProposals.empty()) {
        const auto [zxid, value] = *mEarlyProposals.begin();
        const bool next = counterOf(zxid) == 1 ? epochOf(lastZxid()) < epochOf(zxid) : zxid == lastZxid() + 1;
        if (!next)
            break;
        mEarlyProposals.erase(mEarlyProposals.begin());
        logProposal(context, from, zxid, value);
    }
}

void ZabNode::logProposal(NodeContext &context, NodeId from, Zxid zxid, const std::string &value)
{
    mDurable.history.push_back({zxid, value});
    if (mState == State::Observing)
        return;
    context.note({&kAckNote, 0, {zxid}, {}});
    auto ack = message(ZabMessage::Kind::Ack);
    ack->zxid = zxid;
    context.send(from, ack);
}

void ZabNode::onAck(NodeContext &context, NodeId from, const ZabMessage &ack)
{
    if (mState != State::Leading || !mEstablished)
        return;
    const auto it = mProposalAcks.find(ack.zxid);
    if (it == mProposalAcks.end())
        return;
    it->second.insert(from);
    // Commit in zxid order: every earlier proposal must have its quorum too.
    while (!mProposalAcks.empty()) {
        const auto first = mProposalAcks.begin();
        if (static_cast<int>(first->second.size()) < quorum(context))
            break;
        mCommitted = first->first;
        mProposalAcks.erase(first);
        context.note({&kCommitNote, 0, {mCommitted}, {}});
        context.broadcast(commitMessage());
        deliverUpTo(context, mCommitted);
    }
}

std::shared_ptr<ZabMessage> ZabNode::commitMessage() const
{
    auto commit = message(ZabMessage::Kind::Commit);
    commit->zxid = mCommitted;
    commit->epoch = mNewEpoch;
    return commit;
}

void ZabNode::onCommit(NodeContext &context, NodeId from, const ZabMessage &commit)
{
    if (from != mLeader || (mState != State::Following && mState != State::Observing))
        return;
    // Only the leader this follower synced with, in the epoch it synced to, may commit: anything
    // else would deliver proposals that leader never had.
    if (mVariant == Variant::Correct && (!mFollowerSynced || commit.epoch != mDurable.currentEpoch))
        return;
    mCommitted = std::max(mCommitted, commit.zxid);
    deliverUpTo(context, mCommitted);
}

void ZabNode::deliverUpTo(NodeContext &context, Zxid zxid)
{
    while (mDelivered < mDurable.history.size() && mDurable.history[mDelivered].zxid <= zxid) {
        const auto &txn = mDurable.history[mDelivered];
        context.note({&kDeliverNote, 0, {txn.zxid}, txn.value});
        ++mDelivered;
        if (const auto it = mClientRequests.find(txn.zxid); it != mClientRequests.end()) {
            const auto operation = it->second.operation;
            mClientRequests.erase(it);
            context.replyOk(operation);
        }
    }
}

void ZabNode::onLivenessTimer(NodeContext &context)
{
    if (mState == State::Looking) {
        startLooking(context);
        return;
    }
    if (mState == State::Leading && !mEstablished) {
        // Discovery and sync did not complete in time: start over.
        startLooking(context);
        return;
    }
    if (mState == State::Leading) {
        // The leader steps down when it no longer hears from a quorum of followers.
        int heard = 1;
        for (NodeId node : mHeardSinceCheck)
            heard += node != mId && !isObserver(context, node) ? 1 : 0;
        mHeardSinceCheck.clear();
        if (heard < quorum(context)) {
            startLooking(context);
            return;
        }
        context.startTimer(kLivenessTimer, context.parameter(kParamTickTimeout));
        return;
    }
    if (!mHeardSinceCheck.contains(mLeader)) {
        startLooking(context);
        return;
    }
    mHeardSinceCheck.clear();
    context.startTimer(kLivenessTimer, context.parameter(kParamTickTimeout));
}

} // namespace cs::zab
