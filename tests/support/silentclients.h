#pragma once

#include "protocol.h"

namespace cs::testing {

// A deliberately broken wrapper around any protocol: its nodes behave exactly as the protocol's,
// except that they swallow every client operation and never answer it.
class SilentClientsProtocol final : public Protocol
{
public:
    explicit SilentClientsProtocol(const Protocol &inner) : mInner(inner) {}

    const ProtocolDescriptor &descriptor() const override { return mInner.descriptor(); }
    std::unique_ptr<ProtocolNode> createNode(NodeId id, int clusterSize) const override;
    std::unique_ptr<InvariantChecker> createChecker(const ParameterValues &parameters) const override
    {
        return mInner.createChecker(parameters);
    }

private:
    const Protocol &mInner;
};

} // namespace cs::testing
