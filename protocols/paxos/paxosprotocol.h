#pragma once

#include "paxosnode.h"
#include "protocol.h"

namespace cs::paxos {

// Single-decree Paxos as the engine and the app see it.
class PaxosProtocol final : public Protocol
{
public:
    explicit PaxosProtocol(Variant variant = Variant::Correct);

    const ProtocolDescriptor &descriptor() const override { return mDescriptor; }
    std::unique_ptr<ProtocolNode> createNode(NodeId id, int clusterSize) const override;
    std::unique_ptr<InvariantChecker> createChecker(const ParameterValues &parameters) const override;

private:
    Variant mVariant;
    ProtocolDescriptor mDescriptor;
};

} // namespace cs::paxos
