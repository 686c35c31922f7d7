#include "zabnode.h"

#include "zabnotes.h"

namespace cs::zab {

void ZabNode::startLooking(NodeContext &context)
{
    mLeader = 0;
    mEstablished = false;
    mNewEpoch = 0;
    mSettled.clear();
    mReceived.clear();
    mProposalAcks.clear();
    context.cancelTimer(kPingTimer);
    context.cancelTimer(kFinalizeTimer);
    setState(context, State::Looking);
    ++mRound;
    // Every voter first votes for itself: its epoch, its last zxid, its id.
    mVote = Vote{mDurable.currentEpoch, lastZxid(), mId};
    if (!isObserver(context, mId)) {
        mReceived[mId] = mVote;
        broadcastVote(context);
    } else {
        auto notification = message(ZabMessage::Kind::Notification);
        notification->round = mRound;
        context.broadcast(notification);
    }
    context.startTimer(kLivenessTimer, context.parameter(kParamTickTimeout) * 2);
}

void ZabNode::broadcastVote(NodeContext &context)
{
    context.note({&kVoteNote, 0, {mRound, mVote.leader, mVote.zxid, mVote.epoch}, {}});
    auto notification = message(ZabMessage::Kind::Notification);
    notification->round = mRound;
    notification->vote = mVote;
    context.broadcast(notification);
}

void ZabNode::onNotification(NodeContext &context, NodeId from, const ZabMessage &notification)
{
    if (mState != State::Looking && from == mLeader && !notification.settled) {
        // Our leader is looking (it restarted or lost its quorum): look too.
        startLooking(context);
    }
    if (mState != State::Looking) {
        // Settled servers answer a looking one with the leader they follow.
        if (!notification.settled && mLeader != 0) {
            auto reply = message(ZabMessage::Kind::Notification);
            reply->round = mRound;
            reply->vote = Vote{mDurable.currentEpoch, lastZxid(), mLeader};
            reply->settled = true;
            context.send(from, reply);
        }
        return;
    }
    if (notification.settled) {
        mSettled[from] = notification.vote;
        int support = 0;
        for (const auto &[node, vote] : mSettled)
            support += vote.leader == notification.vote.leader && !isObserver(context, node) ? 1 : 0;
        if (support + 1 >= quorum(context)) {
            mVote = notification.vote;
            if (mVote.leader == mId)
                lead(context);
            else
                follow(context, mVote.leader);
        }
        return;
    }
    if (isObserver(context, from) || notification.vote.leader == 0)
        return;
    if (isObserver(context, mId)) {
        mReceived[from] = notification.vote;
        checkElectionQuorum(context);
        return;
    }
    if (notification.round > mRound) {
        mRound = notification.round;
        mReceived.clear();
        mVote = std::max(notification.vote, Vote{mDurable.currentEpoch, lastZxid(), mId});
        mReceived[mId] = mVote;
        broadcastVote(context);
    } else if (notification.round == mRound && notification.vote > mVote) {
        mVote = notification.vote;
        mReceived[mId] = mVote;
        broadcastVote(context);
    } else if (notification.round < mRound) {
        auto reply = message(ZabMessage::Kind::Notification);
        reply->round = mRound;
        reply->vote = mVote;
        context.send(from, reply);
        return;
    }
    mReceived[from] = notification.vote;
    checkElectionQuorum(context);
}

void ZabNode::checkElectionQuorum(NodeContext &context)
{
    std::map<NodeId, int> support;
    for (const auto &[node, vote] : mReceived)
        ++support[vote.leader];
    const NodeId candidate = isObserver(context, mId) ? 0 : mVote.leader;
    for (const auto &[leader, count] : support) {
        if (count >= quorum(context) && (candidate == 0 || leader == candidate)) {
            if (isObserver(context, mId))
                mVote.leader = leader;
            // Wait a little for a better vote before settling (FastLeaderElection's finalize wait).
            context.startTimer(kFinalizeTimer, context.parameter(kParamFinalizeWait));
            return;
        }
    }
}

void ZabNode::finishElection(NodeContext &context)
{
    if (mState != State::Looking)
        return;
    int support = 0;
    for (const auto &[node, vote] : mReceived)
        support += vote.leader == mVote.leader ? 1 : 0;
    if (support < quorum(context))
        return;
    if (mVote.leader == mId)
        lead(context);
    else
        follow(context, mVote.leader);
}

} // namespace cs::zab
