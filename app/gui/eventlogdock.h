#pragma once

#include <QDockWidget>

class EventLogFilter;
class EventLogModel;
class QComboBox;
class QLabel;
class QSpinBox;
class QTableView;
class SimulationController;

// Everything that happened, filterable by node and kind; clicking a row selects the node and the
// message it concerns, and violations stand out in red.
class EventLogDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit EventLogDock(SimulationController &controller, QWidget *parent = nullptr);

    QTableView *table() const { return mTable; }
    QComboBox *nodeFilter() const { return mNodeFilter; }
    QComboBox *kindFilter() const { return mKindFilter; }
    QSpinBox *groupFilter() const { return mGroupFilter; }
    int visibleRows() const;
    // Selects and scrolls to a recorded event's row, if the filters show it.
    void revealEvent(std::size_t index);

private slots:
    void rebuildNodeFilter();
    void followTail();
    void activate(const QModelIndex &index);

private:
    SimulationController &mController;
    EventLogModel *mModel;
    EventLogFilter *mFilter;
    QTableView *mTable;
    QComboBox *mNodeFilter;
    QComboBox *mKindFilter;
    QLabel *mGroupLabel;
    QSpinBox *mGroupFilter;
};
