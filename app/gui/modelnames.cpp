#include "modelnames.h"

#include "contentlanguage.h"

QString ModelNames::name(cs::ConsistencyModel model)
{
    switch (model) {
    case cs::ConsistencyModel::Linearizable: return tr("Linearizable");
    case cs::ConsistencyModel::Sequential: return tr("Sequential");
    case cs::ConsistencyModel::Causal: return tr("Causal");
    case cs::ConsistencyModel::Pram: return tr("PRAM");
    case cs::ConsistencyModel::ReadYourWrites: return tr("Read your writes");
    case cs::ConsistencyModel::MonotonicReads: return tr("Monotonic reads");
    case cs::ConsistencyModel::MonotonicWrites: return tr("Monotonic writes");
    case cs::ConsistencyModel::WritesFollowReads: return tr("Writes follow reads");
    case cs::ConsistencyModel::ConsistentPrefix: return tr("Consistent prefix");
    case cs::ConsistencyModel::BoundedStaleness: return tr("Bounded staleness");
    case cs::ConsistencyModel::Eventual: return tr("Eventual");
    }
    return {};
}

QString ModelNames::shortName(cs::ConsistencyModel model)
{
    switch (model) {
    case cs::ConsistencyModel::Linearizable: return tr("Lin");
    case cs::ConsistencyModel::Sequential: return tr("Seq");
    case cs::ConsistencyModel::Causal: return tr("Causal");
    case cs::ConsistencyModel::Pram: return tr("PRAM");
    case cs::ConsistencyModel::ReadYourWrites: return tr("RYW");
    case cs::ConsistencyModel::MonotonicReads: return tr("MR");
    case cs::ConsistencyModel::MonotonicWrites: return tr("MW");
    case cs::ConsistencyModel::WritesFollowReads: return tr("WFR");
    case cs::ConsistencyModel::ConsistentPrefix: return tr("Prefix");
    case cs::ConsistencyModel::BoundedStaleness: return tr("Bounded");
    case cs::ConsistencyModel::Eventual: return tr("Eventual");
    }
    return {};
}

QString ModelNames::availability(cs::ConsistencyModel model)
{
    const auto kind = cs::modelAvailability(model);
    if (kind == "totally-available")
        return tr("totally available: every replica can serve through a partition");
    if (kind == "sticky-available")
        return tr("sticky available: a client that stays with one replica can go on through a partition");
    return tr("unavailable: some replicas must refuse or wait during a partition");
}

QString ModelNames::anomalyText(const cs::ConsistencyAnomaly &anomaly)
{
    return QString::fromStdString(ContentLanguage::chinese() && !anomaly.chinese.empty() ? anomaly.chinese : anomaly.english);
}

QString ModelNames::sessionGuarantee(std::string_view guarantee)
{
    if (guarantee == "strong")
        return tr("Strong");
    for (int i = 0; i < cs::kConsistencyModelCount; ++i) {
        const auto model = static_cast<cs::ConsistencyModel>(i);
        if (cs::consistencyModelName(model) == guarantee)
            return name(model);
    }
    return QString::fromUtf8(guarantee.data(), qsizetype(guarantee.size()));
}
