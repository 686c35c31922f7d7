#pragma once

#include <optional>
#include <string>
#include <vector>

#include "protocol.h"
#include "tracefile.h"
#include "tracerecorder.h"

namespace cs {

// Where a replay first parted from the recorded events, if it did.
struct ReplayDifference
{
    std::size_t index = 0;
    std::string recorded;
    std::string replayed;
};

// The note a trace's note event records, typed by the protocol's schemas (no schema if unknown).
Note noteFromEvent(const nlohmann::ordered_json &event, const ProtocolDescriptor &descriptor);

// Compares recorded events (from a file) with the first `count` events of a recorder; fields the
// recorded event has beyond the replayed one are ignored, as version 1 allows.
std::optional<ReplayDifference> firstDifference(const nlohmann::ordered_json &recorded, const TraceRecorder &replayed,
                                                std::size_t count);

// Re-simulates a trace from its scenario, seed and inputs and compares event by event. Fields
// the recorded event has beyond the replayed one are ignored, as version 1 allows.
std::optional<ReplayDifference> replayTrace(const TraceDocument &trace);

// Re-checks the protocol's invariants over the trace's events alone, as an outside tool would;
// liveness too, as Simulation::finish judges it (not when the run ends losing messages).
std::vector<Violation> checkTrace(const TraceDocument &trace);

// The loss parameter at the end of a run: the scenario's, as its `set` events left it.
std::int64_t lossAtEnd(const TraceDocument &trace);

} // namespace cs
