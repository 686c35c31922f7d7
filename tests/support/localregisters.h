#pragma once

#include "protocol.h"

namespace cs::testing {

// A store that does not replicate at all: each node answers reads and writes from its own copy
// at once, so a read at one node after a write at another is stale for certain. For GUI tests of
// the consistency lab that need a history no protocol of the product would make on purpose.
class LocalRegistersProtocol final : public Protocol
{
public:
    LocalRegistersProtocol();

    const ProtocolDescriptor &descriptor() const override { return mDescriptor; }
    std::unique_ptr<ProtocolNode> createNode(NodeId id, int clusterSize) const override;
    std::unique_ptr<InvariantChecker> createChecker(const ParameterValues &parameters) const override;

private:
    ProtocolDescriptor mDescriptor;
};

} // namespace cs::testing
