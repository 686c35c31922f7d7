#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "progresstracker.h"
#include "protocol.h"

namespace cs::paxos {

// Paxos safety from the notes: at most one value chosen, a chosen value was proposed, one value
// per ballot, promises never decrease and nothing is accepted below one, once v is chosen every
// higher ballot carries v, and learners learn only the chosen value; and, once faults stop with a
// majority of acceptors up, a value given to a proposer is chosen and learned by every live proposer.
class PaxosChecker final : public InvariantChecker
{
public:
    PaxosChecker(int acceptors, int clusterSize, int proposers, VirtualTime bound);

    std::unique_ptr<InvariantChecker> clone() const override { return std::make_unique<PaxosChecker>(*this); }
    void observeNote(VirtualTime at, const Note &note) override;
    void observeCrash(VirtualTime at, NodeId node) override;
    void observeRestart(VirtualTime at, NodeId node) override;
    void observeNetwork(VirtualTime at, const Input &input) override;
    void observeClient(VirtualTime at, const Input &input) override;
    void check(VirtualTime at, std::vector<Violation> &out) override;
    void crossCheck(VirtualTime, NodeId, const ProtocolNode &, std::vector<Violation> &) override {}
    void finish(VirtualTime end, std::vector<Violation> &out) override;

private:
    void report(NodeId node, std::string invariant, std::string detail);
    void checkAgainstChosen(NodeId node, std::int64_t ballot, const std::string &value, const char *what);

    int mAcceptors;
    std::vector<std::int64_t> mPromised;
    std::map<std::int64_t, std::string> mProposed;
    std::map<std::int64_t, std::set<NodeId>> mAcceptedBy;
    std::map<std::int64_t, std::string> mBallotValue;
    std::int64_t mChosenBallot = 0;
    std::string mChosenValue;
    std::vector<Violation> mPending;
    int mProposers;
    VirtualTime mBound;
    ProgressTracker mProgress;
    // When each node learned (learning is durable), and the first value given to a live proposer
    // since the last fault.
    std::vector<VirtualTime> mLearnedAt;
    VirtualTime mFirstRequest = -1;
};

} // namespace cs::paxos
