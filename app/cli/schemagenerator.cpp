#include "schemagenerator.h"

#include <QFile>

#include "jsoncursor.h"
#include "note.h"
#include "registry.h"

namespace cs::cli {

namespace {

using Json = nlohmann::ordered_json;

Json loadBase(std::string_view kind)
{
    QFile file(QStringLiteral(":/schema/%1.base.json").arg(QString::fromUtf8(kind.data(), static_cast<qsizetype>(kind.size()))));
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("schema base for " + std::string(kind) + " is not built in");
    const auto bytes = file.readAll();
    return Json::parse(bytes.begin(), bytes.end());
}

// The values a parameter accepts: integers in its range, duration strings for durations, and a
// choice's names.
Json valueSchema(const ParameterSpec &spec)
{
    if (spec.unit == ParameterUnit::Choice)
        return {{"enum", spec.choices}};
    Json range = {{"type", "integer"}, {"minimum", spec.minimum}, {"maximum", spec.maximum}};
    if (spec.unit != ParameterUnit::Duration)
        return range;
    return {{"anyOf", Json::array({range, {{"$ref", "#/$defs/durationString"}}})}};
}

Json parameterObject(const ProtocolDescriptor &descriptor)
{
    Json properties = Json::object();
    for (const auto &spec : descriptor.parameters) {
        auto value = valueSchema(spec);
        value["description"] = spec.description + " Default " + formatParameterValue(spec, spec.defaultValue)
                               + ", from " + formatParameterValue(spec, spec.minimum) + " to "
                               + formatParameterValue(spec, spec.maximum) + ".";
        properties[spec.name] = value;
    }
    return {{"type", "object"},
            {"description", descriptor.name + "'s parameters; any other name is refused."},
            {"additionalProperties", false},
            {"properties", properties}};
}

Json inputRules(const ProtocolDescriptor &descriptor)
{
    Json names = Json::array();
    Json values = Json::array();
    for (const auto &spec : descriptor.parameters) {
        if (!spec.changeableWhileRunning)
            continue;
        names.push_back(spec.name);
        values.push_back({{"if", {{"properties", {{"set", {{"const", spec.name}}}}}}},
                          {"then", {{"properties", {{"value", valueSchema(spec)}}}}}});
    }
    return {{"description", "The parameters \"set\" may change in " + descriptor.name + ", with their ranges."},
            {"if", {{"required", {"set"}}}},
            {"then", {{"properties", {{"set", {{"enum", names}}}}}, {"allOf", values}}}};
}

Json eventRules(const ProtocolDescriptor &descriptor)
{
    Json kinds = Json::array();
    Json fields = Json::array();
    for (const auto *schema : descriptor.notes) {
        kinds.push_back(schema->kind);
        Json required = Json::array();
        Json properties = Json::object();
        for (const auto &field : schema->numberFields) {
            if (field.empty())
                continue;
            required.push_back(field);
            properties[std::string(field)] = {{"type", "integer"}};
        }
        if (!schema->textField.empty()) {
            required.push_back(schema->textField);
            properties[std::string(schema->textField)] = {{"type", "string"}, {"maxLength", 1024}};
        }
        fields.push_back({{"if", {{"properties", {{"note", {{"const", schema->kind}}}}}}},
                          {"then", {{"required", required}, {"properties", properties}}}});
    }
    Json timers = Json::array();
    for (const auto &timer : descriptor.timers)
        timers.push_back(timer);
    return {{"description", "The note kinds of " + descriptor.name + " with their fields, and its timers."},
            {"allOf",
             Json::array({{{"if", {{"required", {"kind", "note"}}, {"properties", {{"kind", {{"const", "note"}}}}}}},
                           {"then", {{"properties", {{"note", {{"enum", kinds}}}}}, {"allOf", fields}}}},
                          {{"if", {{"required", {"kind", "timer"}}, {"properties", {{"kind", {{"const", "timer"}}}}}}},
                           {"then", {{"properties", {{"timer", {{"enum", timers}}}}}}}}})}};
}

Json roleRules(const ProtocolDescriptor &descriptor)
{
    Json roles = Json::array({"down"});
    for (const auto &role : descriptor.roles)
        roles.push_back(role.name);
    return {{"properties", {{"nodes", {{"items", {{"properties", {{"role", {{"enum", roles}}}}}}}}}}}};
}

// One "if the protocol is this one, then these rules" clause.
Json whenProtocol(const Json &protocolTest, Json rules)
{
    return {{"if", protocolTest}, {"then", std::move(rules)}};
}

Json protocolIs(const std::string &name)
{
    return {{"required", {"protocol"}}, {"properties", {{"protocol", {{"const", name}}}}}};
}

std::string definitionName(const std::string &protocol, const char *part)
{
    return protocol + "." + part;
}

std::string reference(const std::string &protocol, const char *part)
{
    return "#/$defs/" + definitionName(protocol, part);
}

// Fills the scenario object's schema (the root of a scenario file, $defs.scenario of a trace).
void addScenarioRules(Json &scenario, Json &defs)
{
    Json names = Json::array();
    Json clauses = Json::array();
    for (const auto *protocol : allProtocols()) {
        const auto &descriptor = protocol->descriptor();
        names.push_back(descriptor.name);
        defs[definitionName(descriptor.name, "parameters")] = parameterObject(descriptor);
        defs[definitionName(descriptor.name, "inputs")] = inputRules(descriptor);
        const Json parameters = {{"$ref", reference(descriptor.name, "parameters")}};
        clauses.push_back(whenProtocol(protocolIs(descriptor.name),
                                       {{"properties",
                                         {{"network", parameters},
                                          {"parameters", parameters},
                                          {"inputs", {{"items", {{"$ref", reference(descriptor.name, "inputs")}}}}}}}}));
    }
    scenario["properties"]["protocol"]["enum"] = names;
    scenario["allOf"] = clauses;
}

void addTraceRules(Json &root)
{
    auto &defs = root["$defs"];
    Json scenario = defs["scenario"]; // a copy: adding definitions may move the members of defs
    addScenarioRules(scenario, defs);
    defs["scenario"] = std::move(scenario);
    Json clauses = Json::array();
    for (const auto *protocol : allProtocols()) {
        const auto &descriptor = protocol->descriptor();
        defs[definitionName(descriptor.name, "events")] = eventRules(descriptor);
        defs[definitionName(descriptor.name, "final")] = roleRules(descriptor);
        clauses.push_back(whenProtocol(
            {{"required", {"scenario"}}, {"properties", {{"scenario", protocolIs(descriptor.name)}}}},
            {{"properties",
              {{"inputs", {{"items", {{"$ref", reference(descriptor.name, "inputs")}}}}},
               {"events", {{"items", {{"$ref", reference(descriptor.name, "events")}}}}},
               {"final", {{"$ref", reference(descriptor.name, "final")}}}}}}));
    }
    root["allOf"] = clauses;
}

// A lesson's scenario is a scenario file's object: its base's definitions join the lesson's and its
// root becomes $defs.scenario, with the same protocol rules as in a scenario file.
void addLessonRules(Json &root)
{
    Json scenario = loadBase("scenario");
    auto &defs = root["$defs"];
    for (const auto &[name, definition] : scenario["$defs"].items())
        defs[name] = definition;
    scenario.erase("$defs");
    scenario.erase("$schema");
    scenario.erase("$comment");
    scenario.erase("title");
    addScenarioRules(scenario, defs);
    defs["scenario"] = std::move(scenario);
}

} // namespace

std::string generateSchema(std::string_view kind)
{
    if (kind != "scenario" && kind != "trace" && kind != "lesson")
        throw InputError("schema: expected \"scenario\", \"trace\" or \"lesson\", got \"" + std::string(kind) + "\"");
    Json root = loadBase(kind);
    if (kind == "scenario")
        addScenarioRules(root, root["$defs"]);
    else if (kind == "trace")
        addTraceRules(root);
    else
        addLessonRules(root);
    return root.dump(2) + "\n";
}

} // namespace cs::cli
