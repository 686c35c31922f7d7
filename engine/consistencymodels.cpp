#include "consistencychecker.h"

#include <algorithm>

namespace cs {

std::string_view consistencyModelName(ConsistencyModel model)
{
    switch (model) {
    case ConsistencyModel::Linearizable: return "linearizable";
    case ConsistencyModel::Sequential: return "sequential";
    case ConsistencyModel::Causal: return "causal";
    case ConsistencyModel::Pram: return "pram";
    case ConsistencyModel::ReadYourWrites: return "read-your-writes";
    case ConsistencyModel::MonotonicReads: return "monotonic-reads";
    case ConsistencyModel::MonotonicWrites: return "monotonic-writes";
    case ConsistencyModel::WritesFollowReads: return "writes-follow-reads";
    case ConsistencyModel::ConsistentPrefix: return "consistent-prefix";
    case ConsistencyModel::BoundedStaleness: return "bounded-staleness";
    case ConsistencyModel::Eventual: return "eventual";
    }
    return "unknown";
}

std::vector<ConsistencyModel> impliedModels(ConsistencyModel model)
{
    using M = ConsistencyModel;
    switch (model) {
    case M::Linearizable: return {M::Sequential, M::BoundedStaleness};
    case M::Sequential: return {M::Causal};
    case M::Causal: return {M::Pram, M::WritesFollowReads};
    case M::Pram: return {M::ReadYourWrites, M::MonotonicReads, M::MonotonicWrites};
    default: return {};
    }
}

std::string_view modelAvailability(ConsistencyModel model)
{
    using M = ConsistencyModel;
    switch (model) {
    case M::Linearizable:
    case M::Sequential:
    case M::BoundedStaleness: return "unavailable";
    case M::Causal:
    case M::Pram:
    case M::ReadYourWrites: return "sticky-available";
    default: return "totally-available";
    }
}

bool modelImplies(ConsistencyModel stronger, ConsistencyModel weaker)
{
    for (const auto direct : impliedModels(stronger))
        if (direct == weaker || modelImplies(direct, weaker))
            return true;
    return false;
}

bool ConsistencyReport::valid() const
{
    return lostWrites.empty()
           && std::all_of(verdicts.begin(), verdicts.end(), [](ModelVerdict v) { return v == ModelVerdict::Holds; });
}

std::vector<ConsistencyModel> ConsistencyReport::ruledOut(bool directly) const
{
    std::vector<ConsistencyModel> out;
    for (int m = 0; m < kConsistencyModelCount; ++m) {
        const auto model = static_cast<ConsistencyModel>(m);
        if (verdict(model) != ModelVerdict::Violated)
            continue;
        bool weakerViolated = false;
        for (int w = 0; w < kConsistencyModelCount; ++w)
            weakerViolated = weakerViolated
                             || (verdict(static_cast<ConsistencyModel>(w)) == ModelVerdict::Violated
                                 && modelImplies(model, static_cast<ConsistencyModel>(w)));
        if (weakerViolated != directly)
            out.push_back(model);
    }
    return out;
}

const ConsistencyAnomaly *ConsistencyReport::anomaly(ConsistencyModel model) const
{
    for (const auto &found : anomalies)
        if (found.model == model)
            return &found;
    return nullptr;
}

} // namespace cs
