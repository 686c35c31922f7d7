#pragma once

#include "note.h"
#include "parameters.h"

namespace cs::failuredetect {

// Notes of the failure detectors, for the checker and outside tools. Levels are hundredths (phi
// 7.30 is 730; a fixed timeout's elapsed fraction 1.00 is 100); silences are microseconds.
inline constexpr NoteSchema kSuspectNote{"suspect", {"peer", "level", "silence", {}}, {}};
inline constexpr NoteSchema kTrustNote{"trust", {"peer", "suspectedFor", {}, {}}, {}};
inline constexpr NoteSchema kProbeNote{"probe", {"peer", "attempt", "level", {}}, {}};
inline constexpr NoteSchema kRoleNote{"role", {"suspected", {}, {}, {}}, "role"};

enum FailureDetectParameter : int {
    kParamFormula = kNetworkParameterCount,
    kParamHeartbeat,
    kParamTimeout,
    kParamThreshold,
    kParamWindow,
    kParamMinDeviation,
    kParamMaxInterval,
    kParamRetries,
    kParamProbeTimeout,
    kParamSampleInterval,
};

enum FailureDetectTimer : int { kHeartbeatTimer = 0, kDeadlineTimer = 1, kSampleTimer = 2 };

} // namespace cs::failuredetect
