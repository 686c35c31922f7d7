#include "scenario.h"

#include <algorithm>

namespace cs {

namespace {

constexpr std::int64_t kMaxSeed = INT64_MAX;

// A parameter's value in its unit: a duration, a number, or a choice's name ("ap").
std::int64_t readParameterValue(const JsonCursor &field, const ParameterSpec &spec)
{
    if (spec.unit == ParameterUnit::Duration)
        return field.duration(spec.minimum, spec.maximum);
    if (spec.unit != ParameterUnit::Choice)
        return field.integer(spec.minimum, spec.maximum);
    const auto name = field.string(64);
    const auto value = choiceValue(spec, name);
    if (!value)
        field.fail("expected " + choiceList(spec) + " for " + spec.name);
    return *value;
}

void readParameters(const JsonCursor &object, Scenario &scenario)
{
    const auto &specs = scenario.protocol->descriptor().parameters;
    object.requireObject();
    for (const auto &[key, value] : object.value().items()) {
        const auto field = object[key];
        const auto index = parameterIndex(specs, key);
        if (!index)
            field.fail("unknown parameter for " + scenario.protocol->descriptor().name);
        const auto &spec = specs[static_cast<std::size_t>(*index)];
        scenario.parameters[static_cast<std::size_t>(*index)] = readParameterValue(field, spec);
    }
}

NodeId readNode(const JsonCursor &field, int clusterSize)
{
    return static_cast<NodeId>(field.integer(1, clusterSize));
}

std::string readKey(const JsonCursor &field)
{
    auto key = field.string(kMaxKeyLength);
    if (key.empty())
        field.fail("a key cannot be empty");
    if (key.find('=') != std::string::npos)
        field.fail("a key cannot contain \"=\"");
    return key;
}

std::string readNonEmpty(const JsonCursor &field, const char *what)
{
    auto text = field.string(kMaxCommandLength);
    if (text.empty())
        field.fail(std::string("a client ") + what + " cannot be empty");
    return text;
}

// "client": "x=1" is client A's command (the original form); "client": 2 names the client, and
// exactly one of "command", "write" (with "value"), "read" or "cas" (with "expected" and "value")
// says what it asks.
void readClientOperation(const JsonCursor &entry, int size, Input &input)
{
    input.kind = InputKind::Client;
    const auto client = entry["client"];
    if (client.value().is_string()) {
        input.command = readNonEmpty(client, "command");
    } else {
        input.client = static_cast<ClientId>(client.integer(1, kMaxClients));
        const int kinds = (entry.has("command") ? 1 : 0) + (entry.has("write") ? 1 : 0) + (entry.has("read") ? 1 : 0)
                          + (entry.has("cas") ? 1 : 0);
        if (kinds != 1)
            entry.fail("a client operation needs exactly one of \"command\", \"write\", \"read\" or \"cas\"");
        if (entry.has("command")) {
            input.command = readNonEmpty(entry["command"], "command");
        } else if (entry.has("write")) {
            input.operation = OperationKind::Write;
            input.key = readKey(entry["write"]);
            input.command = readNonEmpty(entry["value"], "value");
        } else if (entry.has("cas")) {
            input.operation = OperationKind::Cas;
            input.key = readKey(entry["cas"]);
            input.expected = entry["expected"].string(kMaxCommandLength);
            input.command = readNonEmpty(entry["value"], "value");
        } else {
            input.operation = OperationKind::Read;
            input.key = readKey(entry["read"]);
        }
        if (input.request().commandText().size() > kMaxCommandLength)
            entry.fail("the operation is longer than " + std::to_string(kMaxCommandLength) + " bytes");
    }
    if (entry.has("consistency")) {
        const auto field = entry["consistency"];
        input.consistency = field.string(32);
        if (!isSessionConsistency(input.consistency))
            field.fail("expected one of " + sessionConsistencyList());
    }
    input.node = entry.has("node") ? readNode(entry["node"], size) : 1;
    if (entry.has("timeout"))
        input.timeout = entry["timeout"].duration(1, kMaxClientTimeout);
}

Input readInput(const JsonCursor &entry, const Scenario &scenario)
{
    entry.requireObject();
    const int size = scenario.clusterSize();
    Input input;
    input.at = entry["at"].duration(0, kMaxRunLength);
    int actions = 0;
    for (const char *key : {"crash", "restart", "pause", "cut", "heal", "slow", "partition", "client", "set", "drop", "duplicate"})
        actions += entry.has(key) ? 1 : 0;
    if (actions != 1)
        entry.fail(actions == 0 ? "expected one action (crash, restart, pause, cut, heal, slow, partition, client, set, drop or duplicate)"
                                : "expected exactly one action, found " + std::to_string(actions));
    if (entry.has("crash")) {
        input.kind = InputKind::Crash;
        input.node = readNode(entry["crash"], size);
    } else if (entry.has("restart")) {
        input.kind = InputKind::Restart;
        input.node = readNode(entry["restart"], size);
    } else if (entry.has("pause")) {
        input.kind = InputKind::Pause;
        input.node = readNode(entry["pause"], size);
        if (!entry.has("for"))
            entry.fail("a pause needs \"for\", how long the node stops (such as \"1500ms\")");
        input.value = entry["for"].duration(1, kMaxRunLength);
    } else if (entry.has("slow")) {
        input.kind = InputKind::SlowLink;
        const auto link = entry["slow"];
        link.requireArray(2);
        if (link.size() != 2)
            link.fail("expected a pair of nodes such as [1, 2]");
        input.node = readNode(link[0], size);
        input.peer = readNode(link[1], size);
        if (input.node == input.peer)
            link.fail("a link joins two different nodes");
        if (!entry.has("by"))
            entry.fail("a slow link needs \"by\", the latency it adds (such as \"300ms\"; \"0ms\" restores it)");
        input.value = entry["by"].duration(0, kMaxRunLength);
        if (entry.has("oneWay"))
            input.bothWays = !entry["oneWay"].boolean();
    } else if (entry.has("cut") || entry.has("heal")) {
        const bool cut = entry.has("cut");
        const auto link = entry[cut ? "cut" : "heal"];
        if (!cut && link.value().is_string()) {
            if (link.string(16) != "all")
                link.fail("expected \"all\" or a pair of nodes");
            input.kind = InputKind::HealAll;
        } else {
            input.kind = cut ? InputKind::Cut : InputKind::Heal;
            link.requireArray(2);
            if (link.size() != 2)
                link.fail("expected a pair of nodes such as [1, 2]");
            input.node = readNode(link[0], size);
            input.peer = readNode(link[1], size);
            if (input.node == input.peer)
                link.fail("a link joins two different nodes");
            if (entry.has("oneWay"))
                input.bothWays = !entry["oneWay"].boolean();
        }
    } else if (entry.has("partition")) {
        input.kind = InputKind::Partition;
        const auto groups = entry["partition"].requireArray(static_cast<std::size_t>(size));
        std::vector<bool> seen(static_cast<std::size_t>(size) + 1, false);
        for (std::size_t g = 0; g < groups.size(); ++g) {
            const auto group = groups[g].requireArray(static_cast<std::size_t>(size));
            std::vector<NodeId> members;
            for (std::size_t m = 0; m < group.size(); ++m) {
                const NodeId node = readNode(group[m], size);
                if (seen[static_cast<std::size_t>(node)])
                    group[m].fail("node " + std::to_string(node) + " appears in more than one group");
                seen[static_cast<std::size_t>(node)] = true;
                members.push_back(node);
            }
            input.groups.push_back(std::move(members));
        }
    } else if (entry.has("drop") || entry.has("duplicate")) {
        const bool drop = entry.has("drop");
        input.kind = drop ? InputKind::DropMessage : InputKind::DuplicateMessage;
        input.messageId = static_cast<std::uint64_t>(entry[drop ? "drop" : "duplicate"].integer(1, INT64_MAX));
    } else if (entry.has("client")) {
        readClientOperation(entry, size, input);
    } else {
        input.kind = InputKind::SetParameter;
        const auto name = entry["set"];
        input.parameter = name.string(64);
        const auto &specs = scenario.protocol->descriptor().parameters;
        const auto index = parameterIndex(specs, input.parameter);
        if (!index)
            name.fail("unknown parameter \"" + input.parameter + "\"");
        const auto &spec = specs[static_cast<std::size_t>(*index)];
        if (!spec.changeableWhileRunning)
            name.fail("\"" + input.parameter + "\" cannot change while the cluster runs");
        input.value = readParameterValue(entry["value"], spec);
    }
    return input;
}

} // namespace

Input parseInput(const JsonCursor &entry, const Scenario &scenario)
{
    return readInput(entry, scenario);
}

Scenario defaultScenario(const Protocol &protocol)
{
    Scenario scenario;
    scenario.protocol = &protocol;
    scenario.parameters = defaultValues(protocol.descriptor().parameters);
    return scenario;
}

std::vector<Input> parseInputs(const JsonCursor &list, const Scenario &scenario)
{
    list.requireArray(kMaxInputs);
    std::vector<std::pair<Input, std::size_t>> numbered;
    numbered.reserve(list.size());
    for (std::size_t i = 0; i < list.size(); ++i)
        numbered.emplace_back(readInput(list[i], scenario), i);
    std::stable_sort(numbered.begin(), numbered.end(),
                     [](const auto &a, const auto &b) { return a.first.at < b.first.at; });
    std::vector<bool> up(static_cast<std::size_t>(scenario.clusterSize()) + 1, true);
    auto parameters = scenario.parameters;
    const auto &specs = scenario.protocol->descriptor().parameters;
    std::vector<Input> inputs;
    inputs.reserve(numbered.size());
    for (auto &[input, original] : numbered) {
        if (input.kind == InputKind::Crash || input.kind == InputKind::Restart) {
            const bool crash = input.kind == InputKind::Crash;
            auto state = up[static_cast<std::size_t>(input.node)];
            if (state != crash)
                list[original][crash ? "crash" : "restart"].fail(
                    "node " + std::to_string(input.node) + (crash ? " is already down" : " is already running")
                    + " at " + formatDuration(input.at));
            up[static_cast<std::size_t>(input.node)] = !crash;
        } else if (input.kind == InputKind::Pause && !up[static_cast<std::size_t>(input.node)]) {
            list[original]["pause"].fail("node " + std::to_string(input.node) + " is down at " + formatDuration(input.at)
                                         + "; only a running node can pause");
        } else if (input.kind == InputKind::SetParameter) {
            parameters[static_cast<std::size_t>(*parameterIndex(specs, input.parameter))] = input.value;
            if (const auto problem = parameterConsistencyProblem(specs, parameters); !problem.empty())
                list[original]["value"].fail(problem + " at " + formatDuration(input.at));
        }
        inputs.push_back(std::move(input));
    }
    return inputs;
}

namespace {

// Field "translations": {"zh_CN": {"name": ..., "description": ...}}.
void readTranslations(const JsonCursor &field, Scenario &scenario)
{
    field.requireObject();
    for (const auto &[locale, unused] : field.value().items()) {
        if (locale != "zh_CN")
            JsonCursor(field.value(), field.path()).fail("unknown locale \"" + locale + "\"; expected \"zh_CN\"");
        const auto entry = field[locale].requireObject();
        auto &text = scenario.translations[locale];
        if (entry.has("name"))
            text.name = entry["name"].string(200);
        if (entry.has("description"))
            text.description = entry["description"].string(4000);
    }
}

} // namespace

ScenarioText Scenario::text(const std::string &locale) const
{
    ScenarioText out{name, description};
    const auto it = translations.find(locale);
    if (it != translations.end()) {
        if (!it->second.name.empty())
            out.name = it->second.name;
        if (!it->second.description.empty())
            out.description = it->second.description;
    }
    return out;
}

Scenario parseScenario(const JsonCursor &root, const ProtocolLookup &lookup)
{
    root.requireObject();
    const auto protocolField = root["protocol"];
    const auto protocolName = protocolField.string(64);
    const Protocol *protocol = lookup(protocolName);
    if (!protocol)
        protocolField.fail("unknown protocol \"" + protocolName + "\"");
    Scenario scenario = defaultScenario(*protocol);
    if (root.has("name"))
        scenario.name = root["name"].string(200);
    if (root.has("description"))
        scenario.description = root["description"].string(4000);
    if (root.has("translations"))
        readTranslations(root["translations"], scenario);
    if (root.has("seed"))
        scenario.seed = static_cast<std::uint64_t>(root["seed"].integer(0, kMaxSeed));
    if (root.has("until"))
        scenario.until = root["until"].duration(1, kMaxRunLength);
    if (root.has("faults")) {
        scenario.faults = root["faults"].string(16);
        if (scenario.faults != "none" && scenario.faults != "random" && scenario.faults != "crashes")
            root["faults"].fail("expected \"none\", \"random\" or \"crashes\"");
    }
    if (root.has("network"))
        readParameters(root["network"], scenario);
    if (root.has("parameters"))
        readParameters(root["parameters"], scenario);
    const auto problem = parameterConsistencyProblem(protocol->descriptor().parameters, scenario.parameters);
    if (!problem.empty())
        JsonCursor(root.value(), root.has("network") ? "network" : "parameters").fail(problem);
    if (root.has("inputs"))
        scenario.inputs = parseInputs(root["inputs"], scenario);
    return scenario;
}

nlohmann::ordered_json scenarioToJson(const Scenario &scenario)
{
    nlohmann::ordered_json out;
    out["protocol"] = scenario.protocol->descriptor().name;
    if (!scenario.name.empty())
        out["name"] = scenario.name;
    if (!scenario.description.empty())
        out["description"] = scenario.description;
    for (const auto &[locale, text] : scenario.translations) {
        auto &entry = out["translations"][locale] = nlohmann::ordered_json::object();
        if (!text.name.empty())
            entry["name"] = text.name;
        if (!text.description.empty())
            entry["description"] = text.description;
    }
    out["seed"] = scenario.seed;
    out["until"] = scenario.until;
    out["faults"] = scenario.faults;
    auto &parameters = out["parameters"] = nlohmann::ordered_json::object();
    const auto &specs = scenario.protocol->descriptor().parameters;
    for (std::size_t i = 0; i < specs.size(); ++i)
        parameters[specs[i].name] = parameterValueToJson(specs[i], scenario.parameters[i]);
    return out;
}

nlohmann::ordered_json scenarioFileToJson(const Scenario &scenario)
{
    auto json = scenarioToJson(scenario);
    auto &inputs = json["inputs"] = nlohmann::ordered_json::array();
    for (const auto &input : scenario.inputs)
        inputs.push_back(inputToJson(input, &scenario.protocol->descriptor().parameters));
    return json;
}

nlohmann::ordered_json parameterValueToJson(const ParameterSpec &spec, std::int64_t value)
{
    if (spec.unit == ParameterUnit::Choice)
        return formatParameterValue(spec, value);
    return value;
}

nlohmann::ordered_json inputToJson(const Input &input, const std::vector<ParameterSpec> *specs)
{
    nlohmann::ordered_json out;
    out["at"] = input.at;
    switch (input.kind) {
    case InputKind::Crash: out["crash"] = input.node; break;
    case InputKind::Restart: out["restart"] = input.node; break;
    case InputKind::Pause:
        out["pause"] = input.node;
        out["for"] = input.value;
        break;
    case InputKind::Cut:
    case InputKind::Heal:
        out[input.kind == InputKind::Cut ? "cut" : "heal"] = {input.node, input.peer};
        if (!input.bothWays)
            out["oneWay"] = true;
        break;
    case InputKind::HealAll: out["heal"] = "all"; break;
    case InputKind::SlowLink:
        out["slow"] = {input.node, input.peer};
        out["by"] = input.value;
        if (!input.bothWays)
            out["oneWay"] = true;
        break;
    case InputKind::Partition: out["partition"] = input.groups; break;
    case InputKind::Client:
        if (input.client == 1 && input.operation == OperationKind::Command) {
            out["client"] = input.command;
        } else {
            out["client"] = input.client;
            if (input.operation == OperationKind::Command)
                out["command"] = input.command;
            else
                out[std::string(operationKindName(input.operation))] = input.key;
            if (input.operation == OperationKind::Cas)
                out["expected"] = input.expected;
            if (input.operation == OperationKind::Write || input.operation == OperationKind::Cas)
                out["value"] = input.command;
        }
        if (!input.consistency.empty())
            out["consistency"] = input.consistency;
        out["node"] = input.node;
        if (input.timeout != kDefaultClientTimeout)
            out["timeout"] = input.timeout;
        break;
    case InputKind::SetParameter:
        out["set"] = input.parameter;
        out["value"] = input.value;
        if (specs) {
            if (const auto index = parameterIndex(*specs, input.parameter))
                out["value"] = parameterValueToJson((*specs)[static_cast<std::size_t>(*index)], input.value);
        }
        break;
    case InputKind::DropMessage: out["drop"] = input.messageId; break;
    case InputKind::DuplicateMessage: out["duplicate"] = input.messageId; break;
    }
    return out;
}

Scenario loadScenarioFile(const std::string &path, const ProtocolLookup &lookup)
{
    std::string bytes;
    try {
        bytes = readFileLimited(path, kMaxScenarioBytes);
    } catch (const InputError &error) {
        throw InputError(path + ": " + error.what());
    }
    return parseScenarioBytes(bytes, path, lookup);
}

Scenario parseScenarioBytes(std::string_view bytes, const std::string &origin, const ProtocolLookup &lookup)
{
    try {
        const auto document = parseJsonDocument(bytes, {kMaxScenarioBytes, 32, 64 * 1024, 10000, 64 * kMaxScenarioBytes});
        return parseScenario(JsonCursor(document, ""), lookup);
    } catch (const InputError &error) {
        throw InputError(origin + ": " + error.what());
    }
}

} // namespace cs
