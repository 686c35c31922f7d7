#pragma once

#include "bullynode.h"
#include "protocol.h"

namespace cs::bully {

// The Bully election as the engine and the app see it.
class BullyProtocol final : public Protocol
{
public:
    explicit BullyProtocol(Variant variant = Variant::Correct);

    const ProtocolDescriptor &descriptor() const override { return mDescriptor; }
    std::unique_ptr<ProtocolNode> createNode(NodeId id, int clusterSize) const override;
    std::unique_ptr<InvariantChecker> createChecker(const ParameterValues &parameters) const override;

private:
    Variant mVariant;
    ProtocolDescriptor mDescriptor;
};

} // namespace cs::bully
