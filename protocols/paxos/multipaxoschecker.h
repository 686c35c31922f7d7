#pragma once

#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "protocol.h"

namespace cs::paxos {

// Multi-Paxos safety from the notes, slot by slot: at most one value chosen per slot, accepted
// values were proposed, one value per ballot and slot, promises never decrease and nothing is
// accepted below one, higher ballots carry a slot's chosen value, learners learn only it.
class MultiPaxosChecker final : public InvariantChecker
{
public:
    explicit MultiPaxosChecker(int clusterSize);

    std::unique_ptr<InvariantChecker> clone() const override { return std::make_unique<MultiPaxosChecker>(*this); }
    void observeNote(VirtualTime at, const Note &note) override;
    void observeCrash(VirtualTime, NodeId) override {}
    void observeRestart(VirtualTime, NodeId) override {}
    void check(VirtualTime at, std::vector<Violation> &out) override;
    void crossCheck(VirtualTime, NodeId, const ProtocolNode &, std::vector<Violation> &) override {}

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
};

} // namespace cs::paxos
