#pragma once

#include "note.h"
#include "parameters.h"

namespace cs::paxos {

// Notes for the checker and outside tools; ballots appear as round * 1000 + proposer.
inline constexpr NoteSchema kProposeNote{"propose", {"ballot", {}, {}, {}}, "value"};
inline constexpr NoteSchema kPromiseNote{"promise", {"ballot", {}, {}, {}}, {}};
inline constexpr NoteSchema kAcceptNote{"accept", {"ballot", {}, {}, {}}, "value"};
inline constexpr NoteSchema kChosenNote{"chosen", {"ballot", {}, {}, {}}, "value"};
inline constexpr NoteSchema kLearnNote{"learn", {}, "value"};
// What a node does, written at start and at restart: 1 if it proposes, 1 if it accepts.
inline constexpr NoteSchema kPaxosRoleNote{"role", {"proposer", "acceptor", {}, {}}, {}};

enum PaxosParameter : int {
    kParamProposers = kNetworkParameterCount,
    kParamPhaseTimeout,
    kParamBackoffMax,
    kParamDistinguished,
};

enum PaxosTimer : int { kPhaseTimer = 0, kRetryTimer = 1 };

} // namespace cs::paxos
