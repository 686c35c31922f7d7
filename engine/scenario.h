#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "input.h"
#include "jsoncursor.h"
#include "protocol.h"

namespace cs {

// Limits that keep a hostile file from exhausting memory before it is refused.
inline constexpr std::size_t kMaxScenarioBytes = 1 << 20;
inline constexpr std::size_t kMaxInputs = 100000;
inline constexpr std::size_t kMaxCommandLength = 256;
inline constexpr std::size_t kMaxKeyLength = 64;
inline constexpr VirtualTime kMaxClientTimeout = 3600 * kSecond;
inline constexpr VirtualTime kMaxRunLength = 24 * 3600 * kSecond;

// Everything that determines a run: protocol, parameters, seed, length and timed inputs.
// A scenario's title and description in another language than English.
struct ScenarioText
{
    std::string name;
    std::string description;
};

struct Scenario
{
    std::string name;
    std::string description;
    // Field "translations": per locale (the product ships "zh_CN"), the title and description.
    std::map<std::string, ScenarioText> translations;
    const Protocol *protocol = nullptr;
    ParameterValues parameters;
    std::uint64_t seed = 1;
    VirtualTime until = 10 * kSecond;
    std::string faults = "none";
    std::vector<Input> inputs;

    int clusterSize() const { return static_cast<int>(parameters[kParamNodes]); }
    // The title and description in `locale`, each falling back to the English one when untranslated.
    ScenarioText text(const std::string &locale) const;
};

using ProtocolLookup = std::function<const Protocol *(std::string_view)>;

// A scenario with the protocol's defaults and no inputs.
Scenario defaultScenario(const Protocol &protocol);

// Reads a scenario object; throws InputError naming the field ("inputs[3].crash: ...").
Scenario parseScenario(const JsonCursor &root, const ProtocolLookup &lookup);

// Reads and validates a list of inputs against a scenario's cluster (sizes, ranges, and that no
// node is crashed while down or restarted while running); returns them in time order.
std::vector<Input> parseInputs(const JsonCursor &list, const Scenario &scenario);

// Reads one input against a scenario's cluster, without the checks parseInputs makes across the
// list (a lesson's inputs start from a moment the file cannot know).
Input parseInput(const JsonCursor &entry, const Scenario &scenario);

// A scenario's settings, without its inputs (a trace writes those as it applies them).
nlohmann::ordered_json scenarioToJson(const Scenario &scenario);
// A whole scenario file: the settings and the inputs, as `clusterscope-cli run --scenario` reads it.
nlohmann::ordered_json scenarioFileToJson(const Scenario &scenario);
// An input as a scenario file writes it; with the protocol's parameter specs, a choice parameter's
// value is written by name.
nlohmann::ordered_json inputToJson(const Input &input, const std::vector<ParameterSpec> *specs = nullptr);
// A parameter's value as scenario files write it: a choice by name, anything else as a number.
nlohmann::ordered_json parameterValueToJson(const ParameterSpec &spec, std::int64_t value);

// Reads a scenario file from disk; the error names the file.
Scenario loadScenarioFile(const std::string &path, const ProtocolLookup &lookup);
// Reads a scenario from a file's bytes (an embedded example); the error names `origin`.
Scenario parseScenarioBytes(std::string_view bytes, const std::string &origin, const ProtocolLookup &lookup);

} // namespace cs
