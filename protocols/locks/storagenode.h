#pragma once

#include "lockmessages.h"
#include "protocol.h"
#include "simulation.h"

namespace cs::locks {

// The resource a lock protects (a file, a table): it applies writes and, when a write carries a
// fencing token, refuses it if a newer token has written already.
class StorageNode final : public ProtocolNode
{
public:
    std::unique_ptr<ProtocolNode> clone() const override { return std::make_unique<StorageNode>(*this); }
    std::unique_ptr<ProtocolNode> durableRemains() const override { return clone(); }
    void start(NodeContext &context) override;
    void restart(NodeContext &context) override { start(context); }
    void onMessage(NodeContext &context, NodeId from, const Message &message) override;
    void onTimer(NodeContext &, int) override {}
    void onClientRequest(NodeContext &context, const ClientRequest &request) override;
    void onParameterChanged(NodeContext &, int) override {}
    NodeDescription describe(std::size_t logLimit) const override;

private:
    std::int64_t mHighestToken = 0;
    std::int64_t mAccepted = 0;
    std::int64_t mRefused = 0;
    NodeId mLastWriter = 0;
    std::vector<LogEntryView> mWrites;
};

} // namespace cs::locks
