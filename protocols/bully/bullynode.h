#pragma once

#include "bullymessages.h"
#include "protocol.h"
#include "simulation.h"

namespace cs::bully {

// Deliberate departures, so the checkers can be seen to catch them.
enum class Variant { Correct, IgnoresAnswers };

// One node of the Bully algorithm: the highest live id becomes coordinator, a node that misses
// the coordinator's heartbeats starts an election, and a recovered higher node takes over again.
class BullyNode final : public ProtocolNode
{
public:
    enum class State { Normal, Electing, Coordinator };

    BullyNode(NodeId id, int clusterSize, Variant variant);

    std::unique_ptr<ProtocolNode> clone() const override { return std::make_unique<BullyNode>(*this); }
    std::unique_ptr<ProtocolNode> durableRemains() const override;
    void start(NodeContext &context) override { startElection(context); }
    void restart(NodeContext &context) override { startElection(context); }
    void onMessage(NodeContext &context, NodeId from, const Message &message) override;
    void onTimer(NodeContext &context, int timer) override;
    void onClientRequest(NodeContext &context, const ClientRequest &request) override;
    void onParameterChanged(NodeContext &, int) override {}
    NodeDescription describe(std::size_t logLimit) const override;

    State state() const { return mState; }
    NodeId coordinator() const { return mCoordinator; }

private:
    // An Election carries this node's round; an Answer carries answeredRound.
    void send(NodeContext &context, NodeId to, BullyMessage::Kind kind, std::int64_t answeredRound = 0);
    void startElection(NodeContext &context);
    void becomeCoordinator(NodeContext &context);
    void accept(NodeContext &context, NodeId coordinator);
    void armFailureTimer(NodeContext &context);
    void setState(NodeContext &context, State state);

    NodeId mId;
    int mClusterSize;
    Variant mVariant;
    State mState = State::Electing;
    NodeId mCoordinator = 0;
    std::int64_t mRound = 0;
    bool mAnswered = false;
    std::int64_t mMessagesThisElection = 0;
    std::int64_t mElectionsStarted = 0;
};

const char *stateName(BullyNode::State state);

} // namespace cs::bully
