#include "zabnode.h"

#include <algorithm>

#include "zabnotes.h"

namespace cs::zab {

void ZabNode::lead(NodeContext &context)
{
    mLeader = mId;
    mFollowerInfos = {mId};
    mEpochAcks = {mId};
    mSynced = {mId};
    mNewEpoch = 0;
    mEstablished = false;
    mHeardSinceCheck.clear();
    setState(context, State::Leading);
    context.startTimer(kPingTimer, context.parameter(kParamPingInterval));
    context.startTimer(kLivenessTimer, context.parameter(kParamTickTimeout));
}

void ZabNode::follow(NodeContext &context, NodeId leader)
{
    mLeader = leader;
    mEstablished = false;
    mFollowerSynced = false;
    mEarlyProposals.clear();
    mHeardSinceCheck.clear();
    setState(context, isObserver(context, mId) ? State::Observing : State::Following);
    sendFollowerInfo(context);
    context.startTimer(kLivenessTimer, context.parameter(kParamTickTimeout));
}

void ZabNode::sendFollowerInfo(NodeContext &context)
{
    auto info = message(ZabMessage::Kind::FollowerInfo);
    info->epoch = mDurable.acceptedEpoch;
    info->zxid = lastZxid();
    context.send(mLeader, info);
}

void ZabNode::onFollowerInfo(NodeContext &context, NodeId from, const ZabMessage &info)
{
    if (mState != State::Leading)
        return;
    if (mNewEpoch != 0 && info.epoch > mNewEpoch) {
        // A late follower accepted a later epoch than this leader's, so it would refuse this one
        // for ever: lead again under an epoch above it.
        if (info.epoch > mDurable.acceptedEpoch) {
            mDurable.acceptedEpoch = info.epoch;
            mDurable.acceptedFrom = 0;
        }
        startLooking(context);
        return;
    }
    if (mNewEpoch != 0) {
        // A late follower: tell it the epoch, then bring it up to date.
        auto newEpoch = message(ZabMessage::Kind::NewEpoch);
        newEpoch->epoch = mNewEpoch;
        context.send(from, newEpoch);
        return;
    }
    if (!isObserver(context, from))
        mFollowerInfos.insert(from);
    if (info.epoch > mDurable.acceptedEpoch) {
        mDurable.acceptedEpoch = info.epoch;
        mDurable.acceptedFrom = 0;
    }
    if (static_cast<int>(mFollowerInfos.size()) < quorum(context))
        return;
    // Discovery: the new epoch is one more than any epoch a quorum has accepted.
    mNewEpoch = mDurable.acceptedEpoch + 1;
    mDurable.acceptedEpoch = mNewEpoch;
    mDurable.acceptedFrom = mId;
    auto newEpoch = message(ZabMessage::Kind::NewEpoch);
    newEpoch->epoch = mNewEpoch;
    context.broadcast(newEpoch);
    if (mVariant == Variant::BroadcastsBeforeSync) {
        mDurable.currentEpoch = mNewEpoch;
        noteSync(context, mNewEpoch);
        establish(context);
    }
}

void ZabNode::onNewEpoch(NodeContext &context, NodeId from, const ZabMessage &newEpoch)
{
    if (from != mLeader || (mState != State::Following && mState != State::Observing))
        return;
    if (newEpoch.epoch < mDurable.acceptedEpoch) {
        startLooking(context);
        return;
    }
    // An epoch counts towards one leader's quorum only. The same epoch from another leader (one
    // that formed its view before this server accepted the epoch elsewhere, say while it was
    // paused) is followed, as ZooKeeper does, with an ack that does not count.
    const bool counted = newEpoch.epoch > mDurable.acceptedEpoch || mDurable.acceptedFrom == from;
    mDurable.acceptedEpoch = newEpoch.epoch;
    if (counted)
        mDurable.acceptedFrom = from;
    if (mVariant == Variant::BroadcastsBeforeSync) {
        mDurable.currentEpoch = newEpoch.epoch;
        mEstablished = true;
    }
    auto ack = message(ZabMessage::Kind::AckEpoch);
    ack->epoch = mDurable.currentEpoch;
    ack->zxid = lastZxid();
    ack->counted = counted;
    context.send(from, ack);
}

void ZabNode::onAckEpoch(NodeContext &context, NodeId from, const ZabMessage &ack)
{
    if (mState != State::Leading || mNewEpoch == 0)
        return;
    if (!ack.counted) {
        // Its epoch ack belongs to another leader: it follows once this epoch is established.
        if (mDurable.currentEpoch == mNewEpoch)
            syncFollower(context, from);
        return;
    }
    mEpochAcks.insert(from);
    if (mDurable.currentEpoch == mNewEpoch) {
        // Past the quorum point already: bring this late follower up to date at once.
        syncFollower(context, from);
        return;
    }
    int voters = 0;
    for (NodeId node : mEpochAcks)
        voters += isObserver(context, node) ? 0 : 1;
    if (voters < quorum(context))
        return;
    mDurable.currentEpoch = mNewEpoch;
    noteSync(context, mNewEpoch);
    for (NodeId node : mEpochAcks) {
        if (node != mId)
            syncFollower(context, node);
    }
}

void ZabNode::syncFollower(NodeContext &context, NodeId follower)
{
    if (mVariant == Variant::BroadcastsBeforeSync)
        return;
    auto newLeader = message(ZabMessage::Kind::NewLeader);
    newLeader->epoch = mNewEpoch;
    newLeader->history = mDurable.history;
    newLeader->zxid = mCommitted;
    context.send(follower, newLeader);
}

void ZabNode::onNewLeader(NodeContext &context, NodeId from, const ZabMessage &newLeader)
{
    if (from != mLeader || (mState != State::Following && mState != State::Observing))
        return;
    // A leader's history only grows within its epoch, so a NewLeader of this epoch whose history
    // this server's already extends is an earlier copy that a slow link delivered late: keep the
    // longer history rather than undo deliveries.
    const bool stale = newLeader.epoch == mDurable.currentEpoch
                       && newLeader.history.size() < mDurable.history.size()
                       && std::equal(newLeader.history.begin(), newLeader.history.end(), mDurable.history.begin());
    // Synchronisation: adopt the leader's history, dropping anything it does not have.
    if (!stale) {
        mDurable.history = newLeader.history;
        mDelivered = std::min(mDelivered, mDurable.history.size());
    }
    mDurable.currentEpoch = newLeader.epoch;
    mFollowerSynced = true;
    noteSync(context, newLeader.epoch);
    auto ack = message(ZabMessage::Kind::AckNewLeader);
    ack->epoch = newLeader.epoch;
    context.send(from, ack);
    logEarlyProposals(context, from);
    if (newLeader.zxid != 0)
        deliverUpTo(context, newLeader.zxid);
}

void ZabNode::onAckNewLeader(NodeContext &context, NodeId from, const ZabMessage &ack)
{
    if (mState != State::Leading || ack.epoch != mNewEpoch)
        return;
    if (!isObserver(context, from))
        mSynced.insert(from);
    if (!mEstablished && static_cast<int>(mSynced.size()) >= quorum(context))
        establish(context);
    else if (mEstablished && mCommitted != 0)
        context.send(from, commitMessage());
}

void ZabNode::noteSync(NodeContext &context, std::int64_t epoch)
{
    context.note({&kSyncNote, 0, {epoch, static_cast<std::int64_t>(mDurable.history.size())}, historyText(mDurable.history)});
}

void ZabNode::establish(NodeContext &context)
{
    mEstablished = true;
    mCounter = 0;
    context.note({&kEstablishedNote, 0, {mNewEpoch, static_cast<std::int64_t>(mDurable.history.size())}, {}});
    // Everything in the leader's history is now committed in the new epoch.
    if (!mDurable.history.empty()) {
        mCommitted = lastZxid();
        context.note({&kCommitNote, 0, {mCommitted}, {}});
        const auto commit = commitMessage();
        for (NodeId node : mSynced) {
            if (node != mId)
                context.send(node, commit);
        }
        deliverUpTo(context, mCommitted);
    }
}

} // namespace cs::zab
