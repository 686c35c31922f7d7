#pragma once

#include <functional>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "faultschedule.h"
#include "recordedrun.h"
#include "simulation.h"

namespace cs::testing {

// A sweep run exactly as `clusterscope-cli run --faults random|crashes` builds it, so a failing
// seed reproduces from the command line: a safety phase with random faults and a client load,
// then everything repaired at defaultFaultsEnd(until) and a liveness phase with clients still
// submitting commands.
// Parameters other than the defaults are named in `settings` (name -> value, a choice by its name).
Scenario sweepScenario(const Protocol &protocol, int seed, int nodes, VirtualTime until, FaultMix mix,
                       const std::map<std::string, std::string> &settings = {});
Scenario sweepScenario(const std::string &protocol, int seed, int nodes, VirtualTime until, FaultMix mix);

// The command that reproduces a sweep run, with a --set for every protocol parameter off its default.
std::string reproduceCommand(const Scenario &scenario);

// "seed N: invariant at T: detail\nreproduce: ..." for the first violation of a run, or "" if none.
std::string firstViolation(const Scenario &scenario, const Simulation &simulation);

// One row of a sweep: the protocol, the shape of each seed's run, and what may break.
struct SweepPlan
{
    const Protocol *protocol = nullptr;
    FaultMix mix = FaultMix::All;
    VirtualTime until = 10 * kSecond;
    std::function<int(int seed)> nodes;
    // Invariants the protocol is known to break under these faults (3PC's Atomic Agreement).
    std::vector<std::string> knownLimitations;
    // Parameters set for every run, as `clusterscope-cli run --set name=value` takes them.
    std::map<std::string, std::string> settings = {};
    // An extra judgement of each finished run (the consistency of its history); returns "" or why
    // the run fails, reported under the name `extraCheck`.
    std::function<std::string(const Scenario &, const RecordedRun &)> judge = {};
    std::string judgeName = {};
    // Builds each seed's scenario instead of sweepScenario (a shipped scenario with randomized
    // timing); a failure then reproduces from that scenario, written to a file in the temporary
    // directory that the printed command runs.
    std::function<Scenario(int seed)> scenario = {};
};

// What a sweep saw: the first unexpected violation (with its reproducing command) and, for each
// invariant, in how many runs it broke.
struct SweepResult
{
    int seeds = 0;
    std::string firstFailure;
    std::map<std::string, int> runsBreaking;
};

// Runs seeds first..last of a plan; each run's safety invariants are checked after every step and
// its liveness properties at the end. Stops at the first unexpected violation if asked to.
SweepResult runSweep(const SweepPlan &plan, int first, int last, bool stopAtFailure = true);

// "" if a broken variant's sweep broke only `invariant`, in at least `minimumRuns` runs; otherwise
// what it broke instead.
std::string caughtOnly(const SweepResult &result, const std::string &invariant, int minimumRuns);

// "3 of 200 runs broke X, ..." for the log.
std::string describeSweep(const SweepResult &result);

} // namespace cs::testing
