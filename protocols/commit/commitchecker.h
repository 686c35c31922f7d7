#pragma once

#include <map>
#include <set>
#include <string>

#include "progresstracker.h"
#include "protocol.h"

namespace cs::commit {

// Atomic commitment, checked from the notes: all decisions of a transaction agree, none is
// reversed, a commit needs every participant's yes, all yes votes in hand mean commit, and in 2PC
// no participant that voted yes decides before the coordinator has; and, once faults stop with the
// coordinator up, every transaction it begins is decided on every live node within a bound (the
// wait in its queue is not bounded: it runs one transaction at a time, and a backlog built up
// during faults drains one round trip per transaction).
class CommitChecker final : public InvariantChecker
{
public:
    CommitChecker(int clusterSize, bool threePhase, ProgressBound bound);

    std::unique_ptr<InvariantChecker> clone() const override;
    void observeNote(VirtualTime at, const Note &note) override;
    void observeCrash(VirtualTime at, NodeId node) override { mProgress.crash(at, node); }
    void observeRestart(VirtualTime at, NodeId node) override { mProgress.restart(at, node); }
    void observeNetwork(VirtualTime at, const Input &input) override { mProgress.network(at, input); }
    void check(VirtualTime at, std::vector<Violation> &out) override;
    void crossCheck(VirtualTime, NodeId, const ProtocolNode &, std::vector<Violation> &) override {}
    void finish(VirtualTime end, std::vector<Violation> &out) override;

private:
    // Everything the notes said about one transaction.
    struct Transaction
    {
        std::map<NodeId, bool> votes;
        std::map<NodeId, bool> outcomes;
        std::string firstDecision;
        NodeId firstDecider = 0;
        std::string command;
        std::set<NodeId> settled;
    };

    void report(NodeId node, std::string invariant, std::string detail);
    void onDecision(NodeId node, std::int64_t tx, bool commit);
    bool allVotedYes(const Transaction &transaction) const;

    int mParticipants;
    bool mThreePhase;
    std::map<std::int64_t, Transaction> mTransactions;
    std::vector<Violation> mPending;
    ProgressBound mBound;
    ProgressTracker mProgress;
};

} // namespace cs::commit
