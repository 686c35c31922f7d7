#include "commitprotocol.h"

#include "commitchecker.h"
#include "commitnode.h"
#include "commitnotes.h"

namespace cs::commit {

CommitProtocol::CommitProtocol(bool threePhase)
    : mThreePhase(threePhase)
{
    mDescriptor.name = threePhase ? "3pc" : "2pc";
    mDescriptor.title = threePhase ? "Three-phase commit" : "Two-phase commit";
    mDescriptor.summary = threePhase
                              ? "canCommit, preCommit, doCommit with timeouts on both sides and a termination protocol; "
                                "non-blocking under crashes, inconsistent under partitions."
                              : "Prepare and commit with a coordinator that logs its decision; blocks when the coordinator "
                                "fails after prepare.";
    mDescriptor.parameters = networkParameterSpecs();
    mDescriptor.parameters[kParamNodes].minimum = 2;
    mDescriptor.parameters[kParamNodes].defaultValue = 4;
    mDescriptor.parameters[kParamNodes].description = "Node 1 coordinates; the others are participants.";
    mDescriptor.parameters.push_back({"voteNo", "Chance of a no vote", ParameterUnit::Percent, 0, 0, 100,
                                      "Chance that a participant votes no on its own."});
    mDescriptor.parameters.push_back({"coordinatorTimeout", "Coordinator timeout", ParameterUnit::Duration,
                                      200 * kMillisecond, 10 * kMillisecond, 60 * kSecond,
                                      "How long the coordinator waits for votes (or preCommit acks) before it acts."});
    mDescriptor.parameters.push_back({"participantTimeout", "Participant timeout", ParameterUnit::Duration,
                                      400 * kMillisecond, 10 * kMillisecond, 60 * kSecond,
                                      "3PC: how long a participant waits before it runs the termination protocol."});
    mDescriptor.parameters.push_back({"retryInterval", "Retry interval", ParameterUnit::Duration, 150 * kMillisecond,
                                      10 * kMillisecond, 60 * kSecond,
                                      "How often decisions are resent and in-doubt participants ask."});
    mDescriptor.roles = {{"coordinator", "#8e44ad"}, {"idle", "#9e9e9e"},     {"init", "#b0b0b0"},
                         {"ready", "#f0a030"},       {"precommit", "#d8c020"}, {"committed", "#2fa84f"},
                         {"aborted", "#d04040"}};
    mDescriptor.timers = {"coordinator", "participant", "termination"};
    mDescriptor.notes = {&kBeginNote,   &kVoteNote,   &kPreCommitNote,    &kDecideNote, &kOutcomeNote,
                         &kLockNote,    &kBlockedNote, &kTerminationNote, &kRejectNote};
    mDescriptor.invariants = {"Atomic Agreement", "No Reversal", "Commit Needs Every Yes", "Commit When All Vote Yes",
                              "Transactions Decided"};
    if (!threePhase)
        mDescriptor.invariants.push_back("No Decision While Uncertain");
    mDescriptor.view.badgeFields = {"lock"};
    mDescriptor.view.groupField = "tx";
    mDescriptor.view.groupLabel = "Transaction";
    if (threePhase)
        mDescriptor.knownLimitations = {"Atomic Agreement"};
    mDescriptor.view.progressTimer = kParticipantTimer;
    mDescriptor.view.leaderRole = "coordinator";
    mDescriptor.view.clientRequest = "Start a client transaction";
    // Node 1 always coordinates; only 3PC's termination protocol lets another node take over a transaction.
    if (threePhase)
        mDescriptor.meanings.push_back({.meaning = Meaning::Leader, .note = &kTerminationNote, .key = 0,
                                        .words = {"Run until a node terminates a transaction", "Terminations",
                                                  "terminations", "No node ran the termination protocol"}});
    mDescriptor.meanings.push_back({.meaning = Meaning::Decision, .note = &kDecideNote, .key = 0, .novelty = Novelty::NewKey,
                                    .words = {"Run until the next decision", "Decisions", "decisions", "Nothing was decided"}});
    mDescriptor.view.nodeActions = {{"Start a transaction", "tx"}, {"Will vote no", "vote-no"}, {"Will vote yes", "vote-yes"}};
}

std::unique_ptr<ProtocolNode> CommitProtocol::createNode(NodeId id, int clusterSize) const
{
    return std::make_unique<CommitNode>(id, clusterSize, mThreePhase);
}

std::unique_ptr<InvariantChecker> CommitProtocol::createChecker(const ParameterValues &parameters) const
{
    // Once faults stop, a transaction waits at most for the coordinator's and the participants'
    // time-outs and a few retries.
    const VirtualTime round = parameters[kParamCoordinatorTimeout] + parameters[kParamParticipantTimeout]
                              + 2 * parameters[kParamRetryInterval] + 4 * parameters[kParamLatencyMax];
    return std::make_unique<CommitChecker>(static_cast<int>(parameters[kParamNodes]), mThreePhase,
                                           ProgressBound{round, 2 * round});
}

} // namespace cs::commit
