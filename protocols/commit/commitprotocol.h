#pragma once

#include "protocol.h"

namespace cs::commit {

// Two-phase or three-phase commit as the engine and the app see it.
class CommitProtocol final : public Protocol
{
public:
    explicit CommitProtocol(bool threePhase);

    const ProtocolDescriptor &descriptor() const override { return mDescriptor; }
    std::unique_ptr<ProtocolNode> createNode(NodeId id, int clusterSize) const override;
    std::unique_ptr<InvariantChecker> createChecker(const ParameterValues &parameters) const override;

private:
    bool mThreePhase;
    ProtocolDescriptor mDescriptor;
};

} // namespace cs::commit
