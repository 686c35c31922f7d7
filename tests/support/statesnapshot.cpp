#include "statesnapshot.h"

#include <algorithm>

namespace cs::testing {

namespace {

std::string node(NodeId id)
{
    return "n" + std::to_string(id) + " ";
}

} // namespace

std::vector<std::string> stateLines(const Simulation &simulation)
{
    std::vector<std::string> lines;
    const auto &stats = simulation.stats();
    lines.push_back("time " + std::to_string(simulation.now()));
    lines.push_back("steps " + std::to_string(stats.steps));
    lines.push_back("sent " + std::to_string(stats.sent) + " delivered " + std::to_string(stats.delivered)
                    + " dropped " + std::to_string(stats.dropped));
    lines.push_back("inputs applied " + std::to_string(simulation.inputsApplied()));
    std::string parameters = "parameters";
    for (const auto value : simulation.parameters())
        parameters += " " + std::to_string(value);
    lines.push_back(parameters);
    const auto &timerNames = simulation.protocol().descriptor().timers;
    for (NodeId id = 1; id <= simulation.clusterSize(); ++id) {
        const auto description = simulation.node(id).describe();
        lines.push_back(node(id) + (simulation.isUp(id) ? "up" : "down"));
        lines.push_back(node(id) + "role " + description.role);
        lines.push_back(node(id) + "term " + std::to_string(description.term));
        lines.push_back(node(id) + "subtitle " + description.subtitle);
        for (const auto &field : description.fields)
            lines.push_back(node(id) + (field.durable ? "durable " : "volatile ") + field.name + " = " + field.value);
        for (std::size_t t = 0; t < timerNames.size(); ++t) {
            const auto &timer = simulation.timer(id, static_cast<int>(t));
            lines.push_back(node(id) + "timer " + timerNames[t] + " token " + std::to_string(timer.token) + " from "
                            + std::to_string(timer.startedAt) + " deadline " + std::to_string(timer.deadline));
        }
        for (const auto &entry : description.log)
            lines.push_back(node(id) + "log " + std::to_string(entry.index) + " t" + std::to_string(entry.term) + " "
                            + entry.text + (entry.committed ? " committed" : ""));
    }
    for (NodeId from = 1; from <= simulation.clusterSize(); ++from) {
        for (NodeId to = 1; to <= simulation.clusterSize(); ++to) {
            if (from != to && !simulation.linkUp(from, to))
                lines.push_back("link " + std::to_string(from) + "->" + std::to_string(to) + " cut");
        }
    }
    for (const auto *message : simulation.inFlight()) {
        nlohmann::ordered_json fields;
        message->body->writeFields(fields);
        lines.push_back("message " + std::to_string(message->id) + " " + std::to_string(message->from) + "->"
                        + std::to_string(message->to) + " sent " + std::to_string(message->sentAt) + " arrives "
                        + std::to_string(message->arrivesAt) + (message->lost ? " lost" : "")
                        + (message->duplicate ? " duplicate" : "") + " " + message->body->label() + " "
                        + fields.dump());
    }
    for (const auto &violation : simulation.violations())
        lines.push_back("violation at " + std::to_string(violation.at) + " " + violation.invariant + " n"
                        + std::to_string(violation.node) + ": " + violation.detail);
    return lines;
}

std::string firstStateDifference(const Simulation &expected, const Simulation &actual)
{
    const auto want = stateLines(expected);
    const auto got = stateLines(actual);
    const auto count = std::max(want.size(), got.size());
    for (std::size_t i = 0; i < count; ++i) {
        const auto &a = i < want.size() ? want[i] : std::string("(nothing)");
        const auto &b = i < got.size() ? got[i] : std::string("(nothing)");
        if (a != b)
            return "line " + std::to_string(i) + ": expected \"" + a + "\", got \"" + b + "\"";
    }
    return {};
}

} // namespace cs::testing
