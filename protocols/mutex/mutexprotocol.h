#pragma once

#include "mutexchecker.h"
#include "ricartnode.h"
#include "protocol.h"

namespace cs::mutex {

// One mutual-exclusion algorithm (centralized, Ricart-Agrawala with or without skipping failed
// peers, token ring), correct or with a rule deliberately broken, as the engine and the app see it.
class MutexProtocol final : public Protocol
{
public:
    MutexProtocol(Algorithm algorithm, Variant variant = Variant::Correct, bool skipFailed = false);

    const ProtocolDescriptor &descriptor() const override { return mDescriptor; }
    std::unique_ptr<ProtocolNode> createNode(NodeId id, int clusterSize) const override;
    std::unique_ptr<InvariantChecker> createChecker(const ParameterValues &parameters) const override;

private:
    void describeAlgorithm();

    Algorithm mAlgorithm;
    Variant mVariant;
    bool mSkipFailed;
    ProtocolDescriptor mDescriptor;
};

} // namespace cs::mutex
