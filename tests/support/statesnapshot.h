#pragma once

#include <string>
#include <vector>

#include "simulation.h"

namespace cs::testing {

// A simulation written out one field per line (clock and counters, every node's description with
// durable and volatile fields, timers and log, links, messages in flight, violations), so two
// states can be compared field by field and their first difference named.
std::vector<std::string> stateLines(const Simulation &simulation);

// "" if the two states agree on every line, else the first line where they differ.
std::string firstStateDifference(const Simulation &expected, const Simulation &actual);

} // namespace cs::testing
