#pragma once

#include "note.h"
#include "parameters.h"

namespace cs::commit {

// Notes rich enough for an outside checker of atomic commitment.
inline constexpr NoteSchema kBeginNote{"begin", {"tx", {}, {}, {}}, "command"};
inline constexpr NoteSchema kVoteNote{"vote", {"tx", {}, {}, {}}, "vote"};
inline constexpr NoteSchema kPreCommitNote{"precommit", {"tx", {}, {}, {}}, {}};
inline constexpr NoteSchema kDecideNote{"decide", {"tx", "yesVotes", "participants", "reason"}, "decision"};
inline constexpr NoteSchema kOutcomeNote{"outcome", {"tx", {}, {}, {}}, "decision"};
inline constexpr NoteSchema kLockNote{"lock", {"tx", {}, {}, {}}, "lock"};
inline constexpr NoteSchema kBlockedNote{"blocked", {"tx", {}, {}, {}}, "reason"};
inline constexpr NoteSchema kTerminationNote{"termination", {"tx", {}, {}, {}}, "states"};
inline constexpr NoteSchema kRejectNote{"reject", {}, "command"};

// Why a decision was taken (the decide note's "reason").
enum DecisionReason : int { kReasonVotes = 0, kReasonTimeout = 1, kReasonTermination = 2, kReasonRecovery = 3 };

enum CommitParameter : int {
    kParamVoteNo = kNetworkParameterCount,
    kParamCoordinatorTimeout,
    kParamParticipantTimeout,
    kParamRetryInterval,
};

enum CommitTimer : int { kCoordinatorTimer = 0, kParticipantTimer = 1, kTerminationTimer = 2 };

inline constexpr NodeId kCoordinator = 1;

} // namespace cs::commit
