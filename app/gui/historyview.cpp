#include "historyview.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <set>

#include "clientroster.h"
#include "consistencymonitor.h"
#include "modelnames.h"
#include "operationtext.h"
#include "simulationcontroller.h"

namespace {

constexpr double kLeftMargin = 30;
constexpr double kRightMargin = 12;
constexpr double kTopMargin = 20;
constexpr double kBottomMargin = 16;

QColor barColor(const cs::HistoryOperation &operation)
{
    if (operation.pending)
        return QColor(0xc8, 0xc8, 0xc8);
    switch (operation.result) {
    case cs::OperationResult::Ok: return QColor(0x6f, 0xa8, 0xf0);
    case cs::OperationResult::Fail: return QColor(0xf2, 0xa5, 0xc6);
    case cs::OperationResult::Unknown: break;
    }
    return QColor(0xf7, 0xb0, 0x5b);
}

} // namespace

HistoryView::HistoryView(SimulationController &controller, ConsistencyMonitor &monitor, const ClientRoster &roster,
                         QWidget *parent)
    : QWidget(parent)
    , mController(controller)
    , mMonitor(monitor)
    , mRoster(roster)
{
    setMinimumHeight(100);
    connect(&monitor, &ConsistencyMonitor::changed, this, qOverload<>(&QWidget::update));
    connect(&monitor, &ConsistencyMonitor::selectionChanged, this, qOverload<>(&QWidget::update));
    connect(&roster, &ClientRoster::changed, this, qOverload<>(&QWidget::update));
}

std::vector<int> HistoryView::lanes() const
{
    std::set<int> clients;
    for (const auto &client : mRoster.clients())
        clients.insert(client.id);
    for (const auto &operation : mMonitor.history().operations())
        clients.insert(operation.client);
    return {clients.begin(), clients.end()};
}

cs::VirtualTime HistoryView::windowStart() const
{
    return 0;
}

cs::VirtualTime HistoryView::windowEnd() const
{
    // The whole history up to the moment shown, and at least a second.
    return std::max<cs::VirtualTime>(mController.simulation().now(), cs::kSecond) * 51 / 50;
}

double HistoryView::xFor(const QRectF &area, cs::VirtualTime time) const
{
    const double span = static_cast<double>(windowEnd() - windowStart());
    return area.left() + kLeftMargin
        + static_cast<double>(time - windowStart()) / span * (area.width() - kLeftMargin - kRightMargin);
}

double HistoryView::laneHeight(const QRectF &area) const
{
    const auto count = std::max<std::size_t>(1, lanes().size());
    return std::clamp((area.height() - kTopMargin - kBottomMargin) / static_cast<double>(count), 14.0, 48.0);
}

double HistoryView::laneTop(const QRectF &area, int lane) const
{
    return area.top() + kTopMargin + lane * laneHeight(area);
}

QRectF HistoryView::barIn(const QRectF &area, const cs::HistoryOperation &operation) const
{
    const auto all = lanes();
    const auto found = std::find(all.begin(), all.end(), operation.client);
    if (found == all.end())
        return {};
    const int lane = static_cast<int>(found - all.begin());
    const double height = laneHeight(area);
    const cs::VirtualTime end = operation.pending ? mController.simulation().now() : operation.completedAt;
    const double left = xFor(area, operation.invokedAt);
    const double right = std::max(xFor(area, end), left + 4);
    return QRectF(left, laneTop(area, lane) + height * 0.2, right - left, height * 0.6);
}

QRectF HistoryView::barRect(cs::OperationId operation) const
{
    const auto *found = mMonitor.history().find(operation);
    return found ? barIn(QRectF(rect()), *found) : QRectF();
}

std::optional<cs::OperationId> HistoryView::operationAt(QPointF point) const
{
    const auto &operations = mMonitor.history().operations();
    // The last drawn is on top.
    for (auto it = operations.rbegin(); it != operations.rend(); ++it) {
        if (barIn(QRectF(rect()), *it).adjusted(-2, -2, 2, 2).contains(point))
            return it->id;
    }
    return std::nullopt;
}

QString HistoryView::barLabel(cs::OperationId operation) const
{
    const auto *found = mMonitor.history().find(operation);
    return found ? OperationText::shortLabel(*found) : QString();
}

QString HistoryView::annotationText(std::size_t index) const
{
    const auto &annotation = mMonitor.annotations()[index];
    switch (annotation.kind) {
    case cs::TraceKind::Crash: return tr("n%1 crashed").arg(annotation.node);
    case cs::TraceKind::Restart: return tr("n%1 restarted").arg(annotation.node);
    case cs::TraceKind::Cut: return tr("cut n%1\u2013n%2").arg(annotation.node).arg(annotation.peer);
    case cs::TraceKind::Heal: return tr("healed n%1\u2013n%2").arg(annotation.node).arg(annotation.peer);
    case cs::TraceKind::Partition: return tr("partition");
    case cs::TraceKind::HealAll: return tr("healed all");
    default: break;
    }
    return {};
}

void HistoryView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    paintHistory(painter, QRectF(rect()));
}

