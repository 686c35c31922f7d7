#include "bullyprotocol.h"

#include "bullychecker.h"
#include "bullynotes.h"

namespace cs::bully {

BullyProtocol::BullyProtocol(Variant variant)
    : mVariant(variant)
{
    const bool correct = variant == Variant::Correct;
    mDescriptor.name = correct ? "bully" : "bully-ignores-answers";
    mDescriptor.title = correct ? "Bully election" : "Bully election (unsafe: ignores alive answers)";
    mDescriptor.summary = "The highest live id becomes coordinator; higher nodes bully lower ones, and a recovered "
                          "higher node takes over again.";
    mDescriptor.parameters = networkParameterSpecs();
    mDescriptor.parameters.push_back({"heartbeatInterval", "Heartbeat interval", ParameterUnit::Duration,
                                      100 * kMillisecond, 5 * kMillisecond, 30 * kSecond,
                                      "How often the coordinator tells the others it is alive."});
    mDescriptor.parameters.push_back({"failureTimeout", "Failure timeout", ParameterUnit::Duration, 400 * kMillisecond,
                                      10 * kMillisecond, 60 * kSecond,
                                      "How long a node waits for the coordinator's heartbeat before it starts an election."});
    mDescriptor.parameters.push_back({"answerTimeout", "Answer timeout", ParameterUnit::Duration, 60 * kMillisecond,
                                      5 * kMillisecond, 60 * kSecond,
                                      "How long an electing node waits for an alive answer from a higher node."});
    mDescriptor.parameters.push_back({"victoryTimeout", "Victory timeout", ParameterUnit::Duration, 300 * kMillisecond,
                                      10 * kMillisecond, 60 * kSecond,
                                      "After an answer, how long to wait for the coordinator's announcement."});
    mDescriptor.roles = {{"normal", "#5b8def"}, {"electing", "#f0a030"}, {"coordinator", "#2fa84f"}};
    mDescriptor.timers = {"heartbeat", "failure", "answer", "victory"};
    mDescriptor.notes = {&kElectionNote, &kAnswerNote, &kVictoryNote, &kBeliefNote, &kRoleNote};
    mDescriptor.invariants = {"Victory Only Unanswered", "Highest Live Coordinator"};
    mDescriptor.view.badgeFields = {"coordinator"};
    mDescriptor.view.progressTimer = kFailureTimer;
    mDescriptor.view.leaderRole = "coordinator";
    mDescriptor.meanings = {
        {.meaning = Meaning::RoleChange, .note = &kRoleNote, .key = 0},
        {.meaning = Meaning::Leader, .note = &kRoleNote, .text = "coordinator", .key = 0,
         .words = {"Run until a coordinator is elected", "Coordinators elected", "coordinators",
                   "No coordinator was elected"}},
        {.meaning = Meaning::Decision, .note = &kVictoryNote, .key = 0,
         .words = {"Run until the next victory is announced", "Victories", "victories", "No victory was announced"}},
    };
    mDescriptor.view.nodeActions = {{"Start an election", "elect"}};
}

std::unique_ptr<ProtocolNode> BullyProtocol::createNode(NodeId id, int clusterSize) const
{
    return std::make_unique<BullyNode>(id, clusterSize, mVariant);
}

std::unique_ptr<InvariantChecker> BullyProtocol::createChecker(const ParameterValues &parameters) const
{
    // Long enough for any election cascade to settle: every node may time out, elect, and hear
    // the victory, once per node in the worst case.
    const VirtualTime round = parameters[kParamFailureTimeout] + parameters[kParamAnswerTimeout]
                              + parameters[kParamVictoryTimeout] + 4 * parameters[kParamLatencyMax];
    const int size = static_cast<int>(parameters[kParamNodes]);
    return std::make_unique<BullyChecker>(size, round * (size + 1));
}

} // namespace cs::bully
