#pragma once

#include <QDockWidget>

#include <map>
#include <string>

#include "protocol.h"

class QLabel;
class QTreeWidget;
class SimulationController;

// Shows the selected node's whole state: role, durable and volatile fields, timers and the log
// with committed entries marked, highlighting what changed since the last time it looked.
class InspectorDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit InspectorDock(SimulationController &controller, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return mTree; }

signals:
    // The learner clicked one of the shown node's log entries (a lesson may be asking for one).
    void entryClicked(cs::NodeId node, std::int64_t index);

private slots:
    void refresh();

private:
    SimulationController &mController;
    QLabel *mHeading;
    QTreeWidget *mTree;
    cs::NodeId mShownNode = 0;
    std::map<std::string, std::string> mPreviousValues;
};
