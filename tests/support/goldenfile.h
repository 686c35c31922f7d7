#pragma once

#include <string>

#include "scenariodriver.h"

namespace cs::testing {

// Runs one golden scenario file through a driver: compares every command's output with the file,
// or rewrites the file when CLUSTERSCOPE_REWRITE is set. Returns the first mismatch, or "".
std::string runGoldenFile(const std::string &path, ScenarioDriver &driver);

// Seeds a sweep runs in the suite (suiteDefault, 20,000 unless given); CLUSTERSCOPE_SWEEP_SEEDS
// sets it for the on-demand sweep.
int sweepSeeds(int suiteDefault = 20000);

// Random sessions per protocol the time-travel property test runs; CLUSTERSCOPE_TIMETRAVEL_SESSIONS
// raises it for a longer run on demand.
int timeTravelSessions();

} // namespace cs::testing
