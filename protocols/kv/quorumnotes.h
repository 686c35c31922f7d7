#pragma once

#include "note.h"
#include "parameters.h"

namespace cs::quorum {

// Notes of the leaderless quorum store, for its checker and outside tools. A version is named by
// its Lamport stamp and the node that wrote it; "versions" texts read "key stamp.writer,...".
inline constexpr NoteSchema kVersionNote{"version", {"siblings", "stamp", "writer", {}}, "versions"};
inline constexpr NoteSchema kStoredNote{"stored", {"op", "stamp", "writer", {}}, "key"};
inline constexpr NoteSchema kHintNote{"hint", {"owner", "stamp", "writer", "op"}, "key"};
inline constexpr NoteSchema kHandoffNote{"handoff", {"owner", "stamp", "writer", {}}, "key"};
inline constexpr NoteSchema kRepairNote{"repair", {"target", "stamp", "writer", {}}, "key"};
inline constexpr NoteSchema kWrittenNote{"written", {"op", "stamp", "writer", "acks"}, "replicas"};
inline constexpr NoteSchema kReadNote{"read", {"op", "replies", "stamp", "writer"}, "replicas"};
inline constexpr NoteSchema kLostNote{"lost", {"stamp", "writer", "keptStamp", "keptWriter"}, "key"};

enum QuorumParameter : int {
    kParamReplicas = kNetworkParameterCount,
    kParamWriteQuorum,
    kParamReadQuorum,
    kParamReconcile,
    kParamSloppy,
    kParamReplyTimeout,
    kParamAntiEntropy,
};

// Values of the choice parameters.
enum Reconcile : int { kLastWriterWins = 0, kSiblings = 1 };

enum QuorumTimer : int { kRequestTimer = 0, kAntiEntropyTimer = 1 };

} // namespace cs::quorum
