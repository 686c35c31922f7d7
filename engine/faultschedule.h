#pragma once

#include <cstdint>
#include <vector>

#include "scenario.h"

namespace cs {

// Random faults for a sweep: a safety phase of crashes, restarts, partitions, cut links and loss
// with a steady client load, then at faultsEnd everything is repaired so liveness can be judged.
std::vector<Input> randomFaultSchedule(const Scenario &scenario, VirtualTime faultsEnd);

// The moment random faults stop for a run of the given length.
VirtualTime defaultFaultsEnd(VirtualTime until);

} // namespace cs
