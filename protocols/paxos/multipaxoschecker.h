#pragma once

#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "progresstracker.h"
#include "protocol.h"

namespace cs::paxos {

// Multi-Paxos safety from the notes, slot by slot: at most one value chosen per slot, accepted
// values were proposed, one value per ballot and slot, promises never decrease and nothing is
// accepted below one, higher ballots carry a slot's chosen value, learners learn only it; and,
// once faults stop with a majority up, every command given to the leader is learned everywhere.
class MultiPaxosChecker final : public InvariantChecker
{
public:
    MultiPaxosChecker(int clusterSize, ProgressBound bound);

    std::unique_ptr<InvariantChecker> clone() const override { return std::make_unique<MultiPaxosChecker>(*this); }
    void observeNote(VirtualTime at, const Note &note) override;
    void observeCrash(VirtualTime at, NodeId node) override;
    void observeRestart(VirtualTime at, NodeId node) override;
    void observeNetwork(VirtualTime at, const Input &input) override;
    void observeClient(VirtualTime at, const Input &input) override;
    void check(VirtualTime at, std::vector<Violation> &out) override;
    void crossCheck(VirtualTime, NodeId, const ProtocolNode &, std::vector<Violation> &) override {}
    void finish(VirtualTime end, std::vector<Violation> &out) override;

private:
    using Key = std::pair<std::int64_t, std::int64_t>; // (ballot, slot)

    void report(NodeId node, std::string invariant, std::string detail);
    void checkChosen(NodeId node, std::int64_t ballot, std::int64_t slot, const std::string &value, const char *what);

    int mMajority;
    std::vector<std::int64_t> mPromised;
    std::map<Key, std::string> mProposed;
    std::map<Key, std::string> mBallotValue;
    std::map<Key, std::set<NodeId>> mAcceptedBy;
    std::map<std::int64_t, std::pair<std::int64_t, std::string>> mChosen;
    std::vector<Violation> mPending;
    // Which nodes lead, as their role notes say: only a leader takes client commands.
    std::vector<bool> mLeading;
    ProgressBound mBound;
    ProgressTracker mProgress;
};

} // namespace cs::paxos
