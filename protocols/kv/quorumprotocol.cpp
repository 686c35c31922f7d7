#include "quorumprotocol.h"

#include "quorumchecker.h"
#include "quorumnotes.h"

namespace cs::quorum {

namespace {

const char *variantName(Variant variant)
{
    switch (variant) {
    case Variant::Correct: return "kv-quorum";
    case Variant::AcksOneShort: return "kv-quorum-acks-one-short";
    case Variant::ReadsOneShort: return "kv-quorum-reads-one-short";
    case Variant::OverwritesBlindly: return "kv-quorum-overwrites-blindly";
    case Variant::WritesOnlyQuorum: return "kv-quorum-writes-only-quorum";
    }
    return "kv-quorum";
}

} // namespace

QuorumProtocol::QuorumProtocol(Variant variant)
    : mVariant(variant)
{
    mDescriptor.name = variantName(variant);
    mDescriptor.title = variant == Variant::Correct        ? "Quorum key-value store (leaderless)"
                        : variant == Variant::AcksOneShort ? "Quorum key-value store (unsafe: acknowledges one ack short)"
                                                           : "Quorum key-value store (broken: " + mDescriptor.name + ")";
    mDescriptor.summary = "Any node coordinates a request: a write completes after W of the key's N replicas "
                          "acknowledge it, a read after R reply; read repair, anti-entropy and hinted handoff bring "
                          "stale replicas up to date.";
    auto &parameters = mDescriptor.parameters = networkParameterSpecs();
    parameters[kParamNodes].defaultValue = 3;
    parameters.push_back({"replicas", "Replicas (N)", ParameterUnit::Count, 3, 1, 25,
                          "How many nodes of the ring keep each key.", false, {}, "nodes"});
    parameters.push_back({"writeQuorum", "Write quorum (W)", ParameterUnit::Count, 2, 1, 25,
                          "How many replicas must acknowledge a write before the client is told ok.", true, {},
                          "replicas"});
    parameters.push_back({"readQuorum", "Read quorum (R)", ParameterUnit::Count, 2, 1, 25,
                          "How many replicas must answer a read before the client gets the newest version seen.",
                          true, {}, "replicas"});
    parameters.push_back({"reconcile", "Reconcile", ParameterUnit::Choice, kLastWriterWins, 0, 1,
                          "Concurrent versions: keep the last writer's (the others are lost) or keep them all as "
                          "siblings for the client to merge.",
                          true, {"lww", "siblings"}});
    parameters.push_back({"sloppy", "Sloppy quorum", ParameterUnit::Choice, 0, 0, 1,
                          "When a replica does not answer in time, write to the next node of the ring with a hint "
                          "and read from it too.",
                          true, {"off", "on"}});
    parameters.push_back({"replyTimeout", "Reply timeout", ParameterUnit::Duration, 200 * kMillisecond,
                          10 * kMillisecond, 60 * kSecond,
                          "How long a coordinator waits for its quorum before it fails the request (or, in a sloppy "
                          "quorum, first turns to fallback nodes)."});
    parameters.push_back({"antiEntropyInterval", "Anti-entropy interval", ParameterUnit::Duration, 1 * kSecond,
                          10 * kMillisecond, 60 * kSecond,
                          "How often a node compares digests with the other replicas of its keys and hands hints off."});
    mDescriptor.roles = {{"replica", "#5b8def"}, {"coordinating", "#f0a030"}, {"hinting", "#b05fd0"}};
    mDescriptor.timers = {"request", "anti-entropy"};
    mDescriptor.notes = {&kVersionNote, &kStoredNote, &kHintNote,  &kHandoffNote,
                         &kRepairNote,  &kWrittenNote, &kReadNote, &kLostNote};
    mDescriptor.invariants = {"Versions Never Go Back", "Write Quorum", "Read Quorum", "Replicas Converge"};
    mDescriptor.view.badgeFields = {"keys", "hints"};
    mDescriptor.view.progressTimer = kAntiEntropyTimer;
    mDescriptor.view.clientRequest = "Client write to a live node";
    mDescriptor.meanings = {
        {.meaning = Meaning::Decision, .note = &kWrittenNote, .key = 0,
         .words = {"Run until a write is acknowledged", "Acknowledged writes", "writes acknowledged",
                   "No write was acknowledged"}},
        {.meaning = Meaning::ReplicaValue, .note = &kVersionNote, .keyEnd = ' '},
    };
}

std::unique_ptr<ProtocolNode> QuorumProtocol::createNode(NodeId id, int clusterSize) const
{
    return std::make_unique<QuorumNode>(id, clusterSize, mVariant);
}

std::unique_ptr<InvariantChecker> QuorumProtocol::createChecker(const ParameterValues &parameters) const
{
    // Two anti-entropy rounds (a change may need to pass through a second replica), the slowest
    // request with its fallback round, and the messages of a digest exchange and a handoff.
    const VirtualTime settle = 2 * parameters[kParamAntiEntropy] + 2 * parameters[kParamReplyTimeout]
                               + 6 * parameters[kParamLatencyMax];
    return std::make_unique<QuorumChecker>(parameters, settle);
}

} // namespace cs::quorum
