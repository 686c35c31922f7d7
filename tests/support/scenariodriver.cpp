#include "scenariodriver.h"

#include <sstream>
#include <stdexcept>

#include "datadriven.h"
#include "registry.h"

namespace cs::testing {

namespace {

// A parameter's value as a command writes it: a duration, a number or a choice's name.
std::optional<std::int64_t> parameterArgument(const ParameterSpec &spec, const std::string &text)
{
    if (spec.unit == ParameterUnit::Duration)
        return parseDuration(text);
    if (spec.unit == ParameterUnit::Choice)
        return choiceValue(spec, text);
    return std::stoll(text);
}

NodeId nodeArgument(const std::string &word)
{
    return static_cast<NodeId>(std::stoi(word));
}

std::string nodeName(NodeId node)
{
    return "n" + std::to_string(node);
}

std::vector<NodeId> nodeList(const std::string &word)
{
    std::vector<NodeId> nodes;
    std::stringstream in(word);
    std::string part;
    while (std::getline(in, part, ','))
        nodes.push_back(nodeArgument(part));
    return nodes;
}

} // namespace

ScenarioDriver::ScenarioDriver() = default;
ScenarioDriver::~ScenarioDriver() = default;

bool ScenarioDriver::shown(const std::string &kind) const
{
    return mShow.contains(kind) || mShow.contains("all");
}

void ScenarioDriver::line(VirtualTime at, const std::string &kind, const std::string &text)
{
    if (shown(kind))
        mOutput += formatDuration(at) + " " + text + "\n";
}

void ScenarioDriver::onSend(const InFlightMessage &message)
{
    line(message.sentAt, "send",
         nodeName(message.from) + " -> " + nodeName(message.to) + " " + message.body->label() + " (arrives "
             + formatDuration(message.arrivesAt) + ")");
}

void ScenarioDriver::onDeliver(VirtualTime at, const InFlightMessage &message)
{
    line(at, "deliver", nodeName(message.from) + " -> " + nodeName(message.to) + " delivered " + message.body->label());
}

void ScenarioDriver::onDrop(VirtualTime at, const InFlightMessage &message, DropReason reason)
{
    line(at, "drop",
         nodeName(message.from) + " -> " + nodeName(message.to) + " dropped " + message.body->label() + " ("
             + std::string(dropReasonName(reason)) + ")");
}

void ScenarioDriver::onTimer(VirtualTime at, NodeId node, int timer)
{
    line(at, "timer", nodeName(node) + " " + mSimulation->protocol().descriptor().timers[timer] + " timer fires");
}

void ScenarioDriver::onInput(const Input &input)
{
    std::string text = std::string(inputKindName(input.kind));
    switch (input.kind) {
    case InputKind::Crash:
    case InputKind::Restart: text += " " + nodeName(input.node); break;
    case InputKind::Pause: text += " " + nodeName(input.node) + " for " + formatDuration(input.value); break;
    case InputKind::SlowLink:
        text += " " + nodeName(input.node) + "-" + nodeName(input.peer) + " by " + formatDuration(input.value);
        break;
    case InputKind::Cut:
    case InputKind::Heal: text += " " + nodeName(input.node) + "-" + nodeName(input.peer); break;
    case InputKind::Partition:
        for (const auto &group : input.groups) {
            text += " {";
            for (std::size_t i = 0; i < group.size(); ++i)
                text += (i ? "," : "") + std::to_string(group[i]);
            text += "}";
        }
        break;
    case InputKind::Client: text += " " + nodeName(input.node) + " " + input.request().commandText(); break;
    case InputKind::SetParameter: text += " " + input.parameter + "=" + std::to_string(input.value); break;
    case InputKind::HealAll: break;
    case InputKind::DropMessage:
    case InputKind::DuplicateMessage: text += " message " + std::to_string(input.messageId); break;
    }
    line(input.at, "input", text);
}

void ScenarioDriver::onNote(VirtualTime at, const Note &note)
{
    const std::string kind(note.schema->kind);
    std::string text = nodeName(note.node) + " " + kind;
    if (!note.schema->textField.empty())
        text += " " + (note.text.empty() ? std::string("\"\"") : note.text);
    for (std::size_t i = 0; i < note.numbers.size(); ++i) {
        if (!note.schema->numberFields[i].empty())
            text += " " + std::string(note.schema->numberFields[i]) + "=" + std::to_string(note.numbers[i]);
    }
    line(at, kind, text);
}

void ScenarioDriver::onInvoke(VirtualTime at, const PendingOperation &operation)
{
    const auto &request = operation.request;
    line(at, "op",
         clientName(request.client) + " invoke op" + std::to_string(request.operation) + " "
             + std::string(operationKindName(request.kind)) + " " + request.commandText() + " at "
             + nodeName(operation.node));
}

void ScenarioDriver::onComplete(VirtualTime at, const PendingOperation &operation, const OperationOutcome &outcome)
{
    std::string text = clientName(operation.request.client) + " " + std::string(operationResultName(outcome.result))
                       + " op" + std::to_string(operation.request.operation);
    if (!outcome.value.empty())
        text += " value=" + outcome.value;
    if (!outcome.error.empty())
        text += " (" + outcome.error + (outcome.leader ? ", leader " + nodeName(outcome.leader) : "") + ")";
    line(at, "op", text + " after " + formatDuration(at - operation.invokedAt));
}

void ScenarioDriver::onViolation(const Violation &violation)
{
    mOutput += formatDuration(violation.at) + " VIOLATION " + violation.invariant + ": " + violation.detail + "\n";
}

std::string ScenarioDriver::createCluster(const std::vector<std::string> &words)
{
    std::string protocolName = "raft";
    std::uint64_t seed = 1;
    std::vector<std::pair<std::string, std::string>> settings;
    mDefaultShow.clear();
    for (std::size_t i = 1; i < words.size(); ++i) {
        const auto eq = words[i].find('=');
        if (eq == std::string::npos)
            throw std::runtime_error("expected name=value, got " + words[i]);
        const auto key = words[i].substr(0, eq);
        const auto value = words[i].substr(eq + 1);
        if (key == "protocol")
            protocolName = value;
        else if (key == "seed")
            seed = std::stoull(value);
        else if (key == "show") {
            std::stringstream in(value);
            std::string kind;
            while (std::getline(in, kind, ','))
                mDefaultShow.insert(kind);
        } else
            settings.emplace_back(key, value);
    }
    const Protocol *protocol = findProtocol(protocolName);
    if (!protocol)
        throw std::runtime_error("unknown protocol " + protocolName);
    const auto &specs = protocol->descriptor().parameters;
    auto values = defaultValues(specs);
    for (const auto &[key, value] : settings) {
        const auto index = parameterIndex(specs, key);
        if (!index)
            throw std::runtime_error("unknown parameter " + key);
        const auto parsed = parameterArgument(specs[static_cast<std::size_t>(*index)], value);
        if (!parsed)
            throw std::runtime_error("bad value for " + key);
        values[static_cast<std::size_t>(*index)] = *parsed;
    }
    if (mDefaultShow.empty())
        mDefaultShow = {"input", "role", "commit", "truncate", "reject", "op"};
    mSimulation = std::make_unique<Simulation>(*protocol, values, seed);
    mSimulation->setObserver(this);
    return protocol->descriptor().title + ", " + std::to_string(mSimulation->clusterSize()) + " nodes, seed "
           + std::to_string(seed) + "\n";
}

std::string ScenarioDriver::run(const std::vector<std::string> &words)
{
    if (words.size() < 2)
        throw std::runtime_error("run needs a duration");
    const auto duration = parseDuration(words[1]);
    if (!duration)
        throw std::runtime_error("bad duration " + words[1]);
    mShow = mDefaultShow;
    for (std::size_t i = 2; i < words.size(); ++i) {
        if (words[i].rfind("show=", 0) == 0) {
            mShow.clear();
            std::stringstream in(words[i].substr(5));
            std::string kind;
            while (std::getline(in, kind, ','))
                mShow.insert(kind);
        }
    }
    mOutput.clear();
    mSimulation->runUntil(mSimulation->now() + *duration);
    std::string output = mOutput.empty() ? "(nothing)\n" : mOutput;
    mOutput.clear();
    return output;
}

// "request CLIENT NODE write KEY VALUE | read KEY | command TEXT [timeout=DURATION]
// [consistency=NAME]", CLIENT a letter.
Input ScenarioDriver::request(const std::vector<std::string> &words) const
{
    Input input;
    input.at = mSimulation->now();
    input.kind = InputKind::Client;
    const auto &client = words.at(1);
    if (client.size() != 1 || client[0] < 'A' || client[0] > 'Z')
        throw std::runtime_error("a client is a letter A to Z, got " + client);
    input.client = client[0] - 'A' + 1;
    input.node = nodeArgument(words.at(2));
    const auto &kind = words.at(3);
    std::size_t next = 5;
    if (kind == "write") {
        input.operation = OperationKind::Write;
        input.key = words.at(4);
        input.command = words.at(5);
        next = 6;
    } else if (kind == "read") {
        input.operation = OperationKind::Read;
        input.key = words.at(4);
    } else if (kind == "command") {
        input.command = words.at(4);
    } else {
        throw std::runtime_error("expected write, read or command, got " + kind);
    }
    for (; next < words.size(); ++next) {
        if (words[next].rfind("timeout=", 0) == 0) {
            const auto timeout = parseDuration(words[next].substr(8));
            if (!timeout)
                throw std::runtime_error("bad timeout " + words[next]);
            input.timeout = *timeout;
        } else if (words[next].rfind("consistency=", 0) == 0) {
            input.consistency = words[next].substr(12);
            if (!isSessionConsistency(input.consistency))
                throw std::runtime_error("bad consistency " + words[next]);
        } else {
            throw std::runtime_error("unexpected " + words[next]);
        }
    }
    return input;
}

std::string ScenarioDriver::status() const
{
    std::string out;
    for (NodeId id = 1; id <= mSimulation->clusterSize(); ++id) {
        const auto description = mSimulation->node(id).describe();
        out += nodeName(id) + " " + (mSimulation->isUp(id) ? description.role : "DOWN");
        for (const auto &field : description.fields) {
            if (mSimulation->isUp(id) || field.durable)
                out += " " + field.name + "=" + field.value;
        }
        if (!description.log.empty()) {
            out += " log:";
            for (const auto &entry : description.log)
                out += " " + std::to_string(entry.index) + "@t" + std::to_string(entry.term) + ":" + entry.text
                       + (entry.committed && mSimulation->isUp(id) ? "*" : "");
        }
        out += "\n";
    }
    return out;
}

std::string ScenarioDriver::execute(const std::string &commandLine)
{
    const auto words = splitWords(commandLine);
    if (words.empty())
        throw std::runtime_error("empty command");
    const auto &command = words[0];
    if (command == "cluster")
        return createCluster(words);
    if (!mSimulation)
        throw std::runtime_error("no cluster yet");
    if (command == "run")
        return run(words);
    if (command == "status")
        return status();
    if (command == "violations") {
        std::string out;
        for (const auto &violation : mSimulation->violations())
            out += formatDuration(violation.at) + " " + violation.invariant + ": " + violation.detail + "\n";
        return out.empty() ? "none\n" : out;
    }
    if (command == "measures") {
        std::string out;
        for (const auto &measure : mSimulation->measures())
            out += measure.name + ": " + measure.value
                   + (measure.reference.empty() ? std::string() : " (textbook " + measure.reference + ")") + "\n";
        return out.empty() ? "none\n" : out;
    }
    if (command == "request") {
        mSimulation->schedule(request(words));
        return "ok\n";
    }
    Input input;
    input.at = mSimulation->now();
    if (command == "crash" || command == "restart") {
        input.kind = command == "crash" ? InputKind::Crash : InputKind::Restart;
        input.node = nodeArgument(words.at(1));
    } else if (command == "slow") {
        input.kind = InputKind::SlowLink;
        input.node = nodeArgument(words.at(1));
        input.peer = nodeArgument(words.at(2));
        const auto delay = parseDuration(words.at(3));
        if (!delay)
            throw std::runtime_error("slow needs a latency such as 300ms");
        input.value = *delay;
        input.bothWays = !(words.size() > 4 && words[4] == "oneway");
    } else if (command == "pause") {
        input.kind = InputKind::Pause;
        input.node = nodeArgument(words.at(1));
        const auto duration = parseDuration(words.at(2));
        if (!duration || *duration <= 0)
            throw std::runtime_error("pause needs a duration such as 1500ms");
        input.value = *duration;
    } else if (command == "cut" || (command == "heal" && words.size() >= 3)) {
        input.kind = command == "cut" ? InputKind::Cut : InputKind::Heal;
        input.node = nodeArgument(words.at(1));
        input.peer = nodeArgument(words.at(2));
        input.bothWays = !(words.size() > 3 && words[3] == "oneway");
    } else if (command == "heal") {
        input.kind = InputKind::HealAll;
    } else if (command == "partition") {
        input.kind = InputKind::Partition;
        for (std::size_t i = 1; i < words.size(); ++i)
            input.groups.push_back(nodeList(words[i]));
    } else if (command == "client") {
        input.kind = InputKind::Client;
        input.node = nodeArgument(words.at(1));
        input.command = words.at(2);
    } else if (command == "set") {
        input.kind = InputKind::SetParameter;
        input.parameter = words.at(1);
        const auto &specs = mSimulation->protocol().descriptor().parameters;
        const auto index = parameterIndex(specs, input.parameter);
        if (!index)
            throw std::runtime_error("unknown parameter " + input.parameter);
        const auto value = parameterArgument(specs[static_cast<std::size_t>(*index)], words.at(2));
        input.value = value.value_or(0);
    } else {
        throw std::runtime_error("unknown command " + command);
    }
    mSimulation->schedule(input);
    return "ok\n";
}

} // namespace cs::testing
