#include "consistencydock.h"

#include <QLabel>
#include <QStringList>
#include <QVBoxLayout>

#include "consistencymonitor.h"
#include "modelmap.h"
#include "modelnames.h"
#include "simulationcontroller.h"

ConsistencyDock::ConsistencyDock(SimulationController &controller, ConsistencyMonitor &monitor, QWidget *parent)
    : QDockWidget(tr("Consistency models"), parent)
    , mController(controller)
    , mMonitor(monitor)
{
    setObjectName(QStringLiteral("ConsistencyDock"));
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    mMap = new ModelMap(controller, monitor, content);
    mCounters = new QLabel(content);
    mCounters->setObjectName(QStringLiteral("counters"));
    mCounters->setWordWrap(true);
    mExplanation = new QLabel(tr("Click a model to see why it is violated."), content);
    mExplanation->setObjectName(QStringLiteral("explanation"));
    mExplanation->setWordWrap(true);
    mExplanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(mMap, 1);
    layout->addWidget(mCounters);
    layout->addWidget(mExplanation);
    setWidget(content);
    connect(&monitor, &ConsistencyMonitor::changed, this, &ConsistencyDock::refresh);
    connect(mMap, &ModelMap::modelSelected, this, &ConsistencyDock::explain);
    connect(&controller, &SimulationController::clusterReset, this, [this] { mMap->select(std::nullopt); });
    refresh();
}

void ConsistencyDock::refresh()
{
    const auto counters = mMonitor.counters();
    mCounters->setText(tr("Refused operations: %1 \u00b7 Stale reads: %2 \u00b7 Divergent keys: %3 \u00b7 Lost writes: %4")
                           .arg(counters.refused)
                           .arg(counters.staleReads)
                           .arg(counters.divergentKeys)
                           .arg(counters.lostWrites));
    mCounters->setToolTip(divergenceTip());
    mExplanation->setText(describe(mMap->selected()));
}

void ConsistencyDock::explain(std::optional<cs::ConsistencyModel> model)
{
    mExplanation->setText(describe(model));
    mMonitor.highlightModel(model);
}

QString ConsistencyDock::divergenceTip() const
{
    const auto &keys = mMonitor.divergentKeys();
    if (keys.empty())
        return tr("No divergent key: the live replicas agree on every key.");
    constexpr std::size_t kNamed = 12;
    QStringList names;
    for (std::size_t i = 0; i < keys.size() && i < kNamed; ++i)
        names << QString::fromStdString(keys[i]);
    if (keys.size() > kNamed)
        names << tr("and %n more", nullptr, static_cast<int>(keys.size() - kNamed));
    return tr("Divergent keys, whose live replicas hold different values: %1").arg(names.join(QStringLiteral(", ")));
}

QString ConsistencyDock::describe(std::optional<cs::ConsistencyModel> model) const
{
    if (!model)
        return tr("Click a model to see why it is violated.");
    const auto name = ModelNames::name(*model);
    switch (mMonitor.report().verdict(*model)) {
    case cs::ModelVerdict::Holds:
        return tr("%1 holds for the history so far.").arg(name);
    case cs::ModelVerdict::Unknown:
        return tr("%1: the checker's bounded search gave up; the verdict is unknown.").arg(name);
    case cs::ModelVerdict::Violated:
        break;
    }
    if (const auto *anomaly = mMonitor.anomaly(*model))
        return tr("%1 is violated: %2").arg(name, ModelNames::anomalyText(*anomaly));
    return tr("%1 is violated.").arg(name);
}
