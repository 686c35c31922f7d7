#include "consistencyresult.h"

#include <algorithm>
#include <set>

namespace cs::cli {

namespace {

std::string verdictName(ModelVerdict verdict)
{
    switch (verdict) {
    case ModelVerdict::Holds: return "holds";
    case ModelVerdict::Violated: return "violated";
    case ModelVerdict::Unknown: return "unknown";
    }
    return "unknown";
}

std::string joined(const std::vector<std::string> &names)
{
    std::string out;
    for (const auto &name : names)
        out += (out.empty() ? "" : ", ") + name;
    return out.empty() ? "(none)" : out;
}

std::vector<std::string> modelNames(const std::vector<ConsistencyModel> &models)
{
    std::vector<std::string> out;
    for (const auto model : models)
        out.emplace_back(consistencyModelName(model));
    return out;
}

std::vector<std::string> withVerdict(const ConsistencyReport &report, ModelVerdict verdict)
{
    std::vector<std::string> out;
    for (int m = 0; m < kConsistencyModelCount; ++m)
        if (report.verdicts[static_cast<std::size_t>(m)] == verdict)
            out.emplace_back(consistencyModelName(static_cast<ConsistencyModel>(m)));
    return out;
}

std::string operationList(const std::vector<OperationId> &operations)
{
    std::string out;
    for (const auto id : operations)
        out += (out.empty() ? "" : " ") + std::to_string(id);
    return out;
}

} // namespace

std::string consistencyText(const ConsistencyReport &report, std::size_t operations)
{
    std::string out = "consistency: " + std::to_string(operations) + " register operations, valid? "
                      + (report.valid() ? "true" : "false") + "\n";
    const auto directly = report.ruledOut(true);
    for (const auto &anomaly : report.anomalies) {
        if (std::find(directly.begin(), directly.end(), anomaly.model) == directly.end())
            continue;
        out += "  " + std::string(consistencyModelName(anomaly.model)) + " " + anomaly.kind + " (operations "
               + operationList(anomaly.operations) + "): " + anomaly.english + "\n";
    }
    out += "  not: " + joined(modelNames(directly)) + "\n";
    out += "  also-not: " + joined(modelNames(report.ruledOut(false))) + "\n";
    out += "  holds: " + joined(withVerdict(report, ModelVerdict::Holds)) + "\n";
    if (const auto unknown = withVerdict(report, ModelVerdict::Unknown); !unknown.empty())
        out += "  unknown (search budget exhausted): " + joined(unknown) + "\n";
    if (!report.lostWrites.empty())
        out += "  lost writes (operations " + operationList(report.lostWrites) + ")\n";
    return out;
}

nlohmann::ordered_json consistencyJson(const ConsistencyReport &report)
{
    nlohmann::ordered_json out;
    out["valid"] = report.valid();
    auto &models = out["models"] = nlohmann::ordered_json::object();
    for (int m = 0; m < kConsistencyModelCount; ++m)
        models[std::string(consistencyModelName(static_cast<ConsistencyModel>(m)))]
            = verdictName(report.verdicts[static_cast<std::size_t>(m)]);
    std::set<std::string> kinds;
    auto &anomalies = out["anomalies"] = nlohmann::ordered_json::array();
    for (const auto &anomaly : report.anomalies) {
        kinds.insert(anomaly.kind);
        anomalies.push_back({{"model", consistencyModelName(anomaly.model)},
                             {"kind", anomaly.kind},
                             {"operations", anomaly.operations},
                             {"english", anomaly.english},
                             {"chinese", anomaly.chinese}});
    }
    out["anomaly-types"] = kinds;
    out["not"] = modelNames(report.ruledOut(true));
    out["also-not"] = modelNames(report.ruledOut(false));
    out["lost-writes"] = report.lostWrites;
    return out;
}

} // namespace cs::cli
