#pragma once

#include <map>
#include <set>
#include <string>

#include "paxosmessages.h"
#include "protocol.h"
#include "simulation.h"

namespace cs::paxos {

// Multi-Paxos messages: phase 1 for every slot from a point on, phase 2 per slot, commits and
// the leader's heartbeat.
struct MultiPaxosMessage final : Message
{
    enum class Kind : std::uint8_t { Prepare, Promise, Accept, Accepted, Nack, Commit, Heartbeat };

    Kind kind = Kind::Prepare;
    Ballot ballot;
    std::int64_t slot = 0;
    std::string value;
    std::map<std::int64_t, std::pair<Ballot, std::string>> accepted;

    std::string_view type() const override;
    std::string label() const override;
    void writeFields(nlohmann::ordered_json &out) const override;
    std::size_t sizeInBytes() const override { return sizeof(*this) + accepted.size() * 64; }
};

// Stable storage of a Multi-Paxos node: its acceptor promise and accepted proposals per slot,
// the highest round it has used, and the chosen log it has learned.
struct MultiPaxosDurable
{
    Ballot promised;
    std::map<std::int64_t, std::pair<Ballot, std::string>> accepted;
    std::int64_t highestRound = 0;
    std::map<std::int64_t, std::string> chosen;
};

// One Multi-Paxos node: every node accepts and learns; one at a time leads. A leader runs phase 1
// once for all future slots, then phase 2 alone for each command; a node that misses the leader's
// heartbeats takes over with a higher ballot, re-proposing what acceptors had accepted.
class MultiPaxosNode final : public ProtocolNode
{
public:
    enum class Role { Follower, Candidate, Leader };

    MultiPaxosNode(NodeId id, int clusterSize);

    std::unique_ptr<ProtocolNode> clone() const override { return std::make_unique<MultiPaxosNode>(*this); }
    std::unique_ptr<ProtocolNode> durableRemains() const override;
    void start(NodeContext &context) override { armElection(context); }
    void restart(NodeContext &context) override { armElection(context); }
    void onMessage(NodeContext &context, NodeId from, const Message &message) override;
    void onTimer(NodeContext &context, int timer) override;
    void onClientRequest(NodeContext &context, const ClientRequest &request) override;
    void onParameterChanged(NodeContext &, int) override {}
    NodeDescription describe(std::size_t logLimit) const override;

    Role role() const { return mRole; }
    const MultiPaxosDurable &durable() const { return mDurable; }

private:
    std::shared_ptr<MultiPaxosMessage> message(MultiPaxosMessage::Kind kind) const;
    void deliver(NodeContext &context, NodeId to, const std::shared_ptr<MultiPaxosMessage> &message);
    void armElection(NodeContext &context);
    void campaign(NodeContext &context);
    void becomeLeader(NodeContext &context);
    void proposeInSlot(NodeContext &context, std::int64_t slot, const std::string &value);
    void learn(NodeContext &context, std::int64_t slot, const std::string &value);
    std::int64_t firstUnchosen() const;
    int majority() const { return mClusterSize / 2 + 1; }

    void onPrepare(NodeContext &context, NodeId from, const MultiPaxosMessage &prepare);
    void onPromise(NodeContext &context, NodeId from, const MultiPaxosMessage &promise);
    void onAccept(NodeContext &context, NodeId from, const MultiPaxosMessage &accept);
    void onAccepted(NodeContext &context, NodeId from, const MultiPaxosMessage &accepted);

    NodeId mId;
    int mClusterSize;
    MultiPaxosDurable mDurable;

    Role mRole = Role::Follower;
    Ballot mBallot;
    NodeId mLeaderHint = 0;
    std::set<NodeId> mPromisers;
    std::map<std::int64_t, std::pair<Ballot, std::string>> mPromisedAccepted;
    std::int64_t mNextSlot = 1;
    std::map<std::int64_t, std::string> mInFlight;
    std::map<std::int64_t, std::set<NodeId>> mAcceptedBy;
    // Client operations this node proposed as leader, by slot; answered when it learns the slot
    // (volatile: a crash leaves them to time out).
    std::map<std::int64_t, ClientRequest> mClientRequests;
};

} // namespace cs::paxos
