#pragma once

#include <map>
#include <set>
#include <string>

#include "protocol.h"

namespace cs::commit {

// Atomic commitment, checked from the notes: all decisions of a transaction agree, none is
// reversed, a commit needs every participant's yes, all yes votes in hand mean commit, and in 2PC
// no participant that voted yes decides before the coordinator has.
class CommitChecker final : public InvariantChecker
{
public:
    CommitChecker(int clusterSize, bool threePhase);

    std::unique_ptr<InvariantChecker> clone() const override;
    void observeNote(VirtualTime at, const Note &note) override;
    void observeCrash(VirtualTime, NodeId) override {}
    void observeRestart(VirtualTime, NodeId) override {}
    void check(VirtualTime at, std::vector<Violation> &out) override;
    void crossCheck(VirtualTime, NodeId, const ProtocolNode &, std::vector<Violation> &) override {}

private:
    // Everything the notes said about one transaction.
    struct Transaction
    {
        std::map<NodeId, bool> votes;
        std::map<NodeId, bool> outcomes;
        std::string firstDecision;
        NodeId firstDecider = 0;
    };

    void report(NodeId node, std::string invariant, std::string detail);
    void onDecision(NodeId node, std::int64_t tx, bool commit);
    bool allVotedYes(const Transaction &transaction) const;

    int mParticipants;
    bool mThreePhase;
    std::map<std::int64_t, Transaction> mTransactions;
    std::vector<Violation> mPending;
};

} // namespace cs::commit
