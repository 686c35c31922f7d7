#pragma once

#include <QDockWidget>

class ClientRoster;
class ConsistencyMonitor;
class HistoryView;
class SimulationController;

// The operation history dock: the history view of the moment shown.
class HistoryDock : public QDockWidget
{
    Q_OBJECT

public:
    HistoryDock(SimulationController &controller, ConsistencyMonitor &monitor, const ClientRoster &roster,
                QWidget *parent = nullptr);

    HistoryView *view() const { return mView; }

private:
    HistoryView *mView;
};
