#include "multipaxosprotocol.h"

#include "multipaxoschecker.h"
#include "multipaxosnode.h"
#include "multipaxosnotes.h"

namespace cs::paxos {

MultiPaxosProtocol::MultiPaxosProtocol()
{
    mDescriptor.name = "multipaxos";
    mDescriptor.title = "Multi-Paxos";
    mDescriptor.summary = "A stable leader runs phase 1 once for all future slots and then only phase 2 per command; "
                          "a higher ballot takes over and re-proposes what acceptors had accepted.";
    mDescriptor.parameters = networkParameterSpecs();
    mDescriptor.parameters.push_back({"electionTimeoutMin", "Election timeout (min)", ParameterUnit::Duration,
                                      150 * kMillisecond, 10 * kMillisecond, 60 * kSecond,
                                      "Shortest time without the leader's heartbeat before a node campaigns."});
    mDescriptor.parameters.push_back({"electionTimeoutMax", "Election timeout (max)", ParameterUnit::Duration,
                                      300 * kMillisecond, 10 * kMillisecond, 60 * kSecond,
                                      "Longest such wait; each wait is drawn at random from the range."});
    mDescriptor.parameters.push_back({"heartbeatInterval", "Heartbeat interval", ParameterUnit::Duration,
                                      50 * kMillisecond, 1 * kMillisecond, 30 * kSecond,
                                      "How often the leader asserts itself and resends what is pending."});
    mDescriptor.roles = {{"follower", "#5b8def"}, {"candidate", "#f0a030"}, {"leader", "#2fa84f"}};
    mDescriptor.timers = {"election", "heartbeat"};
    mDescriptor.notes = {&kLeaderRoleNote, &kSlotPromiseNote, &kSlotProposeNote, &kSlotAcceptNote, &kSlotChosenNote,
                         &kSlotLearnNote};
    mDescriptor.invariants = {"At Most One Chosen Per Slot",  "Accepted Value Was Proposed", "One Value Per Ballot",
                              "Promise Never Decreases",      "Never Accept Below Promise",
                              "Higher Ballots Carry The Chosen Value", "Learners Learn Only Chosen",
                              "Commands Learned"};
    mDescriptor.view.badgeFields = {"promised"};
    mDescriptor.view.progressTimer = kMpElectionTimer;
    mDescriptor.view.leaderRole = "leader";
    mDescriptor.view.clientRequest = "Client request to the leader";
    mDescriptor.meanings = {
        {.meaning = Meaning::RoleChange, .note = &kLeaderRoleNote, .key = 0},
        {.meaning = Meaning::Leader, .note = &kLeaderRoleNote, .text = "leader", .key = 0,
         .words = {"Run until a leader is elected", "Elections", "leaders", "No leader was elected"}},
        {.meaning = Meaning::Decision, .note = &kSlotChosenNote, .key = 1, .novelty = Novelty::NewKey,
         .words = {"Run until the next value is chosen", "Values chosen", "chosen", "No value was chosen"}},
    };
}

std::unique_ptr<ProtocolNode> MultiPaxosProtocol::createNode(NodeId id, int clusterSize) const
{
    return std::make_unique<MultiPaxosNode>(id, clusterSize);
}

std::unique_ptr<InvariantChecker> MultiPaxosProtocol::createChecker(const ParameterValues &parameters) const
{
    // Once faults stop, a few election timeouts settle who leads; a command then needs two round
    // trips, bounded generously by the same timeouts.
    const VirtualTime election = parameters[kParamMpElectionMax] + 2 * parameters[kParamLatencyMax];
    return std::make_unique<MultiPaxosChecker>(static_cast<int>(parameters[kParamNodes]),
                                               ProgressBound{3 * election, 3 * election});
}

} // namespace cs::paxos
