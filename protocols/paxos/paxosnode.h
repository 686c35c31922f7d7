#pragma once

#include <map>
#include <set>
#include <string>

#include "paxosmessages.h"
#include "protocol.h"
#include "simulation.h"

namespace cs::paxos {

// Deliberate departures, so the checkers can be seen to catch them.
enum class Variant { Correct, ForgetsPromise };

// What an acceptor and a proposer keep on stable storage.
struct PaxosDurable
{
    Ballot promised;
    Ballot accepted;
    std::string acceptedValue;
    std::int64_t highestRound = 0;
    std::string learned;
};

// One node of single-decree Paxos. Nodes 1..P propose (P is a parameter); the others accept; every
// node learns. A node may hold several roles when there are no other nodes to hold them.
class PaxosNode final : public ProtocolNode
{
public:
    enum class Phase { Idle, Preparing, Accepting, Done };

    PaxosNode(NodeId id, int clusterSize, Variant variant);

    std::unique_ptr<ProtocolNode> clone() const override { return std::make_unique<PaxosNode>(*this); }
    std::unique_ptr<ProtocolNode> durableRemains() const override;
    void start(NodeContext &) override {}
    void restart(NodeContext &context) override;
    void onMessage(NodeContext &context, NodeId from, const Message &message) override;
    void onTimer(NodeContext &context, int timer) override;
    void onClientCommand(NodeContext &context, const std::string &command) override;
    void onParameterChanged(NodeContext &, int) override {}
    NodeDescription describe(std::size_t logLimit) const override;

    const PaxosDurable &durable() const { return mDurable; }
    Phase phase() const { return mPhase; }

private:
    bool isProposer(const NodeContext &context) const;
    bool isAcceptor(const NodeContext &context, NodeId node) const;
    int acceptorCount(const NodeContext &context) const;
    std::shared_ptr<PaxosMessage> message(PaxosMessage::Kind kind) const;
    // Sends, or hands the message straight to this node when it holds both roles.
    void deliver(NodeContext &context, NodeId to, const std::shared_ptr<PaxosMessage> &message);
    void startRound(NodeContext &context);
    void retryLater(NodeContext &context);
    void learn(NodeContext &context, const std::string &value);
    // A node back from a crash that has not learned the value asks every node until one tells it.
    void askForDecision(NodeContext &context);

    // paxosacceptor.cpp
    void onPrepare(NodeContext &context, NodeId from, const PaxosMessage &prepare);
    void onAccept(NodeContext &context, NodeId from, const PaxosMessage &accept);

    // paxosproposer.cpp
    void onPromise(NodeContext &context, NodeId from, const PaxosMessage &promise);
    void onAccepted(NodeContext &context, NodeId from, const PaxosMessage &accepted);
    void onNack(NodeContext &context, const PaxosMessage &nack);

    NodeId mId;
    int mClusterSize;
    Variant mVariant;
    PaxosDurable mDurable;

    Phase mPhase = Phase::Idle;
    Ballot mBallot;
    std::string mMyValue;
    std::string mProposedValue;
    std::map<NodeId, std::pair<Ballot, std::string>> mPromises;
    std::set<NodeId> mAccepted;
    bool mAsking = false;
};

const char *phaseName(PaxosNode::Phase phase);

} // namespace cs::paxos
