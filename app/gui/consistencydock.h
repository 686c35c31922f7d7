#pragma once

#include <QDockWidget>

#include <optional>

#include "consistencychecker.h"

class ConsistencyMonitor;
class ModelMap;
class QLabel;
class SimulationController;

// The consistency lab's verdicts: the map of models coloured live, the counters (refused
// operations, stale reads, divergent keys, lost writes) and the sentence of why a chosen model
// is violated.
class ConsistencyDock : public QDockWidget
{
    Q_OBJECT

public:
    ConsistencyDock(SimulationController &controller, ConsistencyMonitor &monitor, QWidget *parent = nullptr);

    ModelMap *map() const { return mMap; }
    QLabel *counters() const { return mCounters; }
    QLabel *explanation() const { return mExplanation; }

private slots:
    void refresh();
    void explain(std::optional<cs::ConsistencyModel> model);

private:
    QString describe(std::optional<cs::ConsistencyModel> model) const;
    // The tooltip of the counters: the divergent keys by name.
    QString divergenceTip() const;

    SimulationController &mController;
    ConsistencyMonitor &mMonitor;
    ModelMap *mMap;
    QLabel *mCounters;
    QLabel *mExplanation;
};
