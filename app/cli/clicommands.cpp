#include "clicommands.h"

#include <iostream>
#include <optional>

#include "consistencyresult.h"
#include "faultschedule.h"
#include "historytrace.h"
#include "lessoncheck.h"
#include "recordedrun.h"
#include "registry.h"
#include "runsummary.h"
#include "schemagenerator.h"
#include "tracereplay.h"
#include "tracewriting.h"

namespace cs::cli {

namespace {

const ProtocolLookup kLookup = [](std::string_view name) { return findProtocol(name); };

std::int64_t parseFlagInteger(const std::string &flag, const std::string &text, std::int64_t low, std::int64_t high)
{
    std::size_t used = 0;
    long long value = 0;
    try {
        value = std::stoll(text, &used);
    } catch (const std::exception &) {
        used = 0;
    }
    if (used == 0 || used != text.size() || value < low || value > high)
        throw InputError(flag + ": expected an integer from " + std::to_string(low) + " to " + std::to_string(high)
                         + ", got \"" + text + "\"");
    return value;
}

std::int64_t parseFlagValue(const std::string &flag, const ParameterSpec &spec, const std::string &text)
{
    if (spec.unit == ParameterUnit::Choice) {
        if (const auto value = choiceValue(spec, text))
            return *value;
        throw InputError(flag + ": expected " + choiceList(spec) + ", got \"" + text + "\"");
    }
    if (spec.unit != ParameterUnit::Duration)
        return parseFlagInteger(flag, text, spec.minimum, spec.maximum);
    const auto value = parseDuration(text);
    if (!value || *value < spec.minimum || *value > spec.maximum)
        throw InputError(flag + ": expected a duration from " + formatDuration(spec.minimum) + " to "
                         + formatDuration(spec.maximum) + " such as \"150ms\", got \"" + text + "\"");
    return *value;
}

Scenario scenarioFromArguments(const CliArguments &arguments)
{
    Scenario scenario;
    if (arguments.scenario) {
        scenario = loadScenarioFile(*arguments.scenario, kLookup);
        if (arguments.protocol && *arguments.protocol != scenario.protocol->descriptor().name)
            throw InputError("--protocol " + *arguments.protocol + " conflicts with the scenario's protocol "
                             + scenario.protocol->descriptor().name);
    } else {
        const std::string name = arguments.protocol.value_or("raft");
        const Protocol *protocol = findProtocol(name);
        if (!protocol)
            throw InputError("--protocol: unknown protocol \"" + name + "\" (see clusterscope-cli list)");
        scenario = defaultScenario(*protocol);
    }
    const auto &specs = scenario.protocol->descriptor().parameters;
    if (arguments.nodes) {
        if (arguments.scenario && !scenario.inputs.empty())
            throw InputError("--nodes cannot change the size of a scenario that has inputs");
        scenario.parameters[kParamNodes] = parseFlagValue("--nodes", specs[kParamNodes], *arguments.nodes);
    }
    if (arguments.seed)
        scenario.seed = static_cast<std::uint64_t>(parseFlagInteger("--seed", *arguments.seed, 0, INT64_MAX));
    if (arguments.until) {
        const auto until = parseDuration(*arguments.until);
        if (!until || *until <= 0 || *until > kMaxRunLength)
            throw InputError("--until: expected a duration up to 24h such as \"10s\", got \"" + *arguments.until + "\"");
        scenario.until = *until;
    }
    for (const auto &[name, value] : arguments.settings) {
        const auto index = parameterIndex(specs, name);
        if (!index)
            throw InputError("--set: unknown parameter \"" + name + "\" for " + scenario.protocol->descriptor().name);
        if (*index == kParamNodes)
            throw InputError("--set: use --nodes for the cluster size");
        scenario.parameters[static_cast<std::size_t>(*index)] =
            parseFlagValue("--set " + name, specs[static_cast<std::size_t>(*index)], value);
    }
    if (const auto problem = parameterConsistencyProblem(specs, scenario.parameters); !problem.empty())
        throw InputError(problem);
    if (arguments.faults) {
        if (*arguments.faults != "none" && *arguments.faults != "random" && *arguments.faults != "crashes")
            throw InputError("--faults: expected none, random or crashes, got \"" + *arguments.faults + "\"");
        scenario.faults = *arguments.faults;
    }
    if (scenario.faults != "none") {
        if (!scenario.inputs.empty())
            throw InputError("random faults cannot be combined with a scenario that has its own inputs");
        scenario.inputs = randomFaultSchedule(scenario, defaultFaultsEnd(scenario.until),
                                              scenario.faults == "crashes" ? FaultMix::CrashesOnly : FaultMix::All);
    }
    return scenario;
}

int runVerb(const CliArguments &arguments, std::ostream &out, std::ostream &err)
{
    const Scenario scenario = scenarioFromArguments(arguments);
    RecordedRun run(scenario);
    run.runToEnd();
    const auto &violations = run.simulation().violations();
    std::ostream &summaryStream = arguments.out && *arguments.out == "-" ? err : out;
    // The events are written and summarised one at a time, never held as one JSON document.
    const bool toStandardOutput = arguments.out && *arguments.out == "-";
    std::optional<AtomicFileWriter> file;
    if (arguments.out && !toStandardOutput)
        file.emplace(*arguments.out);
    std::string pending;
    auto emit = [&](std::string text, bool last = false) {
        pending += text;
        if (pending.size() < (std::size_t(1) << 20) && !last)
            return;
        if (file)
            file->write(pending);
        else if (toStandardOutput)
            out << pending;
        pending.clear();
    };
    const bool writing = arguments.out.has_value();
    if (writing)
        emit(traceHead(scenario));
    RunSummary summary(scenario);
    const auto &recorder = run.recorder();
    for (std::size_t i = 0; i < recorder.size(); ++i) {
        const auto event = recorder.eventToJson(i);
        summary.add(event);
        if (writing)
            emit(traceEventText(event, i == 0));
    }
    const auto final = finalStateJson(run.simulation());
    if (writing)
        emit(traceTail(final, recorder.size() > 0), true);
    summaryStream << summary.text(final, run.simulation().parameters()[kParamLoss], violations);
    if (file) {
        file->commit();
        summaryStream << "trace:      " << *arguments.out << " (" << recorder.size() << " events, " << file->written()
                      << " bytes)\n";
    }
    return violations.empty() ? 0 : 1;
}

int replayVerb(const CliArguments &arguments, std::ostream &out)
{
    const auto trace = loadTraceFile(arguments.file, kLookup);
    const auto difference = replayTrace(trace);
    if (!difference) {
        out << arguments.file << ": replay identical (" << trace.events.size() << " events)\n";
        return 0;
    }
    out << arguments.file << ": replay differs at events[" << difference->index << "]\n"
        << "  recorded: " << difference->recorded << "\n"
        << "  replayed: " << difference->replayed << "\n";
    return 1;
}

int checkVerb(const CliArguments &arguments, std::ostream &out)
{
    const auto trace = loadTraceFile(arguments.file, kLookup);
    const auto violations = checkTrace(trace);
    for (const auto &violation : violations)
        out << violationLine(violation) << "\n";
    out << arguments.file << ": " << trace.events.size() << " events checked against "
        << trace.scenario.protocol->descriptor().invariants.size() << " invariants, " << violations.size()
        << (violations.size() == 1 ? " violation\n" : " violations\n");
    const auto history = historyFromTraceEvents(trace.events);
    const auto report = ConsistencyChecker().check(history);
    if (!history.operations().empty())
        out << consistencyText(report, history.operations().size());
    if (arguments.consistencyJson)
        writeFileAtomically(*arguments.consistencyJson, consistencyJson(report).dump(2) + "\n");
    const bool consistencyViolated = !report.ruledOut(true).empty() || !report.lostWrites.empty();
    return violations.empty() && !consistencyViolated ? 0 : 1;
}

int listVerb(std::ostream &out)
{
    for (const auto *protocol : allProtocols()) {
        const auto &descriptor = protocol->descriptor();
        out << descriptor.name << "  " << descriptor.title << "\n  " << descriptor.summary << "\n";
        for (const auto &spec : descriptor.parameters) {
            out << "    " << spec.name << std::string(spec.name.size() < 22 ? 22 - spec.name.size() : 1, ' ')
                << "default " << formatParameterValue(spec, spec.defaultValue) << ", range "
                << formatParameterValue(spec, spec.minimum) << " to " << formatParameterValue(spec, spec.maximum)
                << "\n";
        }
        out << "    invariants: ";
        for (std::size_t i = 0; i < descriptor.invariants.size(); ++i)
            out << (i ? ", " : "") << descriptor.invariants[i];
        out << "\n\n";
    }
    return 0;
}

} // namespace

int runCommand(const CliArguments &arguments, std::ostream &out, std::ostream &err)
{
    if (arguments.help) {
        out << usageText();
        return 0;
    }
    if (arguments.verb == "run")
        return runVerb(arguments, out, err);
    if (arguments.verb == "replay")
        return replayVerb(arguments, out);
    if (arguments.verb == "check")
        return checkVerb(arguments, out);
    if (arguments.verb == "lesson")
        return checkLessons(arguments.lessons, out);
    if (arguments.verb == "schema") {
        out << generateSchema(arguments.file);
        return 0;
    }
    return listVerb(out);
}

} // namespace cs::cli
