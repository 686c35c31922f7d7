#pragma once

#include <vector>

#include "linkmatrix.h"
#include "protocol.h"

namespace cs::bully {

// The Bully algorithm's properties, checked from notes and the network inputs: a node that heard
// an answer from a higher node never declares victory in that election; and after a quiet period
// with no crash, restart or link change, every connected group of live nodes agrees on one
// coordinator, the highest id among them (each side of a partition electing its own is expected).
// A group touched by a one-way cut, or whose members cannot all talk directly, is not judged until
// the links heal: Bully assumes links that work both ways or not at all and relays nothing, so a
// node that still hears a coordinator it cannot answer may follow it.
class BullyChecker final : public InvariantChecker
{
public:
    BullyChecker(int clusterSize, VirtualTime quietPeriod);

    std::unique_ptr<InvariantChecker> clone() const override { return std::make_unique<BullyChecker>(*this); }
    void observeNote(VirtualTime at, const Note &note) override;
    void observeCrash(VirtualTime at, NodeId node) override;
    void observeRestart(VirtualTime at, NodeId node) override;
    void observeNetwork(VirtualTime at, const Input &input) override;
    // A paused node misses heartbeats and elections: the quiet period starts when it resumes.
    void observePause(VirtualTime at, NodeId, VirtualTime duration) override { changed(at + duration); }
    void check(VirtualTime at, std::vector<Violation> &out) override;
    void crossCheck(VirtualTime, NodeId, const ProtocolNode &, std::vector<Violation> &) override {}

private:
    // One node as its notes describe it.
    struct Shadow
    {
        bool up = true;
        bool electing = true;
        bool answered = false;
        NodeId belief = 0;
    };

    void changed(VirtualTime at);
    bool linked(NodeId a, NodeId b) const;
    void checkQuiet(std::vector<Violation> &out) const;

    int mSize;
    VirtualTime mQuietPeriod;
    std::vector<Shadow> mNodes;
    LinkMatrix mLinks;
    VirtualTime mLastChange = 0;
    bool mQuietChecked = false;
    std::vector<Violation> mPending;
};

} // namespace cs::bully
