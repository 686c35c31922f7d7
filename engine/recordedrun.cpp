#include "recordedrun.h"

namespace cs {

RecordedRun::RecordedRun(const Scenario &scenario, bool record)
    : mScenario(scenario)
    , mSimulation(*scenario.protocol, scenario.parameters, scenario.seed)
{
    if (record) {
        mRecorder = std::make_unique<TraceRecorder>(scenario.protocol->descriptor());
        mSimulation.setObserver(mRecorder.get());
    }
    for (const auto &input : mScenario.inputs)
        mSimulation.schedule(input);
}

TraceDocument RecordedRun::document() const
{
    TraceDocument trace;
    trace.scenario = mScenario;
    if (mRecorder)
        trace.events = mRecorder->eventsToJson();
    trace.final = finalStateJson(mSimulation);
    return trace;
}

nlohmann::ordered_json finalStateJson(const Simulation &simulation)
{
    using Json = nlohmann::ordered_json;
    Json out;
    out["time"] = simulation.now();
    auto &nodes = out["nodes"] = Json::array();
    for (NodeId id = 1; id <= simulation.clusterSize(); ++id) {
        const auto description = simulation.node(id).describe();
        Json node;
        node["node"] = id;
        node["up"] = simulation.isUp(id);
        node["role"] = simulation.isUp(id) ? description.role : "down";
        node["term"] = description.term;
        auto &fields = node["state"] = Json::object();
        for (const auto &field : description.fields)
            fields[field.name] = field.value;
        auto &log = node["log"] = Json::array();
        for (const auto &entry : description.log)
            log.push_back({{"index", entry.index}, {"term", entry.term}, {"command", entry.text},
                           {"committed", entry.committed}});
        nodes.push_back(std::move(node));
    }
    auto &cut = out["cutLinks"] = Json::array();
    for (NodeId from = 1; from <= simulation.clusterSize(); ++from) {
        for (NodeId to = 1; to <= simulation.clusterSize(); ++to) {
            if (from != to && !simulation.linkUp(from, to))
                cut.push_back({from, to});
        }
    }
    if (const auto measures = simulation.measures(); !measures.empty()) {
        auto &figures = out["measures"] = Json::array();
        for (const auto &measure : measures)
            figures.push_back({{"name", measure.name}, {"value", measure.value}, {"reference", measure.reference}});
    }
    const auto &stats = simulation.stats();
    out["stats"] = {{"steps", stats.steps}, {"sent", stats.sent}, {"delivered", stats.delivered},
                    {"dropped", stats.dropped}, {"violations", simulation.violations().size()}};
    return out;
}

} // namespace cs
