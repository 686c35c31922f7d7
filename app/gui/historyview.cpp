#include "historyview.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <map>
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

const QColor kImpossible(0xd0, 0x20, 0x20);

// Each key's linearization line in its own colour, in order of first use.
QColor lineColor(std::size_t key)
{
    static const QColor colors[] = {QColor(0x2e, 0x7d, 0x32), QColor(0x6a, 0x1b, 0x9a), QColor(0x00, 0x83, 0x8f),
                                    QColor(0x8d, 0x5a, 0x2b)};
    return colors[key % std::size(colors)];
}

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

void HistoryView::setShowLinearization(bool show)
{
    mShowLinearization = show;
    update();
}

QPointF HistoryView::pointIn(const QRectF &area, const cs::HistoryOperation &operation, cs::VirtualTime at) const
{
    // An unknown operation may take effect after its deadline: its point may lie past its bar.
    return {xFor(area, at), barIn(area, operation).center().y()};
}

std::optional<QPointF> HistoryView::linearizationPoint(cs::OperationId operation, const std::string &key) const
{
    const auto *found = mMonitor.history().find(operation);
    if (!mShowLinearization || !found)
        return std::nullopt;
    for (const auto &point : mMonitor.report().linearization) {
        if (point.operation == operation && point.key == key && point.tookEffect)
            return pointIn(QRectF(rect()), *found, point.at);
    }
    return std::nullopt;
}

bool HistoryView::isImpossible(cs::OperationId operation) const
{
    const auto &impossible = mMonitor.report().impossible;
    return std::any_of(impossible.begin(), impossible.end(),
                       [operation](const cs::ImpossibleOperation &op) { return op.operation == operation; });
}

void HistoryView::paintLinearization(QPainter &painter, const QRectF &area) const
{
    // Each point at the height of its bar's centre, the middle of its client's lane (lanes and their
    // height computed once: a long history has many points).
    std::map<int, double> middleOf;
    const auto all = lanes();
    const double height = laneHeight(area);
    for (std::size_t lane = 0; lane < all.size(); ++lane)
        middleOf[all[lane]] = area.top() + kTopMargin + (static_cast<double>(lane) + 0.5) * height;
    std::map<cs::OperationId, const cs::HistoryOperation *> operations;
    for (const auto &operation : mMonitor.history().operations())
        operations.emplace(operation.id, &operation);
    // Per key, its points in its order: the line first, the dots over it.
    std::vector<std::pair<QPointF, std::size_t>> dots;
    std::optional<QPointF> previous;
    std::string key;
    std::size_t keys = 0;
    for (const auto &point : mMonitor.report().linearization) {
        if (dots.empty() || point.key != key) {
            keys += dots.empty() ? 0 : 1;
            key = point.key;
            previous.reset();
        }
        const auto found = operations.find(point.operation);
        if (!point.tookEffect || found == operations.end())
            continue;
        const QPointF at(xFor(area, point.at), middleOf[found->second->client]);
        if (previous) {
            painter.setPen(QPen(lineColor(keys), 1.3));
            painter.drawLine(*previous, at);
        }
        previous = at;
        dots.emplace_back(at, keys);
    }
    for (const auto &[at, color] : dots) {
        painter.setPen(QPen(lineColor(color).darker(140), 1));
        painter.setBrush(lineColor(color));
        painter.drawEllipse(at, 3.5, 3.5);
    }
}

QString HistoryView::linearizationText(const cs::HistoryOperation &operation) const
{
    const auto &report = mMonitor.report();
    QStringList lines;
    std::set<std::string> partial;
    for (const auto &impossible : report.impossible) {
        partial.insert(impossible.key);
        if (impossible.operation != operation.id)
            continue;
        const auto key = QString::fromStdString(impossible.key);
        const auto value = impossible.valueAfterPrefix.empty() ? tr("nil") : QString::fromStdString(impossible.valueAfterPrefix);
        lines << tr("Impossible: no linearization of %1 can place this operation. The longest one orders %2 operations "
                    "and leaves %1=%3, which this operation cannot follow.")
                     .arg(key)
                     .arg(impossible.prefixLength)
                     .arg(value);
    }
    std::map<std::string, int> places;
    for (const auto &point : report.linearization) {
        const int place = point.tookEffect ? ++places[point.key] : 0;
        if (point.operation != operation.id)
            continue;
        const auto key = QString::fromStdString(point.key);
        const auto at = QString::fromStdString(cs::formatDuration(point.at));
        if (!point.tookEffect)
            lines << tr("Never took effect: the linearization of %1 leaves this unknown operation out.").arg(key);
        else if (partial.contains(point.key))
            lines << tr("Takes effect at %1, number %2 in the longest partial linearization of %3.").arg(at).arg(place).arg(key);
        else
            lines << tr("Takes effect at %1, number %2 in the linearization of %3.").arg(at).arg(place).arg(key);
    }
    return lines.join(QLatin1Char('\n'));
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
    std::set<cs::OperationId> impossible;
    for (const auto &op : mMonitor.report().impossible)
        impossible.insert(op.operation);
    for (const auto &operation : mMonitor.history().operations()) {
        const QRectF bar = barIn(area, operation);
        if (bar.isEmpty())
            continue;
        const bool selected = operation.id == mMonitor.selectedOperation();
        const bool highlighted = mMonitor.isHighlighted(operation.id);
        QPen outline(barColor(operation).darker(150), 1, operation.pending ? Qt::DashLine : Qt::SolidLine);
        if (impossible.contains(operation.id))
            outline = QPen(kImpossible, 2);
        if (highlighted)
            outline = QPen(kImpossible, 2.5);
        if (selected)
            outline = QPen(QColor(0xff, 0xc0, 0x00), 3);
        painter.setPen(outline);
        painter.setBrush(barColor(operation));
        painter.drawRoundedRect(bar, 3, 3);
        painter.setPen(QColor(0x10, 0x10, 0x20));
        painter.drawText(bar.adjusted(3, 0, 200, 0), Qt::AlignLeft | Qt::AlignVCenter, OperationText::shortLabel(operation));
        // An operation that no linearization can place after the longest one found.
        if (impossible.contains(operation.id)) {
            painter.setPen(QPen(kImpossible, 2));
            const QPointF mark(bar.right(), bar.top());
            painter.drawLine(mark + QPointF(-4, -4), mark + QPointF(4, 4));
            painter.drawLine(mark + QPointF(-4, 4), mark + QPointF(4, -4));
        }
    }
    if (mShowLinearization)
        paintLinearization(painter, area);
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
        const auto linearization = linearizationText(*found);
        if (!linearization.isEmpty())
            text += QLatin1Char('\n') + linearization;
        QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}
