#pragma once

#include "balancer.h"
#include "protocol.h"

namespace cs::balance {

// Load balancing as the engine and the app see it: clients, a balancer with an algorithm that can
// change while the cluster runs, and servers of different weights that may fail.
class BalanceProtocol final : public Protocol
{
public:
    explicit BalanceProtocol(Variant variant = Variant::Correct);

    const ProtocolDescriptor &descriptor() const override { return mDescriptor; }
    std::unique_ptr<ProtocolNode> createNode(NodeId id, int clusterSize) const override;
    std::unique_ptr<InvariantChecker> createChecker(const ParameterValues &parameters) const override;

private:
    Variant mVariant;
    ProtocolDescriptor mDescriptor;
};

} // namespace cs::balance
