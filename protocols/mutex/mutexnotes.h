#pragma once

#include "note.h"
#include "parameters.h"

namespace cs::mutex {

// Notes of the mutual-exclusion algorithms, for the shared checker and outside tools. A note that
// goes with sends names how many messages it sent, so the checker can count the cost of an entry.
inline constexpr NoteSchema kRoleNote{"role", {"seq", {}, {}, {}}, "role"};
inline constexpr NoteSchema kRequestNote{"request", {"seq", "messages", {}, {}}, {}};
inline constexpr NoteSchema kEnterNote{"enter", {"seq", {}, {}, {}}, {}};
inline constexpr NoteSchema kExitNote{"exit", {"seq", "messages", {}, {}}, {}};
inline constexpr NoteSchema kRetryNote{"retry", {"seq", "messages", {}, {}}, {}};
// Centralized: the coordinator queues, grants, and asks a holder that stays too long; a process
// answers that question with a release.
inline constexpr NoteSchema kQueueNote{"queue", {"from", "seq", "length", {}}, {}};
inline constexpr NoteSchema kGrantNote{"grant", {"to", "seq", "messages", {}}, {}};
inline constexpr NoteSchema kCheckNote{"check", {"to", "seq", "messages", {}}, {}};
inline constexpr NoteSchema kReleaseNote{"release", {"seq", "messages", {}, {}}, {}};
// Ricart-Agrawala: a reply sent at once or on release, a request deferred, a peer suspected.
inline constexpr NoteSchema kReplyNote{"reply", {"to", "timestamp", "messages", {}}, {}};
inline constexpr NoteSchema kDeferNote{"defer", {"from", "timestamp", {}, {}}, {}};
inline constexpr NoteSchema kSuspectNote{"suspect", {"peer", "timestamp", {}, {}}, {}};
inline constexpr NoteSchema kAliveNote{"alive", {"to", "timestamp", "messages", {}}, {}};
// Token ring: a token taken, passed or thrown away, a probe of the ring, a token (re)generated.
inline constexpr NoteSchema kTokenNote{"token", {"generation", "hop", {}, {}}, {}};
inline constexpr NoteSchema kPassNote{"pass", {"to", "generation", "hop", "messages"}, {}};
inline constexpr NoteSchema kDiscardNote{"discard", {"generation", "hop", {}, {}}, {}};
inline constexpr NoteSchema kProbeNote{"probe", {"generation", "messages", {}, {}}, {}};
inline constexpr NoteSchema kRegenerateNote{"regenerate", {"generation", {}, {}, {}}, {}};

enum MutexParameter : int {
    kParamRequestInterval = kNetworkParameterCount,
    kParamRequestLimit,
    kParamHoldTime,
    kParamTimeout,
};

enum MutexTimer : int { kWorkloadTimer = 0, kHoldTimer = 1, kTimeoutTimer = 2 };

// The command of the node action that asks for the critical section.
inline constexpr const char *kRequestCommand = "request";

} // namespace cs::mutex
