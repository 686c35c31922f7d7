#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

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
    // The client request this proposer is trying to get chosen, so it tries again after a crash.
    std::string request;
};

// One node of single-decree Paxos. Nodes 1..P propose (P is a parameter); the others accept; every
// node learns, from the proposer that saw the value chosen or, back from a crash, by asking. A node
// may hold several roles when there are no other nodes to hold them.
class PaxosNode final : public ProtocolNode
{
public:
    enum class Phase { Idle, Preparing, Accepting, Done };

    PaxosNode(NodeId id, int clusterSize, Variant variant);

    std::unique_ptr<ProtocolNode> clone() const override { return std::make_unique<PaxosNode>(*this); }
    std::unique_ptr<ProtocolNode> durableRemains() const override;
    void start(NodeContext &context) override;
    void restart(NodeContext &context) override;
    void onMessage(NodeContext &context, NodeId from, const Message &message) override;
    void onTimer(NodeContext &context, int timer) override;
    void onClientRequest(NodeContext &context, const ClientRequest &request) override;
    void onParameterChanged(NodeContext &, int) override {}
    NodeDescription describe(std::size_t logLimit) const override;

    const PaxosDurable &durable() const { return mDurable; }
    Phase phase() const { return mPhase; }

private:
    bool isProposer(const NodeContext &context) const;
    bool isAcceptor(const NodeContext &context, NodeId node) const;
    int acceptorCount(const NodeContext &context) const;
    // Records whether this node proposes and whether it accepts, for outside checkers.
    void noteRole(NodeContext &context);
    std::shared_ptr<PaxosMessage> message(PaxosMessage::Kind kind) const;
    // Sends, or hands the message straight to this node when it holds both roles.
    void deliver(NodeContext &context, NodeId to, const std::shared_ptr<PaxosMessage> &message);
    void startRound(NodeContext &context);
    void retryLater(NodeContext &context);

    // paxoslearner.cpp
    void learn(NodeContext &context, const std::string &value);
    // Sends the decision to these nodes, and again every phase timeout until each confirms it.
    void announce(NodeContext &context, const std::set<NodeId> &nodes);
    std::set<NodeId> otherNodes() const;
    // A node back from a crash that has not learned the value asks every node until one tells it.
    void askForDecision(NodeContext &context);
    void onDecide(NodeContext &context, NodeId from, const PaxosMessage &decide);
    void onQuery(NodeContext &context, NodeId from);

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
    // Whether this node is one of the proposers, so its caption can say so while it is idle.
    bool mProposes = false;

    Phase mPhase = Phase::Idle;
    Ballot mBallot;
    std::string mProposedValue;
    std::map<NodeId, std::pair<Ballot, std::string>> mPromises;
    std::set<NodeId> mAccepted;
    bool mAsking = false;
    // Nodes that have not yet confirmed the decision this node announced.
    std::set<NodeId> mUninformed;
    // Client proposals waiting for the decision; each is answered with the chosen value (volatile).
    std::vector<OperationId> mClientRequests;
};

const char *phaseName(PaxosNode::Phase phase);

} // namespace cs::paxos
