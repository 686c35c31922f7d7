#pragma once

#include "protocol.h"

namespace cs::paxos {

// Multi-Paxos as the engine and the app see it.
class MultiPaxosProtocol final : public Protocol
{
public:
    MultiPaxosProtocol();

    const ProtocolDescriptor &descriptor() const override { return mDescriptor; }
    std::unique_ptr<ProtocolNode> createNode(NodeId id, int clusterSize) const override;
    std::unique_ptr<InvariantChecker> createChecker(const ParameterValues &parameters) const override;

private:
    ProtocolDescriptor mDescriptor;
};

} // namespace cs::paxos
