#pragma once

#include "note.h"
#include "parameters.h"

namespace cs::locks {

// Notes of the lock services, for the checker, the views and outside tools. Processes are the
// nodes from 3 on; node 1 is the lock service and node 2 the storage the lock protects.
inline constexpr NoteSchema kRoleNote{"role", {"token", {}, {}, {}}, "role"};
// The service hands the lock to a process (a row inserted, a key set): the token is its fencing token.
inline constexpr NoteSchema kGrantNote{"grant", {"client", "token", {}, {}}, {}};
// A process now believes it holds the lock (read = 1 for a shared read lock).
inline constexpr NoteSchema kAcquireNote{"acquire", {"token", "read", {}, {}}, {}};
// A process stops holding: lost = 1 when it learns its lease or session ended without it.
inline constexpr NoteSchema kReleaseNote{"release", {"token", "lost", {}, {}}, {}};
// The storage judged a write: accepted = 0 when a newer token had already written.
inline constexpr NoteSchema kWriteNote{"write", {"client", "token", "accepted", {}}, {}};
// The service ended a holder's claim on its own: a cache key's expiry or a ZooKeeper session's.
inline constexpr NoteSchema kExpireNote{"expire", {"client", "token", {}, {}}, {}};
// ZooKeeper: a sequential ephemeral node created or deleted under the lock directory.
inline constexpr NoteSchema kCreateNote{"create", {"client", "node", "read", {}}, {}};
inline constexpr NoteSchema kDeleteNote{"delete", {"client", "node", "notified", "queue"}, {}};
// ZooKeeper: a watch notification sent to a client, and a child listing answered.
inline constexpr NoteSchema kNotifyNote{"notify", {"client", "node", {}, {}}, {}};
inline constexpr NoteSchema kListNote{"list", {"client", "children", {}, {}}, {}};

inline constexpr NodeId kServiceNode = 1;
inline constexpr NodeId kStorageNode = 2;
inline constexpr NodeId kFirstProcess = 3;

enum LockParameter : int {
    kParamWork = kNetworkParameterCount,
    kParamRetry,
    // The cache key's expiry (lock-cache) or the session timeout (lock-zookeeper); none for the table.
    kParamLease,
    // ZooKeeper only: what a waiter watches, its predecessor (the recipe) or the whole directory.
    kParamWatch,
};

enum LockTimer : int { kWorkTimer = 0, kRetryTimer = 1, kPingTimer = 2, kExpiryTimer = 3 };

// Which lock service a protocol runs.
enum class Service { Table, Cache, ZooKeeper };

} // namespace cs::locks
