#pragma once

#include <map>
#include <string>
#include <vector>

#include "protocol.h"
#include "raftmessages.h"
#include "sharedchunkvector.h"
#include "simulation.h"

namespace cs::raft {

enum class Role { Follower, Candidate, Leader };

const char *roleName(Role role);

// Deliberate departures from Raft, so tests and lessons can show what the checkers catch.
enum class Variant {
    Correct,
    CommitOldTermsByCounting,
};

// What a Raft server keeps on stable storage (Figure 2 of the Raft paper).
struct DurableState
{
    std::int64_t currentTerm = 0;
    NodeId votedFor = 0;
    SharedChunkVector<LogEntry> log;
};

// One Raft server: election, replication, commitment and a small key-value state machine.
class RaftNode final : public ProtocolNode
{
public:
    RaftNode(NodeId id, int clusterSize, Variant variant);

    std::unique_ptr<ProtocolNode> clone() const override;
    std::unique_ptr<ProtocolNode> durableRemains() const override;

    void start(NodeContext &context) override;
    void restart(NodeContext &context) override;
    void onMessage(NodeContext &context, NodeId from, const Message &message) override;
    void onTimer(NodeContext &context, int timer) override;
    void onClientRequest(NodeContext &context, const ClientRequest &request) override;
    void onParameterChanged(NodeContext &context, int parameter) override;
    NodeDescription describe(std::size_t logLimit) const override;

    Role role() const { return mRole; }
    std::int64_t currentTerm() const { return mDurable.currentTerm; }
    NodeId votedFor() const { return mDurable.votedFor; }
    const SharedChunkVector<LogEntry> &log() const { return mDurable.log; }
    std::int64_t lastLogIndex() const { return static_cast<std::int64_t>(mDurable.log.size()); }
    std::int64_t lastLogTerm() const { return termAt(lastLogIndex()); }
    std::int64_t termAt(std::int64_t index) const;
    std::int64_t commitIndex() const { return mCommitIndex; }
    std::int64_t lastApplied() const { return mLastApplied; }
    NodeId leaderHint() const { return mLeaderHint; }
    const std::map<std::string, std::string> &store() const { return mStore; }

private:
    // raftelection.cpp
    void armElectionTimer(NodeContext &context);
    void startElection(NodeContext &context);
    void becomeFollower(NodeContext &context, std::int64_t term);
    void becomeLeader(NodeContext &context);
    void handleRequestVote(NodeContext &context, NodeId from, const RequestVote &request);
    void handleVoteReply(NodeContext &context, NodeId from, const VoteReply &reply);
    void setRole(NodeContext &context, Role role);

    // raftreplication.cpp
    void appendLocal(NodeContext &context, LogEntry entry);
    void truncateFrom(NodeContext &context, std::int64_t index);
    void replicateTo(NodeContext &context, NodeId peer);
    void replicateToAll(NodeContext &context);
    void handleAppendEntries(NodeContext &context, NodeId from, const AppendEntries &request);
    void handleAppendReply(NodeContext &context, NodeId from, const AppendReply &reply);
    void advanceLeaderCommit(NodeContext &context);
    void setCommitIndex(NodeContext &context, std::int64_t index);
    void applyCommitted(NodeContext &context);
    void acceptCommand(NodeContext &context, const ClientRequest &request, bool forwarded);
    void answerClient(NodeContext &context, std::int64_t index, const LogEntry &entry);

    NodeId mId;
    int mClusterSize;
    Variant mVariant;
    DurableState mDurable;

    Role mRole = Role::Follower;
    NodeId mLeaderHint = 0;
    std::int64_t mCommitIndex = 0;
    std::int64_t mLastApplied = 0;
    std::vector<bool> mVotesGranted;
    std::vector<std::int64_t> mNextIndex;
    std::vector<std::int64_t> mMatchIndex;
    std::vector<bool> mProbing;
    std::map<std::string, std::string> mStore;
    // Client operations this node appended as leader, by log index, with the term of their entry;
    // answered when this node applies that index (volatile: a crash leaves them to time out).
    std::map<std::int64_t, std::pair<ClientRequest, std::int64_t>> mClientRequests;
};

} // namespace cs::raft
