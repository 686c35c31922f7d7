#pragma once

#include "protocol.h"
#include "raftnode.h"

namespace cs::raft {

// Raft as the engine and the app see it: descriptor, node factory, checker factory.
class RaftProtocol final : public Protocol
{
public:
    explicit RaftProtocol(Variant variant = Variant::Correct);

    const ProtocolDescriptor &descriptor() const override { return mDescriptor; }
    std::unique_ptr<ProtocolNode> createNode(NodeId id, int clusterSize) const override;
    std::unique_ptr<InvariantChecker> createChecker(const ParameterValues &parameters) const override;

private:
    Variant mVariant;
    ProtocolDescriptor mDescriptor;
};

} // namespace cs::raft
