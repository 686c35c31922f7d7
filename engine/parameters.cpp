#include "parameters.h"

#include "virtualtime.h"

namespace cs {

std::vector<ParameterSpec> networkParameterSpecs()
{
    return {
        {"nodes", "Nodes", ParameterUnit::Count, 5, 1, 25, "Number of nodes in the cluster.", false},
        {"latencyMin", "Minimum latency", ParameterUnit::Duration, 5 * kMillisecond, 0, 10 * kSecond,
         "Shortest one-way delay of a message.", true},
        {"latencyMax", "Maximum latency", ParameterUnit::Duration, 10 * kMillisecond, 0, 10 * kSecond,
         "Longest one-way delay of a message; each message draws its delay from the range.", true},
        {"loss", "Message loss", ParameterUnit::Percent, 0, 0, 100,
         "Chance that a message is lost on its way.", true},
        {"duplicate", "Duplication", ParameterUnit::Percent, 0, 0, 100,
         "Chance that a message is delivered twice.", true},
    };
}

ParameterValues defaultValues(const std::vector<ParameterSpec> &specs)
{
    ParameterValues values;
    values.reserve(specs.size());
    for (const auto &spec : specs)
        values.push_back(spec.defaultValue);
    return values;
}

std::optional<int> parameterIndex(const std::vector<ParameterSpec> &specs, std::string_view name)
{
    for (std::size_t i = 0; i < specs.size(); ++i) {
        if (specs[i].name == name)
            return static_cast<int>(i);
    }
    return std::nullopt;
}

std::string formatParameterValue(const ParameterSpec &spec, std::int64_t value)
{
    switch (spec.unit) {
    case ParameterUnit::Duration:
        return formatDuration(value);
    case ParameterUnit::Percent:
        return std::to_string(value) + "%";
    case ParameterUnit::Choice:
        if (value >= 0 && static_cast<std::size_t>(value) < spec.choices.size())
            return spec.choices[static_cast<std::size_t>(value)];
        break;
    case ParameterUnit::Count:
        break;
    }
    return std::to_string(value);
}

std::optional<std::int64_t> choiceValue(const ParameterSpec &spec, std::string_view name)
{
    if (spec.unit != ParameterUnit::Choice)
        return std::nullopt;
    for (std::size_t i = 0; i < spec.choices.size(); ++i) {
        if (spec.choices[i] == name)
            return static_cast<std::int64_t>(i);
    }
    return std::nullopt;
}

std::string choiceList(const ParameterSpec &spec)
{
    std::string list;
    for (std::size_t i = 0; i < spec.choices.size(); ++i) {
        if (i > 0)
            list += i + 1 == spec.choices.size() ? " or " : ", ";
        list += "\"" + spec.choices[i] + "\"";
    }
    return list;
}

std::string parameterConsistencyProblem(const std::vector<ParameterSpec> &specs,
                                        const ParameterValues &values)
{
    for (std::size_t i = 0; i + 1 < specs.size(); ++i) {
        const std::string &name = specs[i].name;
        if (name.size() > 3 && name.compare(name.size() - 3, 3, "Min") == 0) {
            const std::string partner = name.substr(0, name.size() - 3) + "Max";
            if (auto j = parameterIndex(specs, partner); j && values[i] > values[*j])
                return name + " (" + formatParameterValue(specs[i], values[i]) + ") is above " + partner
                       + " (" + formatParameterValue(specs[*j], values[*j]) + ")";
        }
    }
    for (std::size_t i = 0; i < specs.size(); ++i) {
        if (specs[i].atMost.empty())
            continue;
        if (auto j = parameterIndex(specs, specs[i].atMost); j && values[i] > values[*j])
            return specs[i].name + " (" + formatParameterValue(specs[i], values[i]) + ") is above "
                   + specs[*j].name + " (" + formatParameterValue(specs[*j], values[*j]) + ")";
    }
    return {};
}

} // namespace cs
