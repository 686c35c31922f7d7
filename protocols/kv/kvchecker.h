#pragma once

#include <map>
#include <string>
#include <vector>

#include "progresstracker.h"
#include "protocol.h"

namespace cs::kv {

// The key-value store's properties, from its notes and the client inputs: a CP write is
// acknowledged only once a majority holds it or something newer (so no later majority can miss
// it); a CP read returns a version no older than any write acknowledged before the read began; and
// once faults stop (every node up, every link working) for the settling time, every replica holds
// the same versions of every key (Replicas Converge, judged at the end).
class KvChecker final : public InvariantChecker
{
public:
    KvChecker(int clusterSize, VirtualTime settle);

    std::unique_ptr<InvariantChecker> clone() const override { return std::make_unique<KvChecker>(*this); }
    void observeNote(VirtualTime at, const Note &note) override;
    void observeCrash(VirtualTime at, NodeId node) override { mProgress.crash(at, node); }
    void observeRestart(VirtualTime at, NodeId node) override { mProgress.restart(at, node); }
    void observeNetwork(VirtualTime at, const Input &input) override { mProgress.network(at, input); }
    void observeClient(VirtualTime at, const Input &input) override;
    void check(VirtualTime at, std::vector<Violation> &out) override;
    void crossCheck(VirtualTime, NodeId, const ProtocolNode &, std::vector<Violation> &) override {}
    void finish(VirtualTime end, std::vector<Violation> &out) override;

private:
    // A version's stamp and the replica's visible value.
    struct Held
    {
        std::int64_t counter = 0;
        NodeId origin = 0;
        std::string value;
        bool newerOrEqual(std::int64_t c, NodeId o) const { return counter != c ? counter > c : origin >= o; }
    };
    // A CP write acknowledged to its client.
    struct Ack
    {
        VirtualTime at = 0;
        std::int64_t counter = 0;
        NodeId origin = 0;
        std::string text;
    };

    int mSize;
    VirtualTime mSettle;
    ProgressTracker mProgress;
    std::vector<std::map<std::string, Held>> mReplicas;
    std::map<std::string, std::vector<Ack>> mAcks;
    std::vector<VirtualTime> mInvokedAt;
    std::vector<Violation> mPending;
};

} // namespace cs::kv
