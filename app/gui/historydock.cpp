#include "historydock.h"

#include <QCheckBox>
#include <QVBoxLayout>

#include "historyview.h"

HistoryDock::HistoryDock(SimulationController &controller, ConsistencyMonitor &monitor, const ClientRoster &roster,
                         QWidget *parent)
    : QDockWidget(tr("History"), parent)
{
    setObjectName(QStringLiteral("HistoryDock"));
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setSpacing(2);
    mLinearization = new QCheckBox(tr("Linearization points"), content);
    mLinearization->setChecked(true);
    mLinearization->setToolTip(tr("Show where each operation took effect, joined in its key's linearization order "
                                  "(as Porcupine draws it). Operations no linearization can place stay outlined in red."));
    mView = new HistoryView(controller, monitor, roster, content);
    connect(mLinearization, &QCheckBox::toggled, mView, &HistoryView::setShowLinearization);
    layout->addWidget(mLinearization);
    layout->addWidget(mView, 1);
    setWidget(content);
}
