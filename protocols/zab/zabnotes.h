#pragma once

#include "note.h"
#include "parameters.h"

namespace cs::zab {

// Notes for the checker and outside tools.
inline constexpr NoteSchema kRoleNote{"role", {"epoch", {}, {}, {}}, "role"};
inline constexpr NoteSchema kVoteNote{"vote", {"round", "leader", "zxid", "epoch"}, {}};
inline constexpr NoteSchema kEstablishedNote{"established", {"epoch", "historyLength", {}, {}}, {}};
inline constexpr NoteSchema kProposeNote{"propose", {"zxid", {}, {}, {}}, "value"};
inline constexpr NoteSchema kAckNote{"ack", {"zxid", {}, {}, {}}, {}};
inline constexpr NoteSchema kReackNote{"reack", {"zxid", {}, {}, {}}, {}};
inline constexpr NoteSchema kCommitNote{"commit", {"zxid", {}, {}, {}}, {}};
inline constexpr NoteSchema kDeliverNote{"deliver", {"zxid", {}, {}, {}}, "value"};
inline constexpr NoteSchema kSyncNote{"sync", {"epoch", "historyLength", {}, {}}, "history"};

enum ZabParameter : int {
    kParamObservers = kNetworkParameterCount,
    kParamFinalizeWait,
    kParamTickTimeout,
    kParamPingInterval,
};

enum ZabTimer : int { kFinalizeTimer = 0, kPingTimer = 1, kLivenessTimer = 2 };

} // namespace cs::zab
