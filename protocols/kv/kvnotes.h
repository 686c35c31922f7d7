#pragma once

#include "note.h"
#include "parameters.h"

namespace cs::kv {

// Notes of the key-value store, for its checker, the views and outside checkers. A version is
// (counter, origin): the counter is a hybrid clock (virtual time in microseconds, or one past the
// highest counter seen), the origin the node that made it; "key=value" is the text.
inline constexpr NoteSchema kRoleNote{"role", {"leader", "mode", {}, {}}, "role"};
// A coordinator (CP) or primary (AP) made a new version of a key for a client's write.
inline constexpr NoteSchema kWriteNote{"write", {"counter", "origin", "op", {}}, "write"};
// CP: a write acknowledged to its client after a majority stored it.
inline constexpr NoteSchema kAckNote{"ack", {"counter", "origin", "op", {}}, "write"};
// CP: a read answered after a majority confirmed it (one note per key read).
inline constexpr NoteSchema kReadNote{"read", {"counter", "origin", "op", {}}, "read"};
// A replica's value of a key changed: the newest version it holds and how many versions it keeps.
inline constexpr NoteSchema kValueNote{"value", {"counter", "origin", "versions", {}}, "value"};
// A replica holds concurrent versions of a key (siblings, or before last-writer-wins picks one).
inline constexpr NoteSchema kDivergenceNote{"divergence", {"versions", {}, {}, {}}, "key"};
// Last-writer-wins discarded a concurrent version: an acknowledged write lost.
inline constexpr NoteSchema kLostNote{"lost", {"counter", "origin", "winnerCounter", "winnerOrigin"}, "write"};
// A CP leader reconciled the replicas of a majority before serving.
inline constexpr NoteSchema kReconcileNote{"reconcile", {"keys", "replicas", {}, {}}, {}};
// A read or write waits until this replica has caught up with the client's session token.
inline constexpr NoteSchema kBlockedNote{"blocked", {"op", {}, {}, {}}, "consistency"};

enum class Mode : std::int64_t { Cp = 0, Ap = 1 };
enum class Reconcile : std::int64_t { LastWriterWins = 0, Siblings = 1 };

enum KvParameter : int {
    kParamMode = kNetworkParameterCount,
    kParamReconcile,
    kParamHeartbeat,
    kParamFailureTimeout,
    kParamAntiEntropy,
    kParamRoundTimeout,
    kParamStaleness,
};

enum KvTimer : int { kHeartbeatTimer = 0, kAntiEntropyTimer = 1 };

} // namespace cs::kv
