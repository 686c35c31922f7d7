#include "tracereplay.h"

#include <algorithm>

#include "recordedrun.h"

namespace cs {

namespace {

using Json = nlohmann::ordered_json;

bool covers(const Json &recorded, const Json &replayed)
{
    if (!recorded.is_object())
        return false;
    for (const auto &[key, value] : replayed.items()) {
        const auto it = recorded.find(key);
        if (it == recorded.end() || *it != value)
            return false;
    }
    return true;
}

} // namespace

Note noteFromEvent(const Json &event, const ProtocolDescriptor &descriptor)
{
    Note note;
    note.node = event["node"].get<NodeId>();
    const auto &kind = event["note"].get_ref<const std::string &>();
    for (const auto *schema : descriptor.notes) {
        if (schema->kind != kind)
            continue;
        note.schema = schema;
        for (std::size_t i = 0; i < schema->numberFields.size(); ++i) {
            if (!schema->numberFields[i].empty())
                note.numbers[i] = event[std::string(schema->numberFields[i])].get<std::int64_t>();
        }
        if (!schema->textField.empty())
            note.text = event[std::string(schema->textField)].get<std::string>();
    }
    return note;
}

namespace {

Input networkInput(const Json &event)
{
    Input input;
    input.at = event["t"].get<VirtualTime>();
    const auto &kind = event["kind"].get_ref<const std::string &>();
    if (kind == "partition") {
        input.kind = InputKind::Partition;
        input.groups = event["groups"].get<std::vector<std::vector<NodeId>>>();
    } else if (kind == "heal" && event.contains("all")) {
        input.kind = InputKind::HealAll;
    } else if (kind == "slow") {
        input.kind = InputKind::SlowLink;
        input.node = event["from"].get<NodeId>();
        input.peer = event["to"].get<NodeId>();
        input.bothWays = event.value("bothWays", true);
        input.value = event["by"].get<VirtualTime>();
    } else {
        input.kind = kind == "cut" ? InputKind::Cut : InputKind::Heal;
        input.node = event["from"].get<NodeId>();
        input.peer = event["to"].get<NodeId>();
        input.bothWays = event.value("bothWays", true);
    }
    return input;
}

Input clientInput(const Json &event)
{
    Input input;
    input.at = event["t"].get<VirtualTime>();
    input.kind = InputKind::Client;
    input.node = event["node"].get<NodeId>();
    input.command = event["command"].get<std::string>();
    return input;
}

// A recorded parameter change, clamped to its range as the simulation clamps it.
void observeParameterEvent(InvariantChecker &checker, const std::vector<ParameterSpec> &specs, const Json &event)
{
    const auto index = parameterIndex(specs, event["parameter"].get_ref<const std::string &>());
    if (!index)
        return;
    const auto &spec = specs[static_cast<std::size_t>(*index)];
    checker.observeParameter(event["t"].get<VirtualTime>(), *index,
                             std::clamp(event["value"].get<std::int64_t>(), spec.minimum, spec.maximum));
}

} // namespace

std::optional<ReplayDifference> firstDifference(const Json &recorded, const TraceRecorder &replayed, std::size_t count)
{
    count = std::min(count, replayed.size());
    const std::size_t common = std::min(count, recorded.size());
    for (std::size_t i = 0; i < common; ++i) {
        const auto event = replayed.eventToJson(i);
        if (!covers(recorded[i], event))
            return ReplayDifference{i, recorded[i].dump(), event.dump()};
    }
    if (count != recorded.size()) {
        const bool longer = count > recorded.size();
        return ReplayDifference{common, longer ? "(end of recorded events)" : recorded[common].dump(),
                                longer ? replayed.eventToJson(common).dump() : "(end of replayed events)"};
    }
    return std::nullopt;
}

std::optional<ReplayDifference> replayTrace(const TraceDocument &trace)
{
    RecordedRun run(trace.scenario);
    run.runToEnd();
    return firstDifference(trace.events, run.recorder(), run.recorder().size());
}

std::int64_t lossAtEnd(const TraceDocument &trace)
{
    auto loss = trace.scenario.parameters[kParamLoss];
    for (const auto &event : trace.events) {
        if (event["kind"] == "set" && event["parameter"] == "loss")
            loss = event["value"].get<std::int64_t>();
    }
    return loss;
}

std::vector<Violation> checkTrace(const TraceDocument &trace)
{
    const auto &protocol = *trace.scenario.protocol;
    auto checker = protocol.createChecker(trace.scenario.parameters);
    std::vector<Violation> violations;
    for (const auto &event : trace.events) {
        const auto at = event["t"].get<VirtualTime>();
        const auto &kind = event["kind"].get_ref<const std::string &>();
        if (kind == "note")
            checker->observeNote(at, noteFromEvent(event, protocol.descriptor()));
        else if (kind == "crash")
            checker->observeCrash(at, event["node"].get<NodeId>());
        else if (kind == "restart")
            checker->observeRestart(at, event["node"].get<NodeId>());
        else if (kind == "pause")
            checker->observePause(at, event["node"].get<NodeId>(), event["for"].get<VirtualTime>());
        else if (kind == "cut" || kind == "heal" || kind == "partition" || kind == "slow")
            checker->observeNetwork(at, networkInput(event));
        else if (kind == "client")
            checker->observeClient(at, clientInput(event));
        else if (kind == "set")
            observeParameterEvent(*checker, protocol.descriptor().parameters, event);
        const auto before = violations.size();
        checker->check(at, violations);
        for (auto i = before; i < violations.size(); ++i)
            violations[i].at = at;
    }
    if (lossAtEnd(trace) > 0)
        return violations;
    const auto before = violations.size();
    checker->finish(trace.scenario.until, violations);
    for (auto i = before; i < violations.size(); ++i)
        violations[i].at = trace.scenario.until;
    return violations;
}

} // namespace cs
