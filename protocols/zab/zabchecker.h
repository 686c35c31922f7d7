#pragma once

#include <map>
#include <string>
#include <vector>

#include "progresstracker.h"
#include "protocol.h"
#include "zabmessages.h"

namespace cs::zab {

// ZAB's properties from the notes: at most one established leader per epoch; delivered histories
// agree on their common prefix (total order); every delivered transaction was proposed with that
// value; zxids rise along each node's deliveries (local and global primary order); and a newly
// established leader's history holds everything already delivered (primary integrity); and, once
// faults stop with a quorum of voters up, every proposal given to the established leader is
// delivered everywhere.
class ZabChecker final : public InvariantChecker
{
public:
    ZabChecker(int clusterSize, int voters, ProgressBound bound);

    std::unique_ptr<InvariantChecker> clone() const override { return std::make_unique<ZabChecker>(*this); }
    void observeNote(VirtualTime at, const Note &note) override;
    void observeCrash(VirtualTime at, NodeId node) override;
    void observeRestart(VirtualTime at, NodeId node) override;
    void observeNetwork(VirtualTime at, const Input &input) override;
    void observeClient(VirtualTime at, const Input &input) override;
    void check(VirtualTime at, std::vector<Violation> &out) override;
    void crossCheck(VirtualTime at, NodeId node, const ProtocolNode &state, std::vector<Violation> &out) override;
    void finish(VirtualTime end, std::vector<Violation> &out) override;

private:
    void report(NodeId node, std::string invariant, std::string detail);

    std::map<std::int64_t, NodeId> mLeaders;
    std::map<Zxid, std::string> mProposed;
    std::vector<Transaction> mOrder;
    std::vector<std::size_t> mDelivered;
    std::vector<Zxid> mLastDelivered;
    std::vector<std::int64_t> mPendingIntegrity;
    std::vector<Violation> mPending;
    // Which nodes lead an established epoch, as their notes say: only they take client commands.
    std::vector<bool> mLeading;
    std::vector<bool> mEstablished;
    int mVoters;
    ProgressBound mBound;
    ProgressTracker mProgress;
};

} // namespace cs::zab
