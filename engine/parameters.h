#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cs {

// How a parameter's integer value is read and shown; a choice's value is the index of one of its
// named choices.
enum class ParameterUnit { Count, Duration, Percent, Choice };

// One tunable of a protocol or the network, with its default and allowed range.
struct ParameterSpec
{
    std::string name;
    std::string label;
    ParameterUnit unit = ParameterUnit::Count;
    std::int64_t defaultValue = 0;
    std::int64_t minimum = 0;
    std::int64_t maximum = 0;
    std::string description;
    bool changeableWhileRunning = true;
    // The names of a Choice parameter's values, in index order ("cp", "ap"); empty otherwise.
    std::vector<std::string> choices = {};
    // The name of a parameter this one may not exceed (a quorum its replica count); empty if none.
    std::string atMost = {};
};

// Indices of the network parameters every protocol's list starts with.
enum NetworkParameter : int {
    kParamNodes = 0,
    kParamLatencyMin,
    kParamLatencyMax,
    kParamLoss,
    kParamDuplicate,
    kNetworkParameterCount
};

// The network parameters shared by all protocols; protocols append their own after them.
std::vector<ParameterSpec> networkParameterSpecs();

// Values indexed like the spec list they belong to.
using ParameterValues = std::vector<std::int64_t>;

ParameterValues defaultValues(const std::vector<ParameterSpec> &specs);
std::optional<int> parameterIndex(const std::vector<ParameterSpec> &specs, std::string_view name);

// Human form of a value in its unit: "150ms", "5%", "7", or a choice's name.
std::string formatParameterValue(const ParameterSpec &spec, std::int64_t value);

// A Choice parameter's value for one of its names, or nullopt; for other units, nullopt.
std::optional<std::int64_t> choiceValue(const ParameterSpec &spec, std::string_view name);

// "\"cp\" or \"ap\"": a choice parameter's names, for error messages.
std::string choiceList(const ParameterSpec &spec);

// Checks cross-parameter rules (minimum latency not above maximum, a value not above its atMost
// partner...); empty if consistent.
std::string parameterConsistencyProblem(const std::vector<ParameterSpec> &specs,
                                        const ParameterValues &values);

} // namespace cs
