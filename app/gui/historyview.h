#pragma once

#include <QWidget>

#include <optional>
#include <string>
#include <vector>

#include "history.h"

class ClientRoster;
class ConsistencyMonitor;
class SimulationController;

// The operation history as Porcupine and Maelstrom draw it: one lane per client, a bar per
// operation from invocation to completion on virtual time (ok blue, fail pink, unknown orange,
// pending grey), crashes and partitions as annotations, each operation's linearization point joined
// in its key's order and the operations no linearization can place outlined in red.
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

    // Whether the linearization points and their lines are drawn (the impossible marks always are).
    bool showsLinearization() const { return mShowLinearization; }
    void setShowLinearization(bool show);
    // Where an operation's linearization point on a key is drawn in widget coordinates (none if it
    // has no point: not linearized, never took effect, or hidden).
    std::optional<QPointF> linearizationPoint(cs::OperationId operation, const std::string &key) const;
    bool isImpossible(cs::OperationId operation) const;

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
    QPointF pointIn(const QRectF &area, const cs::HistoryOperation &operation, cs::VirtualTime at) const;
    void paintLinearization(QPainter &painter, const QRectF &area) const;
    QString linearizationText(const cs::HistoryOperation &operation) const;

    SimulationController &mController;
    ConsistencyMonitor &mMonitor;
    const ClientRoster &mRoster;
    bool mShowLinearization = true;
};
