#include "raftprotocol.h"

#include "raftchecker.h"
#include "raftnotes.h"

namespace cs::raft {

RaftProtocol::RaftProtocol(Variant variant)
    : mVariant(variant)
{
    if (variant == Variant::Correct) {
        mDescriptor.name = "raft";
        mDescriptor.title = "Raft";
        mDescriptor.summary = "Leader election and log replication with terms, majorities and the up-to-date vote rule.";
    } else {
        mDescriptor.name = "raft-unsafe-commit";
        mDescriptor.title = "Raft (unsafe: commits old-term entries by counting)";
        mDescriptor.summary = "Raft with the bug of Figure 8 of the Raft paper, for showing what the checkers catch.";
    }
    mDescriptor.parameters = networkParameterSpecs();
    mDescriptor.parameters.push_back({"electionTimeoutMin", "Election timeout (min)", ParameterUnit::Duration,
                                      150 * kMillisecond, 10 * kMillisecond, 60 * kSecond,
                                      "Shortest time a follower waits for the leader before it campaigns."});
    mDescriptor.parameters.push_back({"electionTimeoutMax", "Election timeout (max)", ParameterUnit::Duration,
                                      300 * kMillisecond, 10 * kMillisecond, 60 * kSecond,
                                      "Longest such wait; each wait is drawn at random from the range."});
    mDescriptor.parameters.push_back({"heartbeatInterval", "Heartbeat interval", ParameterUnit::Duration,
                                      50 * kMillisecond, 1 * kMillisecond, 30 * kSecond,
                                      "How often the leader sends AppendEntries when it has nothing new."});
    mDescriptor.roles = {{"follower", "#5b8def"}, {"candidate", "#f0a030"}, {"leader", "#2fa84f"}};
    mDescriptor.timers = {"election", "heartbeat"};
    mDescriptor.view.badgeFields = {"votedFor"};
    mDescriptor.view.progressTimer = kElectionTimer;
    mDescriptor.view.leaderRole = "leader";
    mDescriptor.view.clientRequest = "Client request to the leader";
    mDescriptor.meanings = {
        {.meaning = Meaning::RoleChange, .note = &kRoleNote, .key = 0},
        {.meaning = Meaning::Leader, .note = &kRoleNote, .text = "leader", .key = 0,
         .words = {"Run until a leader is elected", "Elections", "leaders", "No leader was elected"}},
        {.meaning = Meaning::Decision, .note = &kCommitNote, .key = 0, .novelty = Novelty::RisingKey,
         .words = {"Run until the next commit", "Commits", "commits", "Nothing was committed"}},
    };
    mDescriptor.notes = {&kRoleNote, &kVoteNote, &kAppendNote, &kTruncateNote,
                         &kCommitNote, &kApplyNote, &kRejectNote};
    mDescriptor.invariants = {"Election Safety", "Leader Append-Only", "Log Matching", "Leader Completeness",
                              "State Machine Safety", "Leader Commits Own Term", "Commit By Majority", "Monotonic Term", "Monotonic Commit",
                              "Log Continuity", "Commit Within Log", "Apply In Order", "Apply Only Committed",
                              "Notes Match State", "Commands Applied"};
}

std::unique_ptr<ProtocolNode> RaftProtocol::createNode(NodeId id, int clusterSize) const
{
    return std::make_unique<RaftNode>(id, clusterSize, mVariant);
}

std::unique_ptr<InvariantChecker> RaftProtocol::createChecker(const ParameterValues &parameters) const
{
    // Once faults stop, a few election timeouts settle who leads; a command then needs a few
    // heartbeats and round trips, bounded generously by the same timeouts.
    const VirtualTime election = parameters[kParamElectionMax] + 2 * parameters[kParamLatencyMax];
    return std::make_unique<RaftChecker>(static_cast<int>(parameters[kParamNodes]),
                                         ProgressBound{3 * election, 3 * election});
}

} // namespace cs::raft
