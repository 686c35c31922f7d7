#pragma once

#include <QDockWidget>

class ClientRoster;
class ConsistencyMonitor;
class HistoryView;
class QCheckBox;
class SimulationController;

// The operation history dock: the history view of the moment shown, with a switch for its
// linearization points.
class HistoryDock : public QDockWidget
{
    Q_OBJECT

public:
    HistoryDock(SimulationController &controller, ConsistencyMonitor &monitor, const ClientRoster &roster,
                QWidget *parent = nullptr);

    HistoryView *view() const { return mView; }
    QCheckBox *linearizationSwitch() const { return mLinearization; }

private:
    HistoryView *mView;
    QCheckBox *mLinearization;
};
