#include "tracefile.h"

#include <set>

#include "tracerecorder.h"

namespace cs {

namespace {

using Json = nlohmann::ordered_json;

const std::set<std::string, std::less<>> kDropReasons = {"link cut", "node down", "lost", "dropped by user"};

void validateMessageEvent(const JsonCursor &event, int size, bool send)
{
    event["id"].integer(1, INT64_MAX);
    event["from"].integer(1, size);
    event["to"].integer(1, size);
    event["type"].string(64);
    if (send) {
        event["arrives"].integer(event["t"].integer(0, INT64_MAX), INT64_MAX);
        event["msg"].requireObject();
    }
}

void validateNote(const JsonCursor &event, const ProtocolDescriptor &descriptor, int size)
{
    event["node"].integer(1, size);
    const auto kindField = event["note"];
    const auto kind = kindField.string(64);
    for (const auto *schema : descriptor.notes) {
        if (schema->kind != kind)
            continue;
        for (const auto &field : schema->numberFields) {
            if (!field.empty())
                event[field].integer(INT64_MIN, INT64_MAX);
        }
        if (!schema->textField.empty())
            event[schema->textField].string(kMaxCommandLength * 4);
        return;
    }
    kindField.fail("unknown note \"" + kind + "\" for " + descriptor.name);
}

void validateOperation(const JsonCursor &event, int size, bool complete)
{
    event["node"].integer(1, size);
    event["client"].integer(1, kMaxClients);
    event["op"].integer(1, INT64_MAX);
    if (complete) {
        const auto result = event["result"];
        const auto name = result.string(16);
        if (name != "ok" && name != "fail" && name != "unknown")
            result.fail("expected \"ok\", \"fail\" or \"unknown\"");
        if (event.has("value"))
            event["value"].string(kMaxCommandLength * 4);
        if (event.has("error"))
            event["error"].string(4000);
        if (event.has("leader"))
            event["leader"].integer(1, size);
        if (event.has("token"))
            event["token"].string(4000);
        return;
    }
    if (event.has("consistency")) {
        const auto consistency = event["consistency"];
        if (!isSessionConsistency(consistency.string(32)))
            consistency.fail("expected one of " + sessionConsistencyList());
    }
    if (event.has("token"))
        event["token"].string(4000);
    const auto operation = event["operation"];
    const auto kind = operation.string(16);
    if (kind == "command") {
        event["command"].string(kMaxCommandLength);
    } else if (kind == "write" || kind == "read" || kind == "cas") {
        event["key"].string(kMaxKeyLength);
        if (kind == "cas")
            event["expected"].string(kMaxCommandLength);
        if (kind == "write" || kind == "cas")
            event["value"].string(kMaxCommandLength);
    } else {
        operation.fail("expected \"command\", \"write\", \"read\" or \"cas\"");
    }
}

void validateEvent(const JsonCursor &event, const Scenario &scenario, VirtualTime previous)
{
    event.requireObject();
    const int size = scenario.clusterSize();
    const auto time = event["t"];
    if (time.integer(0, kMaxRunLength) < previous)
        time.fail("earlier than the event before it (" + std::to_string(previous) + ")");
    const auto kindField = event["kind"];
    const auto kind = kindField.string(32);
    if (kind == "send" || kind == "deliver") {
        validateMessageEvent(event, size, kind == "send");
    } else if (kind == "drop") {
        validateMessageEvent(event, size, false);
        const auto reason = event["reason"];
        if (!kDropReasons.contains(reason.string(32)))
            reason.fail("unknown drop reason \"" + reason.string(32) + "\"");
    } else if (kind == "timer") {
        event["node"].integer(1, size);
        event["timer"].string(64);
    } else if (kind == "crash" || kind == "restart") {
        event["node"].integer(1, size);
    } else if (kind == "slow") {
        event["from"].integer(1, size);
        event["to"].integer(1, size);
        event["by"].integer(0, kMaxRunLength);
    } else if (kind == "pause") {
        event["node"].integer(1, size);
        event["for"].integer(1, kMaxRunLength);
    } else if (kind == "cut" || kind == "heal") {
        if (kind == "heal" && event.has("all")) {
            event["all"].boolean();
        } else {
            event["from"].integer(1, size);
            event["to"].integer(1, size);
        }
    } else if (kind == "partition") {
        const auto groups = event["groups"].requireArray(static_cast<std::size_t>(size));
        for (std::size_t g = 0; g < groups.size(); ++g) {
            const auto group = groups[g].requireArray(static_cast<std::size_t>(size));
            for (std::size_t m = 0; m < group.size(); ++m)
                group[m].integer(1, size);
        }
    } else if (kind == "client") {
        event["node"].integer(1, size);
        event["command"].string(kMaxCommandLength);
    } else if (kind == "set") {
        event["parameter"].string(64);
        event["value"].integer(INT64_MIN, INT64_MAX);
    } else if (kind == "note") {
        validateNote(event, scenario.protocol->descriptor(), size);
    } else if (kind == "invoke" || kind == "complete") {
        validateOperation(event, size, kind == "complete");
    } else if (kind == "violation") {
        event["node"].integer(0, size);
        event["invariant"].string(200);
        event["detail"].string(4000);
    } else {
        kindField.fail("unknown event kind \"" + kind + "\"");
    }
}

} // namespace

std::string traceHead(const Scenario &scenario, std::string_view engine)
{
    std::string out = "{\n";
    auto field = [&out](std::string_view key, const std::string &value) {
        out += "  \"";
        out += key;
        out += "\": ";
        out += value;
        out += ",\n";
    };
    field("format", Json(kTraceFormat).dump());
    field("version", std::to_string(kTraceVersion));
    field("engine", Json(engine).dump());
    field("scenario", scenarioToJson(scenario).dump());
    std::string inputs = "[";
    for (std::size_t i = 0; i < scenario.inputs.size(); ++i)
        inputs += std::string(i ? ",\n    " : "\n    ") + inputToJson(scenario.inputs[i], &scenario.protocol->descriptor().parameters).dump();
    inputs += scenario.inputs.empty() ? "]" : "\n  ]";
    field("inputs", inputs);
    out += "  \"events\": [";
    return out;
}

std::string traceEventText(const nlohmann::ordered_json &event, bool first)
{
    return (first ? "\n    " : ",\n    ") + event.dump();
}

std::string traceTail(const nlohmann::ordered_json &final, bool anyEvents)
{
    return std::string(anyEvents ? "\n  ]" : "]") + ",\n  \"final\": " + final.dump() + "\n}\n";
}

std::string serializeTrace(const TraceDocument &trace)
{
    std::string out = traceHead(trace.scenario, trace.engine);
    for (std::size_t i = 0; i < trace.events.size(); ++i)
        out += traceEventText(trace.events[i], i == 0);
    out += traceTail(trace.final, !trace.events.empty());
    return out;
}

TraceDocument parseTrace(std::string_view bytes, const ProtocolLookup &lookup)
{
    auto document = parseJsonDocument(bytes, {kMaxTraceBytes, 32, 64 * 1024, 10000, kMaxTraceTreeBytes});
    const JsonCursor root(document, "");
    root.requireObject();
    const auto format = root["format"];
    if (format.string(64) != kTraceFormat)
        format.fail("not a ClusterScope trace (format \"" + format.string(64) + "\")");
    const auto version = root["version"];
    const auto major = version.integer(INT64_MIN, INT64_MAX);
    if (major != kTraceVersion)
        version.fail("version " + std::to_string(major) + " is not supported; this build reads \""
                     + std::string(kTraceFormat) + "\" version " + std::to_string(kTraceVersion));
    TraceDocument trace;
    if (root.has("engine"))
        trace.engine = root["engine"].string(200);
    trace.scenario = parseScenario(root["scenario"], lookup);
    if (root.has("inputs"))
        trace.scenario.inputs = parseInputs(root["inputs"], trace.scenario);
    const auto events = root["events"].requireArray(kMaxTraceEvents);
    VirtualTime previous = 0;
    for (std::size_t i = 0; i < events.size(); ++i) {
        const auto event = events[i];
        validateEvent(event, trace.scenario, previous);
        previous = event["t"].integer(0, kMaxRunLength);
    }
    if (root.has("final"))
        root["final"].requireObject();
    trace.events = std::move(document["events"]);
    if (document.contains("final"))
        trace.final = std::move(document["final"]);
    return trace;
}

TraceDocument loadTraceFile(const std::string &path, const ProtocolLookup &lookup)
{
    try {
        return parseTrace(readFileLimited(path, kMaxTraceBytes), lookup);
    } catch (const InputError &error) {
        throw InputError(path + ": " + error.what());
    }
}

} // namespace cs
