#pragma once

#include <map>
#include <set>
#include <string>
#include <tuple>
#include <utility>

#include "progresstracker.h"
#include "protocol.h"
#include "quorumversion.h"

namespace cs::quorum {

// The quorum store's properties, from its notes: a replica's newest version of a key never goes
// back; a write is acknowledged only after W distinct replicas of the key (or, in a sloppy quorum,
// nodes holding a hint for one) hold it or a newer version; a read answers only after R distinct
// replies; and once faults and clients stop, every key's N replicas hold the same versions and no
// hint is left undelivered.
class QuorumChecker final : public InvariantChecker
{
public:
    QuorumChecker(const ParameterValues &parameters, VirtualTime settle);

    std::unique_ptr<InvariantChecker> clone() const override { return std::make_unique<QuorumChecker>(*this); }
    void observeNote(VirtualTime at, const Note &note) override;
    void observeCrash(VirtualTime at, NodeId node) override { mProgress.crash(at, node); }
    void observeRestart(VirtualTime at, NodeId node) override { mProgress.restart(at, node); }
    void observeNetwork(VirtualTime at, const Input &input) override { mProgress.network(at, input); }
    void observeClient(VirtualTime at, const Input &) override { mLastClient = at; }
    void observeParameter(VirtualTime at, int parameter, std::int64_t value) override;
    void check(VirtualTime at, std::vector<Violation> &out) override;
    void crossCheck(VirtualTime, NodeId, const ProtocolNode &, std::vector<Violation> &) override {}
    void finish(VirtualTime end, std::vector<Violation> &out) override;

private:
    using Replica = std::pair<NodeId, std::string>;

    std::vector<NodeId> preference(const std::string &key) const;
    void checkWritten(VirtualTime at, const Note &note);
    void checkRead(VirtualTime at, const Note &note);
    void fail(VirtualTime at, const char *invariant, NodeId node, std::string detail);

    int mSize;
    int mReplicas;
    int mWriteQuorum;
    int mReadQuorum;
    VirtualTime mSettle;
    ProgressTracker mProgress;
    VirtualTime mLastClient = 0;
    // Per (node, key): the versions it holds ("3.1,4.2"), its newest, and the newest it held as a hint.
    std::map<Replica, std::string> mHeld;
    std::map<Replica, VersionId> mNewest;
    std::map<Replica, VersionId> mHinted;
    std::set<std::string> mKeys;
    // Hints not yet handed off: (holder, owner, key).
    std::set<std::tuple<NodeId, NodeId, std::string>> mOpenHints;
    std::vector<Violation> mPending;
};

} // namespace cs::quorum
