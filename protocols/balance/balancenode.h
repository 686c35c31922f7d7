#pragma once

#include "balancer.h"
#include "client.h"
#include "server.h"

namespace cs::balance {

// One node of the balanced cluster; its part follows from its id once the parameters are known:
// node 1 the balancer, the next `servers` nodes the servers, the rest the clients.
class BalanceNode final : public ProtocolNode
{
public:
    enum class Part { Balancer, Server, Client };

    BalanceNode(NodeId id, Variant variant);

    std::unique_ptr<ProtocolNode> clone() const override { return std::make_unique<BalanceNode>(*this); }
    std::unique_ptr<ProtocolNode> durableRemains() const override;
    void start(NodeContext &context) override;
    void restart(NodeContext &context) override { start(context); }
    void onMessage(NodeContext &context, NodeId from, const Message &message) override;
    void onTimer(NodeContext &context, int timer) override;
    void onClientRequest(NodeContext &context, const ClientRequest &request) override;
    void onParameterChanged(NodeContext &context, int parameter) override;
    NodeDescription describe(std::size_t logLimit) const override;

    Part part() const { return mPart; }
    const Balancer &balancer() const { return mBalancer; }

private:
    NodeId mId;
    Variant mVariant;
    Part mPart = Part::Client;
    Algorithm mAlgorithm = Algorithm::SmoothWeighted;
    Balancer mBalancer;
    Server mServer;
    Client mClient;
};

// How many servers a cluster of this size has: the parameter, leaving node 1 and one client.
int serverCount(std::int64_t servers, int clusterSize);

const char *algorithmName(Algorithm algorithm);

} // namespace cs::balance
