#include "sweep.h"

#include "registry.h"

namespace cs::testing {

Scenario sweepScenario(const std::string &protocol, int seed, int nodes, VirtualTime until, FaultMix mix)
{
    auto scenario = defaultScenario(*findProtocol(protocol));
    scenario.seed = static_cast<std::uint64_t>(seed);
    scenario.parameters[kParamNodes] = nodes;
    scenario.until = until;
    scenario.faults = mix == FaultMix::All ? "random" : "crashes";
    scenario.inputs = randomFaultSchedule(scenario, defaultFaultsEnd(until), mix);
    return scenario;
}

std::string reproduceCommand(const Scenario &scenario)
{
    return "clusterscope-cli run --protocol " + scenario.protocol->descriptor().name + " --nodes "
           + std::to_string(scenario.clusterSize()) + " --seed " + std::to_string(scenario.seed) + " --until "
           + formatDuration(scenario.until) + " --faults " + scenario.faults;
}

std::string firstViolation(const Scenario &scenario, const Simulation &simulation)
{
    if (simulation.violations().empty())
        return {};
    const auto &violation = simulation.violations().front();
    return "seed " + std::to_string(scenario.seed) + ": " + violation.invariant + " at " + formatDuration(violation.at)
           + ": " + violation.detail + "\nreproduce: " + reproduceCommand(scenario);
}

} // namespace cs::testing
