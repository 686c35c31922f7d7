#pragma once

#include <QWidget>

#include <optional>
#include <vector>

#include "history.h"

class ClientRoster;
class ConsistencyMonitor;
class SimulationController;

// The operation history as Porcupine and Maelstrom draw it: one lane per client, a bar per
// operation from invocation to completion on virtual time (ok blue, fail pink, unknown orange,
// pending grey), crashes and partitions as annotations, reads that break linearizability marked.
// Clicking a bar selects the operation.
class HistoryView : public QWidget
{
    Q_OBJECT

public:
    HistoryView(SimulationController &controller, ConsistencyMonitor &monitor, const ClientRoster &roster,
                QWidget *parent = nullptr);

    // The clients that have a lane, top to bottom.
    std::vector<int> lanes() const;
    // Where an operation's bar is drawn in widget coordinates (empty if it has none).
    QRectF barRect(cs::OperationId operation) const;
    std::optional<cs::OperationId> operationAt(QPointF point) const;
    // The text on an operation's bar ("w x=V1", "r x -> V0").
    QString barLabel(cs::OperationId operation) const;

    void paintHistory(QPainter &painter, const QRectF &area) const;

    QSize sizeHint() const override { return {700, 180}; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    double xFor(const QRectF &area, cs::VirtualTime time) const;
    double laneTop(const QRectF &area, int lane) const;
    double laneHeight(const QRectF &area) const;
    QRectF barIn(const QRectF &area, const cs::HistoryOperation &operation) const;
    cs::VirtualTime windowStart() const;
    cs::VirtualTime windowEnd() const;
    QString annotationText(std::size_t index) const;

    SimulationController &mController;
    ConsistencyMonitor &mMonitor;
    const ClientRoster &mRoster;
};
