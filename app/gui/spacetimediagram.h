#pragma once

#include <QWidget>

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "virtualtime.h"
#include "client.h"
#include "message.h"

class ConsistencyMonitor;
class SimulationController;

// The space-time (Lamport) diagram: one horizontal line per node, an arrow from each send to its
// delivery, a cross where a message died, crash and restart marks, role spans in their colours,
// Lamport timestamps on hover, and the consistency lab's client operations with per-read badges. Clicking an arrow seeks to its delivery; the wheel zooms.
class SpaceTimeDiagram : public QWidget
{
    Q_OBJECT

public:
    // One message from send to delivery or drop, with the Lamport clocks of both ends.
    struct MessageSpan
    {
        std::uint64_t id = 0;
        cs::NodeId from = 0;
        cs::NodeId to = 0;
        cs::VirtualTime sentAt = 0;
        cs::VirtualTime endAt = -1;
        bool dropped = false;
        std::string type;
        std::uint64_t lamportSend = 0;
        std::uint64_t lamportEnd = 0;
    };

    explicit SpaceTimeDiagram(SimulationController &controller, QWidget *parent = nullptr);

    // Draws client operations from the consistency lab: a badge on each read naming the models it
    // breaks, and the selected or highlighted operations.
    void setConsistency(const ConsistencyMonitor *monitor);
    // A read's badge text: "\u2713" if every model still holds, the short names of the models it
    // breaks ("\u2717 Lin Seq"), or empty if it broke none but earlier reads had.
    QString readBadge(cs::OperationId read) const;

    // Counts over the whole run, whatever the window and filter.
    std::size_t arrowCount() const;
    std::size_t dropMarkCount() const;
    const std::vector<MessageSpan> &spans() const { return mSpans; }
    const std::set<std::string> &messageTypes() const { return mTypes; }
    // How many recorded messages the current lesson step points at (drawn over a wide blue band).
    std::size_t highlightedSpanCount() const;

    void setTypeFilter(const std::string &type);
    void setWindow(double start, double span);
    double windowStart() const { return mStart; }
    double windowSpan() const { return mSpan; }

    // Paints the visible window into any painter (the widget, a PNG, an SVG).
    void paintDiagram(QPainter &painter, const QRectF &area) const;

    // The message drawn nearest to a widget point, if one is close enough.
    std::optional<std::uint64_t> messageAt(QPointF point) const;

    QSize sizeHint() const override { return {700, 160}; }

signals:
    void typesChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    bool event(QEvent *event) override;

private slots:
    void collect();
    void restart();

private:
    // A node's role from a moment on, or its crash (role "down") and restart.
    struct RoleChange
    {
        cs::VirtualTime at;
        std::string role;
    };

    double xFor(const QRectF &area, double time) const;
    double yFor(const QRectF &area, cs::NodeId node) const;
    bool visible(const MessageSpan &span) const;
    void paintOperations(QPainter &painter, const QRectF &area) const;

    SimulationController &mController;
    const ConsistencyMonitor *mMonitor = nullptr;
    std::vector<MessageSpan> mSpans;
    std::vector<std::vector<RoleChange>> mRoles;
    std::vector<std::uint64_t> mLamport;
    std::set<std::string> mTypes;
    std::string mTypeFilter;
    std::size_t mScanned = 0;
    cs::VirtualTime mLongestFlight = 0;
    double mStart = 0;
    double mSpan = 400 * cs::kMillisecond;
    bool mFollow = true;
    std::optional<QPointF> mPanFrom;
};
