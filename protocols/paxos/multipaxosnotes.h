#pragma once

#include "note.h"
#include "paxosnotes.h"

namespace cs::paxos {

// Multi-Paxos notes: as single-decree Paxos, with the log slot each proposal is for.
inline constexpr NoteSchema kSlotPromiseNote{"promise", {"ballot", "firstSlot", {}, {}}, {}};
inline constexpr NoteSchema kSlotProposeNote{"propose", {"ballot", "slot", {}, {}}, "value"};
inline constexpr NoteSchema kSlotAcceptNote{"accept", {"ballot", "slot", {}, {}}, "value"};
inline constexpr NoteSchema kSlotChosenNote{"chosen", {"ballot", "slot", {}, {}}, "value"};
inline constexpr NoteSchema kSlotLearnNote{"learn", {"slot", {}, {}, {}}, "value"};
inline constexpr NoteSchema kLeaderRoleNote{"role", {"round", {}, {}, {}}, "role"};

enum MultiPaxosParameter : int {
    kParamMpElectionMin = kNetworkParameterCount,
    kParamMpElectionMax,
    kParamMpHeartbeat,
};

enum MultiPaxosTimer : int { kMpElectionTimer = 0, kMpHeartbeatTimer = 1 };

} // namespace cs::paxos
