#pragma once

#include "note.h"
#include "parameters.h"

namespace cs::bully {

// Notes of the Bully algorithm, for the checker and outside tools.
inline constexpr NoteSchema kElectionNote{"election", {"round", {}, {}, {}}, {}};
inline constexpr NoteSchema kAnswerNote{"answer", {"from", "round", {}, {}}, {}};
inline constexpr NoteSchema kVictoryNote{"victory", {"round", "messages", {}, {}}, {}};
inline constexpr NoteSchema kBeliefNote{"belief", {"coordinator", {}, {}, {}}, {}};
inline constexpr NoteSchema kRoleNote{"role", {"round", {}, {}, {}}, "role"};

enum BullyParameter : int {
    kParamHeartbeat = kNetworkParameterCount,
    kParamFailureTimeout,
    kParamAnswerTimeout,
    kParamVictoryTimeout,
};

enum BullyTimer : int { kHeartbeatTimer = 0, kFailureTimer = 1, kAnswerTimer = 2, kVictoryTimer = 3 };

} // namespace cs::bully
