#pragma once

#include "failuredetectmessages.h"
#include "protocol.h"
#include "simulation.h"
#include "suspicion.h"

namespace cs::failuredetect {

// One node that sends a heartbeat to every other node at a fixed period and monitors every other
// node's heartbeats: when a peer's suspicion level (a fixed timeout, or phi) reaches the threshold
// it probes the peer a limited number of times, then suspects it until it is heard from again.
class DetectorNode final : public ProtocolNode
{
public:
    DetectorNode(NodeId id, int clusterSize);

    std::unique_ptr<ProtocolNode> clone() const override { return std::make_unique<DetectorNode>(*this); }
    std::unique_ptr<ProtocolNode> durableRemains() const override;
    void start(NodeContext &context) override;
    void restart(NodeContext &context) override { start(context); }
    void onMessage(NodeContext &context, NodeId from, const Message &message) override;
    void onTimer(NodeContext &context, int timer) override;
    void onClientRequest(NodeContext &context, const ClientRequest &request) override;
    void onParameterChanged(NodeContext &, int) override {}
    NodeDescription describe(std::size_t logLimit) const override;

    bool suspects(NodeId peer) const { return mPeers[static_cast<std::size_t>(peer)].suspected; }
    // The peer's suspicion level when this node last sampled it.
    double level(NodeId peer) const { return mPeers[static_cast<std::size_t>(peer)].level; }

private:
    // What this node knows of one monitored peer.
    struct Peer
    {
        ArrivalWindow window{1, kSecond};
        VirtualTime lastArrival = 0;
        bool counting = false;
        bool suspected = false;
        VirtualTime suspectedAt = 0;
        std::int64_t probes = 0;
        VirtualTime deadline = 0;
        double level = 0;
    };

    DetectorSettings settings(const NodeContext &context) const;
    void send(NodeContext &context, NodeId to, DetectorMessage::Kind kind, std::int64_t sequence);
    void heard(NodeContext &context, NodeId from, bool heartbeat);
    void expire(NodeContext &context, NodeId peer);
    void sample(const NodeContext &context);
    void rearm(NodeContext &context);
    void noteRole(NodeContext &context);
    std::string levelText(NodeId peer) const;
    std::string shortLevel(NodeId peer) const;

    NodeId mId;
    int mClusterSize;
    std::vector<Peer> mPeers;
    DetectorSettings mSettings;
    std::int64_t mSequence = 0;
    std::int64_t mSuspicions = 0;
    std::int64_t mWithdrawn = 0;
    std::int64_t mSuspectedCount = -1;
};

const char *formulaName(Formula formula);

} // namespace cs::failuredetect