void HistoryView::paintHistory(QPainter &painter, const QRectF &area) const
{
    painter.fillRect(area, QColor(0xfd, 0xfd, 0xfb));
    painter.setRenderHint(QPainter::Antialiasing);
    QFont font = painter.font();
    font.setPointSizeF(8);
    painter.setFont(font);
    const auto all = lanes();
    const double height = laneHeight(area);
    for (std::size_t lane = 0; lane < all.size(); ++lane) {
        const double top = laneTop(area, static_cast<int>(lane));
        painter.setPen(QColor(0xe4, 0xe4, 0xe0));
        painter.drawLine(QPointF(area.left() + kLeftMargin, top + height), QPointF(area.right() - kRightMargin, top + height));
        painter.setPen(QColor(0x30, 0x30, 0x40));
        QFont bold = font;
        bold.setBold(true);
        painter.setFont(bold);
        painter.drawText(QRectF(area.left(), top, kLeftMargin - 4, height), Qt::AlignRight | Qt::AlignVCenter,
                         QString::fromStdString(cs::clientName(all[lane])));
        painter.setFont(font);
    }
    const double bottom = laneTop(area, static_cast<int>(all.size()));
    for (std::size_t index = 0; index < mMonitor.annotations().size(); ++index) {
        const auto &annotation = mMonitor.annotations()[index];
        const double x = xFor(area, annotation.at);
        const bool fault = annotation.kind == cs::TraceKind::Crash || annotation.kind == cs::TraceKind::Cut
            || annotation.kind == cs::TraceKind::Partition;
        const QColor color = fault ? QColor(0xb0, 0x30, 0x30) : QColor(0x30, 0x90, 0x50);
        painter.setPen(QPen(color, 1, Qt::DashLine));
        painter.drawLine(QPointF(x, area.top() + kTopMargin - 4), QPointF(x, bottom));
        painter.setPen(color);
        painter.drawText(QPointF(x + 2, area.top() + kTopMargin - 6), annotationText(index));
    }
    const auto *linearizable = mMonitor.anomaly(cs::ConsistencyModel::Linearizable);
    for (const auto &operation : mMonitor.history().operations()) {
        const QRectF bar = barIn(area, operation);
        if (bar.isEmpty())
            continue;
        const bool selected = operation.id == mMonitor.selectedOperation();
        const bool highlighted = mMonitor.isHighlighted(operation.id);
        QPen outline(barColor(operation).darker(150), 1, operation.pending ? Qt::DashLine : Qt::SolidLine);
        if (highlighted)
            outline = QPen(QColor(0xd0, 0x20, 0x20), 2.5);
        if (selected)
            outline = QPen(QColor(0xff, 0xc0, 0x00), 3);
        painter.setPen(outline);
        painter.setBrush(barColor(operation));
        painter.drawRoundedRect(bar, 3, 3);
        painter.setPen(QColor(0x10, 0x10, 0x20));
        painter.drawText(bar.adjusted(3, 0, 200, 0), Qt::AlignLeft | Qt::AlignVCenter, OperationText::shortLabel(operation));
        // A read that no linearization can explain: the checker's proof of non-linearizability.
        const bool impossible = operation.kind == cs::OperationKind::Read && linearizable
            && std::find(linearizable->operations.begin(), linearizable->operations.end(), operation.id)
                   != linearizable->operations.end();
        if (impossible) {
            painter.setPen(QPen(QColor(0xd0, 0x20, 0x20), 2));
            const QPointF mark(bar.right(), bar.top());
            painter.drawLine(mark + QPointF(-4, -4), mark + QPointF(4, 4));
            painter.drawLine(mark + QPointF(-4, 4), mark + QPointF(4, -4));
        }
    }
    // The moment shown.
    const double now = xFor(area, mController.simulation().now());
    painter.setPen(QPen(QColor(0x20, 0x60, 0xc0), 1.5));
    painter.drawLine(QPointF(now, area.top() + kTopMargin - 4), QPointF(now, bottom));
    painter.setPen(QColor(0x70, 0x70, 0x70));
    painter.drawText(QRectF(area.left() + kLeftMargin, bottom, 300, kBottomMargin), Qt::AlignLeft | Qt::AlignVCenter,
                     mMonitor.history().operations().empty()
                         ? tr("No client operations yet: drag a client onto a node, or press R or W.")
                         : QString::fromStdString(cs::formatDuration(mController.simulation().now())));
}

void HistoryView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const auto operation = operationAt(event->position());
    mMonitor.selectOperation(operation.value_or(0));
    event->accept();
}

bool HistoryView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const auto operation = operationAt(help->pos());
        const auto *found = operation ? mMonitor.history().find(*operation) : nullptr;
        if (!found) {
            QToolTip::showText(help->globalPos(),
                               tr("One lane per client, a bar per operation: blue ok, pink failed, orange unknown, "
                                  "grey pending. Click a bar to select its operation."),
                               this);
            return true;
        }
        QString text = tr("Operation %1 by client %2 at n%3: %4")
                           .arg(static_cast<qulonglong>(found->id))
                           .arg(QString::fromStdString(cs::clientName(found->client)))
                           .arg(found->node)
                           .arg(OperationText::shortLabel(*found));
        const auto broken = mMonitor.modelsBroken(found->id);
        if (!broken.empty()) {
            QStringList names;
            for (auto model : broken)
                names << ModelNames::name(model);
            text += QLatin1Char('\n') + tr("Breaks: %1").arg(names.join(QStringLiteral(", ")));
        }
        if (mMonitor.isStaleRead(found->id))
            text += QLatin1Char('\n') + tr("A stale read: it missed a write that completed before it began.");
        QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}
