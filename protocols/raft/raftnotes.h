#pragma once

#include "note.h"
#include "parameters.h"

namespace cs::raft {

// The semantic notes a Raft node writes; together they let an outside checker rebuild every log.
inline constexpr NoteSchema kRoleNote{"role", {"term", {}, {}, {}}, "role"};
inline constexpr NoteSchema kVoteNote{"vote", {"term", "candidate", {}, {}}, {}};
inline constexpr NoteSchema kAppendNote{"append", {"index", "term", {}, {}}, "command"};
inline constexpr NoteSchema kTruncateNote{"truncate", {"from", {}, {}, {}}, {}};
inline constexpr NoteSchema kCommitNote{"commit", {"index", {}, {}, {}}, {}};
inline constexpr NoteSchema kApplyNote{"apply", {"index", "term", {}, {}}, "command"};
inline constexpr NoteSchema kRejectNote{"reject", {}, "command"};

// Parameter indices after the shared network parameters.
enum RaftParameter : int {
    kParamElectionMin = kNetworkParameterCount,
    kParamElectionMax,
    kParamHeartbeat,
};

// Timer indices.
enum RaftTimer : int { kElectionTimer = 0, kHeartbeatTimer = 1 };

} // namespace cs::raft
