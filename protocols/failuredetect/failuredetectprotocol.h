#pragma once

#include "protocol.h"

namespace cs::failuredetect {

// Heartbeat failure detection as the engine and the app see it: a fixed timeout or the phi
// accrual detector (normal or logistic), chosen by a parameter.
class FailureDetectProtocol final : public Protocol
{
public:
    FailureDetectProtocol();

    const ProtocolDescriptor &descriptor() const override { return mDescriptor; }
    std::unique_ptr<ProtocolNode> createNode(NodeId id, int clusterSize) const override;
    std::unique_ptr<InvariantChecker> createChecker(const ParameterValues &parameters) const override;

private:
    ProtocolDescriptor mDescriptor;
};

} // namespace cs::failuredetect
