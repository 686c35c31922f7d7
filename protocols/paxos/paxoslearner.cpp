#include "paxosnode.h"

#include "paxosnotes.h"

namespace cs::paxos {

void PaxosNode::learn(NodeContext &context, const std::string &value)
{
    if (!mDurable.learned.empty())
        return;
    mDurable.learned = value;
    mAsking = false;
    mPhase = Phase::Done;
    context.cancelTimer(kPhaseTimer);
    context.cancelTimer(kRetryTimer);
    context.note({&kLearnNote, 0, {}, value});
    for (const auto operation : mClientRequests)
        context.replyOk(operation, value);
    mClientRequests.clear();
}

void PaxosNode::restart(NodeContext &context)
{
    noteRole(context);
    // The decision may have been sent while this node was down: ask for it, and a proposer with a
    // client request on disk proposes it again. A node that knows the decision lost track of whom
    // it told, so it tells everyone again.
    if (mDurable.learned.empty()) {
        askForDecision(context);
        if (!mDurable.request.empty())
            startRound(context);
        return;
    }
    announce(context, otherNodes());
}

std::set<NodeId> PaxosNode::otherNodes() const
{
    std::set<NodeId> others;
    for (NodeId node = 1; node <= mClusterSize; ++node) {
        if (node != mId)
            others.insert(node);
    }
    return others;
}

void PaxosNode::announce(NodeContext &context, const std::set<NodeId> &nodes)
{
    mUninformed = nodes;
    auto decide = message(PaxosMessage::Kind::Decide);
    decide->value = mDurable.learned;
    for (NodeId node : mUninformed)
        context.send(node, decide);
    context.startTimer(kRetryTimer, context.parameter(kParamPhaseTimeout));
}

void PaxosNode::askForDecision(NodeContext &context)
{
    mAsking = true;
    context.broadcast(message(PaxosMessage::Kind::Query));
    context.startTimer(kRetryTimer, context.parameter(kParamPhaseTimeout));
}

void PaxosNode::onDecide(NodeContext &context, NodeId from, const PaxosMessage &decide)
{
    // A node that sends the decision knows it.
    mUninformed.erase(from);
    learn(context, decide.value);
    auto learned = message(PaxosMessage::Kind::Learned);
    learned->value = mDurable.learned;
    context.send(from, learned);
}

void PaxosNode::onQuery(NodeContext &context, NodeId from)
{
    if (mDurable.learned.empty())
        return;
    auto decide = message(PaxosMessage::Kind::Decide);
    decide->value = mDurable.learned;
    context.send(from, decide);
}

} // namespace cs::paxos
