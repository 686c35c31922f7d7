#pragma once

#include "protocol.h"
#include "simulation.h"

namespace cs::testing {

// A tiny protocol for engine tests: each node pings every peer on start and on a 100 ms timer,
// answers pings with pongs, and keeps a durable count of pongs received.
class PingProtocol final : public Protocol
{
public:
    PingProtocol();

    const ProtocolDescriptor &descriptor() const override { return mDescriptor; }
    std::unique_ptr<ProtocolNode> createNode(NodeId id, int clusterSize) const override;
    std::unique_ptr<InvariantChecker> createChecker(const ParameterValues &parameters) const override;

private:
    ProtocolDescriptor mDescriptor;
};

// The state of one ping node, readable by tests.
class PingNode final : public ProtocolNode
{
public:
    explicit PingNode(NodeId id) : mId(id) {}

    std::unique_ptr<ProtocolNode> clone() const override { return std::make_unique<PingNode>(*this); }
    std::unique_ptr<ProtocolNode> durableRemains() const override;
    void start(NodeContext &context) override;
    void restart(NodeContext &context) override;
    void onMessage(NodeContext &context, NodeId from, const Message &message) override;
    void onTimer(NodeContext &context, int timer) override;
    void onClientRequest(NodeContext &context, const ClientRequest &request) override;
    void onParameterChanged(NodeContext &, int) override {}
    NodeDescription describe(std::size_t logLimit) const override;

    int pongsReceived() const { return mPongs; }
    int pingsSeen() const { return mPings; }
    int restarts() const { return mRestarts; }

private:
    NodeId mId;
    int mPongs = 0;
    int mRestarts = 0;
    int mPings = 0;
};

ParameterValues pingParameters(int nodes);

} // namespace cs::testing
