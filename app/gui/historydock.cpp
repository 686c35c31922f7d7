#include "historydock.h"

#include "historyview.h"

HistoryDock::HistoryDock(SimulationController &controller, ConsistencyMonitor &monitor, const ClientRoster &roster,
                         QWidget *parent)
    : QDockWidget(tr("History"), parent)
{
    setObjectName(QStringLiteral("HistoryDock"));
    mView = new HistoryView(controller, monitor, roster, this);
    setWidget(mView);
}
