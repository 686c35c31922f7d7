#pragma once

#include <deque>
#include <map>
#include <set>
#include <string>

#include "commitmessages.h"
#include "commitnotes.h"
#include "protocol.h"
#include "simulation.h"

namespace cs::commit {

// What a participant keeps on stable storage for one transaction.
struct ParticipantRecord
{
    TxState state = TxState::Init;
    bool votedYes = false;
    std::string undoRedo;
};

// What the coordinator keeps on stable storage for one transaction.
struct CoordinatorRecord
{
    std::string command;
    bool preCommitSent = false;
    bool decided = false;
    bool commit = false;
};

// Stable storage of a node: the coordinator's log or the participant's log, lock and vote setting.
struct CommitDurable
{
    std::int64_t nextTx = 0;
    std::map<std::int64_t, CoordinatorRecord> coordinatorLog;
    std::map<std::int64_t, ParticipantRecord> participantLog;
    std::int64_t lockedBy = 0;
    bool willVoteNo = false;
};

// One node of two- or three-phase commit: node 1 coordinates, the others are participants that
// vote, lock, and (in 3PC) run the termination protocol when the coordinator goes quiet.
class CommitNode final : public ProtocolNode
{
public:
    CommitNode(NodeId id, int clusterSize, bool threePhase);

    std::unique_ptr<ProtocolNode> clone() const override;
    std::unique_ptr<ProtocolNode> durableRemains() const override;
    void start(NodeContext &context) override;
    void restart(NodeContext &context) override;
    void onMessage(NodeContext &context, NodeId from, const Message &message) override;
    void onTimer(NodeContext &context, int timer) override;
    void onClientRequest(NodeContext &context, const ClientRequest &request) override;
    void onParameterChanged(NodeContext &, int) override {}
    NodeDescription describe(std::size_t logLimit) const override;

    bool isCoordinator() const { return mId == kCoordinator; }
    const CommitDurable &durable() const { return mDurable; }
    TxState stateOf(std::int64_t tx) const;

private:
    std::shared_ptr<CommitMessage> message(CommitMessage::Kind kind, std::int64_t tx) const;
    void sendToParticipants(NodeContext &context, const std::shared_ptr<CommitMessage> &message);
    int participants() const { return mClusterSize - 1; }

    // commitcoordinator.cpp
    void beginNext(NodeContext &context);
    void onVote(NodeContext &context, NodeId from, const CommitMessage &vote);
    void onAck(NodeContext &context, NodeId from, const CommitMessage &ack);
    void onCoordinatorTimer(NodeContext &context);
    // Tells the client that asked for a transaction how it ended.
    void answerClient(NodeContext &context, std::int64_t tx, bool commit);
    void decide(NodeContext &context, std::int64_t tx, bool commit, int reason);
    void answerDecisionRequest(NodeContext &context, NodeId from, std::int64_t tx);
    void recoverCoordinator(NodeContext &context);

    // commitparticipant.cpp
    void onPrepare(NodeContext &context, NodeId from, const CommitMessage &prepare);
    void onPreCommit(NodeContext &context, NodeId from, const CommitMessage &preCommit);
    void onDecision(NodeContext &context, NodeId from, const CommitMessage &decision);
    void onParticipantTimer(NodeContext &context);
    void applyOutcome(NodeContext &context, std::int64_t tx, bool commit);
    std::int64_t inDoubtTransaction() const;

    // committermination.cpp
    void startTermination(NodeContext &context, std::int64_t tx);
    void onStateRequest(NodeContext &context, NodeId from, const CommitMessage &request);
    void onStateReply(NodeContext &context, NodeId from, const CommitMessage &reply);
    void finishTermination(NodeContext &context);
    TxState knownState(std::int64_t tx) const;

    NodeId mId;
    int mClusterSize;
    bool mThreePhase;
    CommitDurable mDurable;

    // Coordinator, volatile.
    std::int64_t mActiveTx = 0;
    std::map<NodeId, bool> mVotes;
    std::set<NodeId> mAcks;
    std::deque<ClientRequest> mQueued;
    // The client operation each transaction answers, by transaction id (volatile: after a crash
    // the client times out).
    std::map<std::int64_t, OperationId> mClientRequests;

    // Participant, volatile.
    bool mReportedBlocked = false;
    std::int64_t mTerminatingTx = 0;
    bool mTerminationPreCommitting = false;
    std::map<NodeId, TxState> mCollected;
    // Restarted while in doubt: others may have decided without this node, so it only decides
    // in a termination where every node answered.
    bool mRecoveredInDoubt = false;
};

} // namespace cs::commit
