#pragma once

#include <QAbstractTableModel>

#include "tracerecorder.h"

class SimulationController;

// The trace's events as table rows (time, kind, node, description), growing as the run does.
class EventLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, KindColumn, NodeColumn, DescriptionColumn, ColumnCount };
    enum Role { NodeRole = Qt::UserRole + 1, PeerRole, MessageRole, KindRole, GroupRole, ExpectedRole };

    explicit EventLogModel(SimulationController &controller, QObject *parent = nullptr);

    static QString kindLabel(cs::TraceKind kind);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    bool isExpected(std::size_t row) const;

private slots:
    void catchUp();
    void restart();

private:
    SimulationController &mController;
    int mRows = 0;
};
