#include "paxosprotocol.h"

#include "paxoschecker.h"
#include "paxosnotes.h"

namespace cs::paxos {

PaxosProtocol::PaxosProtocol(Variant variant)
    : mVariant(variant)
{
    const bool correct = variant == Variant::Correct;
    mDescriptor.name = correct ? "paxos" : "paxos-forgetful-acceptor";
    mDescriptor.title = correct ? "Paxos (single decree)" : "Paxos (unsafe: acceptors forget promises on restart)";
    mDescriptor.summary = "Proposers prepare with a unique number, acceptors promise and accept, and a value accepted "
                          "by a majority in one ballot is chosen for good.";
    mDescriptor.parameters = networkParameterSpecs();
    mDescriptor.parameters.push_back({"proposers", "Proposers", ParameterUnit::Count, 2, 1, 25,
                                      "Nodes 1 to this number propose; the others accept (all accept if none are left).",
                                      false});
    mDescriptor.parameters.push_back({"phaseTimeout", "Phase timeout", ParameterUnit::Duration, 100 * kMillisecond,
                                      10 * kMillisecond, 60 * kSecond,
                                      "How long a proposer waits for a majority before it gives up the round."});
    mDescriptor.parameters.push_back({"backoffMax", "Random back-off", ParameterUnit::Duration, 50 * kMillisecond, 0,
                                      10 * kSecond,
                                      "Extra random wait before a retry; 0 lets duelling proposers livelock."});
    mDescriptor.parameters.push_back({"distinguished", "Distinguished proposer", ParameterUnit::Count, 0, 0, 1,
                                      "1: after a failed round only node 1 retries, which ends duels."});
    mDescriptor.roles = {{"proposer", "#8a6fd0"}, {"acceptor", "#5b8def"}, {"preparing", "#f0a030"}, {"accepting", "#d8c020"},
                         {"done", "#2fa84f"},     {"learned", "#2fa84f"}};
    mDescriptor.timers = {"phase", "retry"};
    mDescriptor.notes = {&kPaxosRoleNote, &kProposeNote, &kPromiseNote, &kAcceptNote, &kChosenNote, &kLearnNote};
    mDescriptor.invariants = {"At Most One Chosen",      "Accepted Value Was Proposed", "One Value Per Ballot",
                              "Promise Never Decreases", "Never Accept Below Promise",  "Higher Ballots Carry The Chosen Value",
                              "Learners Learn Only Chosen", "Value Learned"};
    mDescriptor.view.badgeFields = {"accepted"};
    mDescriptor.view.progressTimer = kPhaseTimer;
    mDescriptor.view.clientRequest = "Propose a value";
    mDescriptor.meanings = {
        {.meaning = Meaning::Leader, .note = &kProposeNote, .key = 0,
         .words = {"Run until a proposer wins its prepare phase", "Prepare phases won", "prepared",
                   "No proposer won its prepare phase"}},
        {.meaning = Meaning::Decision, .note = &kChosenNote, .novelty = Novelty::Once,
         .words = {"Run until a value is chosen", "Value chosen", "chosen", "No value was chosen"}},
    };
    mDescriptor.view.nodeActions = {{"Propose \"attack at dawn\"", "attack at dawn"},
                                    {"Propose \"retreat\"", "retreat"}};
}

std::unique_ptr<ProtocolNode> PaxosProtocol::createNode(NodeId id, int clusterSize) const
{
    return std::make_unique<PaxosNode>(id, clusterSize, mVariant);
}

std::unique_ptr<InvariantChecker> PaxosProtocol::createChecker(const ParameterValues &parameters) const
{
    const int size = static_cast<int>(parameters[kParamNodes]);
    const int proposers = static_cast<int>(parameters[kParamProposers]);
    // Once faults stop, duelling proposers back off at random; a few phase time-outs settle them.
    const VirtualTime bound = 6 * (parameters[kParamPhaseTimeout] + parameters[kParamBackoffMax] + 4 * parameters[kParamLatencyMax]);
    return std::make_unique<PaxosChecker>(proposers >= size ? size : size - proposers, size, proposers, bound);
}

} // namespace cs::paxos
