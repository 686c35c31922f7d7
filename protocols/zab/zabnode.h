#pragma once

#include <map>
#include <set>
#include <vector>

#include "protocol.h"
#include "simulation.h"
#include "zabmessages.h"

namespace cs::zab {

// Deliberate departures, so the checkers can be seen to catch them.
enum class Variant { Correct, BroadcastsBeforeSync };

// What a ZooKeeper server keeps on disk: its history and the epochs it has accepted and adopted.
struct ZabDurable
{
    std::vector<Transaction> history;
    std::int64_t acceptedEpoch = 0;
    std::int64_t currentEpoch = 0;
    // The leader whose NewEpoch set acceptedEpoch (this server when it proposed it; 0 when it only
    // learned of the epoch): an epoch is acknowledged to one leader only.
    NodeId acceptedFrom = 0;
};

// One ZAB server: fast leader election by (epoch, zxid, id), discovery of a new epoch,
// synchronisation of followers to the leader's history, then proposal, ack and commit.
class ZabNode final : public ProtocolNode
{
public:
    enum class State { Looking, Following, Leading, Observing };

    ZabNode(NodeId id, int clusterSize, Variant variant);

    std::unique_ptr<ProtocolNode> clone() const override { return std::make_unique<ZabNode>(*this); }
    std::unique_ptr<ProtocolNode> durableRemains() const override;
    void start(NodeContext &context) override { startLooking(context); }
    void restart(NodeContext &context) override { startLooking(context); }
    void onMessage(NodeContext &context, NodeId from, const Message &message) override;
    void onTimer(NodeContext &context, int timer) override;
    void onClientRequest(NodeContext &context, const ClientRequest &request) override;
    void onParameterChanged(NodeContext &, int) override {}
    NodeDescription describe(std::size_t logLimit) const override;

    State state() const { return mState; }
    bool established() const { return mEstablished; }
    const ZabDurable &durable() const { return mDurable; }
    Zxid lastZxid() const { return mDurable.history.empty() ? 0 : mDurable.history.back().zxid; }

private:
    bool isObserver(const NodeContext &context, NodeId node) const;
    int quorum(const NodeContext &context) const;
    std::shared_ptr<ZabMessage> message(ZabMessage::Kind kind) const;
    void setState(NodeContext &context, State state);

    // zabelection.cpp
    void startLooking(NodeContext &context);
    void broadcastVote(NodeContext &context);
    void onNotification(NodeContext &context, NodeId from, const ZabMessage &notification);
    void checkElectionQuorum(NodeContext &context);
    void finishElection(NodeContext &context);

    // zabsync.cpp
    void lead(NodeContext &context);
    void follow(NodeContext &context, NodeId leader);
    void sendFollowerInfo(NodeContext &context);
    // Logs the proposals kept back while a gap or the sync was pending, in zxid order.
    void logEarlyProposals(NodeContext &context, NodeId from);
    void onFollowerInfo(NodeContext &context, NodeId from, const ZabMessage &info);
    void onNewEpoch(NodeContext &context, NodeId from, const ZabMessage &newEpoch);
    void onAckEpoch(NodeContext &context, NodeId from, const ZabMessage &ack);
    void onNewLeader(NodeContext &context, NodeId from, const ZabMessage &newLeader);
    void onAckNewLeader(NodeContext &context, NodeId from, const ZabMessage &ack);
    void establish(NodeContext &context);
    // Notes that this server now holds its history for `epoch`, listing the history's zxids.
    void noteSync(NodeContext &context, std::int64_t epoch);
    void syncFollower(NodeContext &context, NodeId follower);

    // zabbroadcast.cpp
    void propose(NodeContext &context, const std::string &value);
    void onProposal(NodeContext &context, NodeId from, const ZabMessage &proposal);
    void logProposal(NodeContext &context, NodeId from, Zxid zxid, const std::string &value);
    void onAck(NodeContext &context, NodeId from, const ZabMessage &ack);
    void onCommit(NodeContext &context, NodeId from, const ZabMessage &commit);
    std::shared_ptr<ZabMessage> commitMessage() const;
    void deliverUpTo(NodeContext &context, Zxid zxid);
    void onLivenessTimer(NodeContext &context);

    NodeId mId;
    int mClusterSize;
    Variant mVariant;
    ZabDurable mDurable;

    State mState = State::Looking;
    std::int64_t mRound = 0;
    Vote mVote;
    std::map<NodeId, Vote> mReceived;
    std::map<NodeId, Vote> mSettled;
    NodeId mLeader = 0;
    std::int64_t mNewEpoch = 0;
    bool mEstablished = false;
    std::set<NodeId> mFollowerInfos;
    std::set<NodeId> mEpochAcks;
    std::set<NodeId> mSynced;
    std::map<Zxid, std::set<NodeId>> mProposalAcks;
    Zxid mCommitted = 0;
    std::size_t mDelivered = 0;
    std::int64_t mCounter = 0;
    std::set<NodeId> mHeardSinceCheck;
    // A follower takes proposals and commits only once the leader has synced it in this session.
    bool mFollowerSynced = false;
    // Proposals that arrived ahead of a missing one (the network reorders); logged once the gap fills.
    std::map<Zxid, std::string> mEarlyProposals;
    // Client operations this node proposed as leader, by zxid; answered when it delivers the zxid
    // (volatile: a crash, or a sync that drops the proposal, leaves them to time out).
    std::map<Zxid, ClientRequest> mClientRequests;
};

const char *stateName(ZabNode::State state);

} // namespace cs::zab
