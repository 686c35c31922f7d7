#include "paxosnode.h"

#include "paxosnotes.h"

namespace cs::paxos {

void PaxosNode::onPrepare(NodeContext &context, NodeId from, const PaxosMessage &prepare)
{
    if (!isAcceptor(context, mId))
        return;
    if (prepare.ballot > mDurable.promised) {
        // Promise never to accept a lower number, and report what was accepted so far.
        mDurable.promised = prepare.ballot;
        context.note({&kPromiseNote, 0, {prepare.ballot.code()}, {}});
        auto promise = message(PaxosMessage::Kind::Promise);
        promise->ballot = prepare.ballot;
        promise->acceptedBallot = mDurable.accepted;
        promise->value = mDurable.acceptedValue;
        deliver(context, from, promise);
        return;
    }
    auto nack = message(PaxosMessage::Kind::Nack);
    nack->ballot = mDurable.promised;
    deliver(context, from, nack);
}

void PaxosNode::onAccept(NodeContext &context, NodeId from, const PaxosMessage &accept)
{
    if (!isAcceptor(context, mId))
        return;
    if (accept.ballot >= mDurable.promised) {
        mDurable.promised = accept.ballot;
        mDurable.accepted = accept.ballot;
        mDurable.acceptedValue = accept.value;
        context.note({&kAcceptNote, 0, {accept.ballot.code()}, accept.value});
        auto accepted = message(PaxosMessage::Kind::Accepted);
        accepted->ballot = accept.ballot;
        accepted->value = accept.value;
        deliver(context, from, accepted);
        return;
    }
    auto nack = message(PaxosMessage::Kind::Nack);
    nack->ballot = mDurable.promised;
    deliver(context, from, nack);
}

} // namespace cs::paxos
