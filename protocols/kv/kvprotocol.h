#pragma once

#include "kvnode.h"
#include "protocol.h"

namespace cs::kv {

// The replicated key-value store of the consistency lab, with its CP and AP modes and its
// reconciliation policy as choice parameters.
class KvProtocol final : public Protocol
{
public:
    explicit KvProtocol(Variant variant = Variant::Correct);

    const ProtocolDescriptor &descriptor() const override { return mDescriptor; }
    std::unique_ptr<ProtocolNode> createNode(NodeId id, int clusterSize) const override;
    std::unique_ptr<InvariantChecker> createChecker(const ParameterValues &parameters) const override;
    // Joins the sessions key by key: what the client wrote and what it read only grow.
    std::string joinTokens(const std::string &held, const std::string &reply) const override;

private:
    Variant mVariant;
    ProtocolDescriptor mDescriptor;
};

} // namespace cs::kv
