#pragma once

#include <string>

#include "faultschedule.h"
#include "simulation.h"

namespace cs::testing {

// A sweep run exactly as `clusterscope-cli run --faults random|crashes` builds it, so a failing
// seed reproduces from the command line.
Scenario sweepScenario(const std::string &protocol, int seed, int nodes, VirtualTime until, FaultMix mix);

// The command that reproduces a sweep run.
std::string reproduceCommand(const Scenario &scenario);

// "seed N: invariant: detail\nreproduce: ..." for the first violation of a run, or "" if none.
std::string firstViolation(const Scenario &scenario, const Simulation &simulation);

} // namespace cs::testing
