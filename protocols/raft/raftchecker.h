#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "progresstracker.h"
#include "protocol.h"
#include "sharedchunkvector.h"

namespace cs::raft {

// Raft's safety properties (Figure 3 of the Raft paper, plus monotonic term and commit index),
// checked from notes alone so a live run and a trace file are judged the same way; and its
// liveness: once faults stop, with a majority up, every client command is applied everywhere.
class RaftChecker final : public InvariantChecker
{
public:
    RaftChecker(int clusterSize, ProgressBound bound);

    std::unique_ptr<InvariantChecker> clone() const override;
    void observeNote(VirtualTime at, const Note &note) override;
    void observeCrash(VirtualTime at, NodeId node) override;
    void observeRestart(VirtualTime at, NodeId node) override;
    void observeNetwork(VirtualTime at, const Input &input) override;
    void observeClient(VirtualTime at, const Input &input) override;
    void check(VirtualTime at, std::vector<Violation> &out) override;
    void crossCheck(VirtualTime at, NodeId node, const ProtocolNode &state, std::vector<Violation> &out) override;
    void finish(VirtualTime end, std::vector<Violation> &out) override;

    // Leaders by term, as the notes announced them.
    const std::map<std::int64_t, NodeId> &leaders() const { return mLeaders; }

private:
    // One node as its notes describe it.
    struct Shadow
    {
        std::int64_t term = 0;
        std::string role = "follower";
        SharedChunkVector<std::pair<std::int64_t, std::string>> log;
        std::int64_t commitIndex = 0;
        std::int64_t lastApplied = 0;
    };

    // The first sighting of an (index, term) pair: what it holds and what precedes it.
    struct EntryIdentity
    {
        std::int64_t term = 0;
        std::string command;
        std::int64_t previousTerm = 0;

        bool operator==(const EntryIdentity &) const = default;
    };

    void report(NodeId node, std::string invariant, std::string detail);
    void onRole(NodeId node, Shadow &shadow, std::int64_t term, const std::string &role);
    void onAppend(NodeId node, Shadow &shadow, std::int64_t index, std::int64_t term, const std::string &command);
    void onTruncate(NodeId node, Shadow &shadow, std::int64_t from);
    void onCommit(NodeId node, Shadow &shadow, std::int64_t index);
    void onApply(NodeId node, Shadow &shadow, std::int64_t index, std::int64_t term, const std::string &command);
    void checkLeaderCompleteness(NodeId node, const Shadow &shadow);
    // Raft's commit rule, checked when a leader raises its commit index: the entry it commits up to
    // is of its own term (Figure 8) and a majority of logs hold it.
    void checkCommitRule(NodeId node, const Shadow &shadow, std::int64_t index);

    std::vector<Shadow> mNodes;
    std::map<std::int64_t, NodeId> mLeaders;
    // Indexed by log index - 1; each slot lists the terms seen at that index. Chunks are shared
    // between copies, so checkpoints stay cheap however long the history.
    SharedChunkVector<std::vector<EntryIdentity>> mEntries;
    SharedChunkVector<std::pair<std::int64_t, std::string>> mCommitted;
    // The term of the node that first committed each entry (its leader's term): a leader must hold
    // the entries committed in terms before its own. A node paused while its election ran can win
    // an old term after later terms committed more, and owes none of that.
    SharedChunkVector<std::int64_t> mCommittedInTerm;
    std::vector<Violation> mPending;
    ProgressBound mBound;
    ProgressTracker mProgress;
};

} // namespace cs::raft
