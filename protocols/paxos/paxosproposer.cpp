#include "paxosnode.h"

#include "paxosnotes.h"

namespace cs::paxos {

void PaxosNode::startRound(NodeContext &context)
{
    mBallot = Ballot{++mDurable.highestRound, mId};
    mPhase = Phase::Preparing;
    mPromises.clear();
    mAccepted.clear();
    auto prepare = message(PaxosMessage::Kind::Prepare);
    prepare->ballot = mBallot;
    for (NodeId node = 1; node <= mClusterSize; ++node) {
        if (isAcceptor(context, node))
            deliver(context, node, prepare);
    }
    context.startTimer(kPhaseTimer, context.parameter(kParamPhaseTimeout));
}

void PaxosNode::retryLater(NodeContext &context)
{
    mPhase = Phase::Idle;
    context.cancelTimer(kPhaseTimer);
    // With a distinguished proposer only node 1 keeps trying; the others wait for the decision.
    if (context.parameter(kParamDistinguished) != 0 && mId != 1)
        return;
    const auto backoff = context.parameter(kParamBackoffMax);
    const auto delay = context.parameter(kParamPhaseTimeout) / 4 + (backoff > 0 ? context.random().uniform(0, backoff) : 0);
    context.startTimer(kRetryTimer, delay);
}

void PaxosNode::onPromise(NodeContext &context, NodeId from, const PaxosMessage &promise)
{
    if (mPhase != Phase::Preparing || promise.ballot != mBallot)
        return;
    mPromises[from] = {promise.acceptedBallot, promise.value};
    if (static_cast<int>(mPromises.size()) * 2 <= acceptorCount(context))
        return;
    // The value of the highest-numbered proposal any promiser accepted, else our own.
    Ballot highest;
    mProposedValue = mDurable.request;
    for (const auto &[node, accepted] : mPromises) {
        if (accepted.first > highest) {
            highest = accepted.first;
            mProposedValue = accepted.second;
        }
    }
    mPhase = Phase::Accepting;
    context.note({&kProposeNote, 0, {mBallot.code()}, mProposedValue});
    auto accept = message(PaxosMessage::Kind::Accept);
    accept->ballot = mBallot;
    accept->value = mProposedValue;
    const auto promisers = mPromises;
    for (const auto &[node, accepted] : promisers)
        deliver(context, node, accept);
    context.startTimer(kPhaseTimer, context.parameter(kParamPhaseTimeout));
}

void PaxosNode::onAccepted(NodeContext &context, NodeId from, const PaxosMessage &accepted)
{
    if (mPhase != Phase::Accepting || accepted.ballot != mBallot)
        return;
    mAccepted.insert(from);
    if (static_cast<int>(mAccepted.size()) * 2 <= acceptorCount(context))
        return;
    context.note({&kChosenNote, 0, {mBallot.code()}, mProposedValue});
    learn(context, mProposedValue);
    announce(context, otherNodes());
}

void PaxosNode::onNack(NodeContext &context, const PaxosMessage &nack)
{
    mDurable.highestRound = std::max(mDurable.highestRound, nack.ballot.round);
    if (mPhase == Phase::Preparing || mPhase == Phase::Accepting)
        retryLater(context);
}

} // namespace cs::paxos
