#include "sweep.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>

#include "recordedrun.h"
#include "registry.h"

namespace cs::testing {

namespace {

// " --set name=value" for every parameter but the cluster size that differs from its default.
std::string settingsOf(const Scenario &scenario)
{
    const auto &specs = scenario.protocol->descriptor().parameters;
    std::string text;
    for (std::size_t i = 0; i < specs.size(); ++i) {
        if (static_cast<int>(i) != kParamNodes && scenario.parameters[i] != specs[i].defaultValue)
            text += " --set " + specs[i].name + "=" + formatParameterValue(specs[i], scenario.parameters[i]);
    }
    return text;
}

// Writes a failing run's scenario where the command line can take it, and returns the command.
std::string reproduceFromFile(const Scenario &scenario)
{
    const auto path = std::filesystem::temp_directory_path()
                      / ("clusterscope-" + scenario.protocol->descriptor().name + "-seed-" + std::to_string(scenario.seed) + ".json");
    std::ofstream(path) << scenarioFileToJson(scenario).dump(2) << "\n";
    return "clusterscope-cli run --scenario " + path.string();
}

} // namespace

Scenario sweepScenario(const Protocol &protocol, int seed, int nodes, VirtualTime until, FaultMix mix,
                       const std::map<std::string, std::string> &settings)
{
    auto scenario = defaultScenario(protocol);
    scenario.seed = static_cast<std::uint64_t>(seed);
    scenario.parameters[kParamNodes] = nodes;
    const auto &specs = protocol.descriptor().parameters;
    for (const auto &[name, text] : settings) {
        const auto &spec = specs[static_cast<std::size_t>(*parameterIndex(specs, name))];
        scenario.parameters[static_cast<std::size_t>(*parameterIndex(specs, name))] =
            spec.unit == ParameterUnit::Choice ? *choiceValue(spec, text)
            : spec.unit == ParameterUnit::Duration ? *parseDuration(text)
                                                   : std::stoll(text);
    }
    scenario.until = until;
    scenario.faults = mix == FaultMix::All ? "random" : "crashes";
    scenario.inputs = randomFaultSchedule(scenario, defaultFaultsEnd(until), mix);
    return scenario;
}

Scenario sweepScenario(const std::string &protocol, int seed, int nodes, VirtualTime until, FaultMix mix)
{
    return sweepScenario(*findProtocol(protocol), seed, nodes, until, mix);
}

std::string reproduceCommand(const Scenario &scenario)
{
    return "clusterscope-cli run --protocol " + scenario.protocol->descriptor().name + " --nodes "
           + std::to_string(scenario.clusterSize()) + " --seed " + std::to_string(scenario.seed) + " --until "
           + formatDuration(scenario.until) + " --faults " + scenario.faults + settingsOf(scenario);
}

std::string firstViolation(const Scenario &scenario, const Simulation &simulation)
{
    if (simulation.violations().empty())
        return {};
    const auto &violation = simulation.violations().front();
    return "seed " + std::to_string(scenario.seed) + ": " + violation.invariant + " at " + formatDuration(violation.at)
           + ": " + violation.detail + "\nreproduce: " + reproduceCommand(scenario);
}

SweepResult runSweep(const SweepPlan &plan, int first, int last, bool stopAtFailure)
{
    SweepResult result;
    const auto &known = plan.knownLimitations;
    for (int seed = first; seed <= last; ++seed) {
        const auto scenario = plan.scenario ? plan.scenario(seed)
                                            : sweepScenario(*plan.protocol, seed, plan.nodes(seed), plan.until,
                                                            plan.mix, plan.settings);
        const auto reproduce = [&] { return plan.scenario ? reproduceFromFile(scenario) : reproduceCommand(scenario); };
        RecordedRun run(scenario, plan.judge != nullptr);
        run.runToEnd();
        ++result.seeds;
        std::set<std::string> broken;
        if (plan.judge) {
            if (const auto why = plan.judge(scenario, run); !why.empty()) {
                broken.insert(plan.judgeName);
                if (result.firstFailure.empty())
                    result.firstFailure = "seed " + std::to_string(seed) + ": " + plan.judgeName + ": " + why
                                          + "\nreproduce: " + reproduce();
            }
        }
        for (const auto &violation : run.simulation().violations()) {
            broken.insert(violation.invariant);
            const bool expected = std::find(known.begin(), known.end(), violation.invariant) != known.end();
            if (!expected && result.firstFailure.empty()) {
                result.firstFailure = "seed " + std::to_string(seed) + ": " + violation.invariant + " at "
                                      + formatDuration(violation.at) + ": " + violation.detail
                                      + "\nreproduce: " + reproduce();
            }
        }
        for (const auto &invariant : broken)
            ++result.runsBreaking[invariant];
        if (stopAtFailure && !result.firstFailure.empty())
            break;
    }
    return result;
}

std::string caughtOnly(const SweepResult &result, const std::string &invariant, int minimumRuns)
{
    const auto it = result.runsBreaking.find(invariant);
    const int caught = it == result.runsBreaking.end() ? 0 : it->second;
    if (caught >= minimumRuns && result.runsBreaking.size() == 1)
        return {};
    return "expected only " + invariant + " in at least " + std::to_string(minimumRuns) + " runs; "
           + describeSweep(result);
}

std::string describeSweep(const SweepResult &result)
{
    std::string text = std::to_string(result.seeds) + " runs";
    for (const auto &[invariant, runs] : result.runsBreaking)
        text += ", " + std::to_string(runs) + " broke " + invariant;
    return text;
}

} // namespace cs::testing
