#include "balancenode.h"

#include <algorithm>

#include "balancenotes.h"

namespace cs::balance {

int serverCount(std::int64_t servers, int clusterSize)
{
    return static_cast<int>(std::clamp<std::int64_t>(servers, 1, std::max(1, clusterSize - 2)));
}

BalanceNode::BalanceNode(NodeId id, Variant variant)
    : mId(id)
    , mVariant(variant)
{
}

std::unique_ptr<ProtocolNode> BalanceNode::durableRemains() const
{
    // Only a client's request numbering survives a crash; sessions, queues and counts are lost.
    auto fresh = std::make_unique<BalanceNode>(mId, mVariant);
    fresh->mClient.setSequence(mClient.sequence());
    return fresh;
}

void BalanceNode::start(NodeContext &context)
{
    const int servers = serverCount(context.parameter(kParamServers), context.clusterSize());
    mAlgorithm = static_cast<Algorithm>(context.parameter(kParamAlgorithm));
    if (mId == 1) {
        mPart = Part::Balancer;
        mBalancer.start(context, servers, mVariant);
    } else if (mId <= servers + 1) {
        mPart = Part::Server;
        mServer.start(context, mId - 2);
    } else {
        mPart = Part::Client;
        mClient.start(context);
    }
    context.note({&kRoleNote, 0, {}, describe(0).role});
}

void BalanceNode::onMessage(NodeContext &context, NodeId from, const Message &raw)
{
    const auto &message = static_cast<const BalanceMessage &>(raw);
    switch (mPart) {
    case Part::Balancer: mBalancer.onMessage(context, from, message); break;
    case Part::Server:
        if (message.kind == BalanceMessage::Kind::Forward)
            mServer.onForward(context, message);
        break;
    case Part::Client:
        if (message.kind == BalanceMessage::Kind::Reply)
            mClient.onReply(context, message);
        break;
    }
}

void BalanceNode::onTimer(NodeContext &context, int timer)
{
    switch (mPart) {
    case Part::Balancer:
        if (timer == kDeadlineTimer)
            mBalancer.onDeadline(context);
        break;
    case Part::Server:
        if (timer == kServiceTimer)
            mServer.onServiceTimer(context);
        break;
    case Part::Client:
        if (timer == kSendTimer)
            mClient.onSendTimer(context);
        else if (timer == kDeadlineTimer)
            mClient.onDeadline(context);
        break;
    }
}

void BalanceNode::onClientRequest(NodeContext &context, const ClientRequest &request)
{
    context.replyFail(request.operation, "clients generate their own requests");
}

void BalanceNode::onParameterChanged(NodeContext &context, int parameter)
{
    if (parameter == kParamAlgorithm)
        mAlgorithm = static_cast<Algorithm>(context.parameter(kParamAlgorithm));
}

const char *algorithmName(Algorithm algorithm)
{
    switch (algorithm) {
    case Algorithm::RoundRobin: return "round-robin";
    case Algorithm::WeightedRoundRobin: return "weighted-round-robin";
    case Algorithm::SmoothWeighted: return "smooth-weighted";
    case Algorithm::Random: return "random";
    case Algorithm::WeightedRandom: return "weighted-random";
    case Algorithm::LeastConnections: return "least-connections";
    case Algorithm::WeightedLeastConnections: return "weighted-least-connections";
    case Algorithm::SourceHash: return "source-hash";
    case Algorithm::ConsistentHash: return "consistent-hash";
    }
    return "unknown";
}

NodeDescription BalanceNode::describe(std::size_t) const
{
    NodeDescription description;
    switch (mPart) {
    case Part::Balancer: mBalancer.describe(description, mAlgorithm); break;
    case Part::Server: mServer.describe(description); break;
    case Part::Client: mClient.describe(description); break;
    }
    return description;
}

} // namespace cs::balance
