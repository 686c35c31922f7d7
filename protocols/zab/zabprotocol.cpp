#include "zabprotocol.h"

#include <algorithm>

#include "zabchecker.h"
#include "zabnotes.h"

namespace cs::zab {

ZabProtocol::ZabProtocol(Variant variant)
    : mVariant(variant)
{
    const bool correct = variant == Variant::Correct;
    mDescriptor.name = correct ? "zab" : "zab-broadcast-before-sync";
    mDescriptor.title = correct ? "ZAB" : "ZAB (unsafe: broadcasts before syncing followers)";
    mDescriptor.summary = "Fast leader election by (epoch, zxid, id), a new epoch discovered from a quorum, followers "
                          "synced to the leader's history, then proposal, ack and commit.";
    mDescriptor.parameters = networkParameterSpecs();
    mDescriptor.parameters[kParamNodes].defaultValue = 3;
    mDescriptor.parameters.push_back({"observers", "Observers", ParameterUnit::Count, 0, 0, 24,
                                      "The last nodes observe: they learn commits but do not vote.", false});
    mDescriptor.parameters.push_back({"finalizeWait", "Finalize wait", ParameterUnit::Duration, 50 * kMillisecond,
                                      5 * kMillisecond, 10 * kSecond,
                                      "How long a looking server waits for a better vote once a quorum agrees."});
    mDescriptor.parameters.push_back({"tickTimeout", "Liveness timeout", ParameterUnit::Duration, 400 * kMillisecond,
                                      20 * kMillisecond, 60 * kSecond,
                                      "Followers that miss the leader this long, or a leader that misses a quorum, look for a new leader."});
    mDescriptor.parameters.push_back({"pingInterval", "Ping interval", ParameterUnit::Duration, 100 * kMillisecond,
                                      5 * kMillisecond, 30 * kSecond, "How often the leader pings its followers."});
    mDescriptor.roles = {{"looking", "#f0a030"}, {"following", "#5b8def"}, {"leading", "#2fa84f"}, {"observing", "#9e9e9e"}};
    mDescriptor.timers = {"finalize", "ping", "liveness"};
    mDescriptor.notes = {&kRoleNote,   &kVoteNote,   &kEstablishedNote, &kProposeNote,
                         &kAckNote,    &kCommitNote, &kDeliverNote,     &kSyncNote, &kReackNote};
    mDescriptor.invariants = {"One Leader Per Epoch", "Delivered Prefix Agreement", "Delivered Was Proposed", "Zxids Rise",
                              "Primary Integrity", "Proposals Delivered"};
    mDescriptor.view.badgeFields = {"vote"};
    mDescriptor.view.progressTimer = kLivenessTimer;
    mDescriptor.view.leaderRole = "leading";
    mDescriptor.view.clientRequest = "Client request to the leader";
    mDescriptor.meanings = {
        {.meaning = Meaning::RoleChange, .note = &kRoleNote, .key = 0},
        // A leader leads once a quorum has synced with it in its new epoch (the role note still has the old one).
        {.meaning = Meaning::Leader, .note = &kEstablishedNote, .key = 0,
         .words = {"Run until a leader is established", "Leaders established", "leaders", "No leader was established"}},
        {.meaning = Meaning::Decision, .note = &kCommitNote, .key = 0, .novelty = Novelty::RisingKey,
         .words = {"Run until the next commit", "Commits", "commits", "Nothing was committed"}},
    };
}

std::unique_ptr<ProtocolNode> ZabProtocol::createNode(NodeId id, int clusterSize) const
{
    return std::make_unique<ZabNode>(id, clusterSize, mVariant);
}

std::unique_ptr<InvariantChecker> ZabProtocol::createChecker(const ParameterValues &parameters) const
{
    // Once faults stop, a few liveness timeouts settle who leads and sync the followers; a
    // proposal then needs two round trips, bounded generously by the same timeouts.
    const int size = static_cast<int>(parameters[kParamNodes]);
    const int voters = std::max(1, size - static_cast<int>(parameters[kParamObservers]));
    const VirtualTime tick = parameters[kParamTickTimeout] + parameters[kParamFinalizeWait] + 2 * parameters[kParamLatencyMax];
    return std::make_unique<ZabChecker>(size, voters, ProgressBound{3 * tick, 3 * tick});
}

} // namespace cs::zab
