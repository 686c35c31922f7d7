#include "silentclients.h"

namespace cs::testing {

namespace {

// A protocol node that never answers a client.
class SilentNode final : public ProtocolNode
{
public:
    explicit SilentNode(std::unique_ptr<ProtocolNode> inner) : mInner(std::move(inner)) {}

    std::unique_ptr<ProtocolNode> clone() const override { return std::make_unique<SilentNode>(mInner->clone()); }
    std::unique_ptr<ProtocolNode> durableRemains() const override
    {
        return std::make_unique<SilentNode>(mInner->durableRemains());
    }
    void start(NodeContext &context) override { mInner->start(context); }
    void restart(NodeContext &context) override { mInner->restart(context); }
    void onMessage(NodeContext &context, NodeId from, const Message &message) override
    {
        mInner->onMessage(context, from, message);
    }
    void onTimer(NodeContext &context, int timer) override { mInner->onTimer(context, timer); }
    void onClientRequest(NodeContext &, const ClientRequest &) override {}
    void onParameterChanged(NodeContext &context, int parameter) override
    {
        mInner->onParameterChanged(context, parameter);
    }
    NodeDescription describe(std::size_t logLimit) const override { return mInner->describe(logLimit); }

private:
    std::unique_ptr<ProtocolNode> mInner;
};

} // namespace

std::unique_ptr<ProtocolNode> SilentClientsProtocol::createNode(NodeId id, int clusterSize) const
{
    return std::make_unique<SilentNode>(mInner.createNode(id, clusterSize));
}

} // namespace cs::testing
