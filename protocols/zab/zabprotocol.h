#pragma once

#include "protocol.h"
#include "zabnode.h"

namespace cs::zab {

// ZAB (ZooKeeper atomic broadcast) as the engine and the app see it.
class ZabProtocol final : public Protocol
{
public:
    explicit ZabProtocol(Variant variant = Variant::Correct);

    const ProtocolDescriptor &descriptor() const override { return mDescriptor; }
    std::unique_ptr<ProtocolNode> createNode(NodeId id, int clusterSize) const override;
    std::unique_ptr<InvariantChecker> createChecker(const ParameterValues &parameters) const override;

private:
    Variant mVariant;
    ProtocolDescriptor mDescriptor;
};

} // namespace cs::zab
