#pragma once

#include <algorithm>
#include <vector>

#include "protocol.h"

namespace cs::mutex {

// Which mutual-exclusion algorithm a run uses, for the checker's figures.
enum class Algorithm { Central, RicartAgrawala, TokenRing };

// The properties every mutual-exclusion algorithm promises, judged from notes and faults alone:
// at most one process inside the critical section after every step (Mutual Exclusion); for the
// token ring, one token: every token taken belongs to the newest generation made and continues
// its single chain of hops (Single Token); and once faults stop, no request waits longer than the
// time the algorithm needs to serve everyone queued ahead of it (No Starvation). It also keeps the
// costs the textbook compares: messages per entry, the delay before entry, hops before entry.
class MutexChecker final : public InvariantChecker
{
public:
    MutexChecker(Algorithm algorithm, const ParameterValues &parameters);

    std::unique_ptr<InvariantChecker> clone() const override { return std::make_unique<MutexChecker>(*this); }
    void observeNote(VirtualTime at, const Note &note) override;
    void observeCrash(VirtualTime at, NodeId node) override;
    void observeRestart(VirtualTime at, NodeId) override { mLastFault = std::max(mLastFault, at); }
    void observeNetwork(VirtualTime at, const Input &) override { mLastFault = std::max(mLastFault, at); }
    // A paused process delays everyone behind it: starvation is judged after it resumes.
    void observePause(VirtualTime at, NodeId, VirtualTime duration) override { mLastFault = std::max(mLastFault, at + duration); }
    void observeParameter(VirtualTime at, int parameter, std::int64_t value) override;
    void check(VirtualTime at, std::vector<Violation> &out) override;
    void crossCheck(VirtualTime, NodeId, const ProtocolNode &, std::vector<Violation> &) override {}
    void finish(VirtualTime at, std::vector<Violation> &out) override;
    std::vector<Measure> measures() const override;

private:
    // One process as its notes describe it.
    struct Shadow
    {
        bool inside = false;
        VirtualTime waitingSince = -1;
        std::int64_t passesAtRequest = 0;
    };

    void onToken(VirtualTime at, NodeId node, std::int64_t generation, std::int64_t hop);
    VirtualTime starvationBound() const;

    Algorithm mAlgorithm;
    int mSize;
    ParameterValues mParameters;
    std::vector<Shadow> mNodes;
    VirtualTime mLastFault = 0;
    std::vector<Violation> mPending;
    // The costs so far.
    std::int64_t mEntries = 0;
    std::int64_t mMessages = 0;
    VirtualTime mDelaySum = 0;
    std::int64_t mHopSum = 0;
    std::int64_t mPasses = 0;
    // Token ring: the newest generation made, how many were made, and its last hop taken.
    std::int64_t mGeneration = 0;
    std::int64_t mGenerations = 0;
    std::int64_t mLastHop = -1;
};

} // namespace cs::mutex
