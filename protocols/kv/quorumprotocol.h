#pragma once

#include "protocol.h"
#include "quorumnode.h"

namespace cs::quorum {

// The leaderless quorum store (Dynamo style) as a protocol: N replicas per key on a ring, W and R
// quorums, last-writer-wins or siblings, read repair, anti-entropy and sloppy quorums with hints.
class QuorumProtocol final : public Protocol
{
public:
    explicit QuorumProtocol(Variant variant = Variant::Correct);

    const ProtocolDescriptor &descriptor() const override { return mDescriptor; }
    std::unique_ptr<ProtocolNode> createNode(NodeId id, int clusterSize) const override;
    std::unique_ptr<InvariantChecker> createChecker(const ParameterValues &parameters) const override;

private:
    Variant mVariant;
    ProtocolDescriptor mDescriptor;
};

} // namespace cs::quorum
