#include "spacetimediagram.h"

#include <QFontMetricsF>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

#include "clusterlayout.h"
#include "lessonhighlight.h"
#include "consistencymonitor.h"
#include "modelnames.h"
#include "protocolvocabulary.h"
#include "simulationcontroller.h"

namespace {

constexpr double kLeftMargin = 44;
constexpr double kRightMargin = 12;
constexpr double kTopMargin = 18;

} // namespace

SpaceTimeDiagram::SpaceTimeDiagram(SimulationController &controller, QWidget *parent)
    : QWidget(parent)
    , mController(controller)
{
    setMinimumHeight(110);
    setMouseTracking(true);
    connect(&controller, &SimulationController::advanced, this, &SpaceTimeDiagram::collect);
    connect(&controller, &SimulationController::clusterReset, this, &SpaceTimeDiagram::restart);
    restart();
}

void SpaceTimeDiagram::restart()
{
    const int size = mController.present().clusterSize();
    mSpans.clear();
    mRoles.assign(static_cast<std::size_t>(size) + 1, {});
    mLamport.assign(static_cast<std::size_t>(size) + 1, 0);
    mTypes.clear();
    mScanned = 0;
    mLongestFlight = 0;
    mFollow = true;
    collect();
    emit typesChanged();
}

void SpaceTimeDiagram::collect()
{
    const auto &recorder = mController.recorder();
    const auto *roles = cs::findMeaning(mController.descriptor().meanings, cs::Meaning::RoleChange);
    const std::size_t typesBefore = mTypes.size();
    for (; mScanned < recorder.size(); ++mScanned) {
        const auto &event = recorder.events()[mScanned];
        switch (event.kind) {
        case cs::TraceKind::Send: {
            const auto id = recorder.messageOf(mScanned);
            MessageSpan span;
            span.id = id;
            span.from = event.node;
            span.to = recorder.peerOf(mScanned);
            span.sentAt = event.t;
            span.type = std::string(recorder.messageBody(id)->type());
            span.lamportSend = ++mLamport[static_cast<std::size_t>(span.from)];
            mTypes.insert(span.type);
            if (mSpans.size() < id)
                mSpans.resize(id - 1);
            mSpans.push_back(std::move(span));
            break;
        }
        case cs::TraceKind::Deliver:
        case cs::TraceKind::Drop: {
            const auto id = recorder.messageOf(mScanned);
            if (id == 0 || id > mSpans.size())
                break;
            auto &span = mSpans[id - 1];
            span.endAt = event.t;
            span.dropped = event.kind == cs::TraceKind::Drop;
            if (!span.dropped) {
                auto &clock = mLamport[static_cast<std::size_t>(span.to)];
                clock = std::max(clock, span.lamportSend) + 1;
                span.lamportEnd = clock;
            }
            mLongestFlight = std::max(mLongestFlight, span.endAt - span.sentAt);
            break;
        }
        case cs::TraceKind::Crash:
            mRoles[static_cast<std::size_t>(event.node)].push_back({event.t, "down"});
            break;
        case cs::TraceKind::Note: {
            const auto note = recorder.noteOf(mScanned);
            if (roles && roles->matches(note))
                mRoles[static_cast<std::size_t>(event.node)].push_back({event.t, note.text});
            break;
        }
        default:
            break;
        }
    }
    if (mFollow) {
        const double cursor = mController.displayTime();
        if (cursor > mStart + mSpan * 0.9 || cursor < mStart)
            mStart = std::max(0.0, cursor - mSpan * 0.75);
    }
    if (mTypes.size() != typesBefore)
        emit typesChanged();
    update();
}

std::size_t SpaceTimeDiagram::arrowCount() const
{
    return static_cast<std::size_t>(std::count_if(mSpans.begin(), mSpans.end(), [](const MessageSpan &span) {
        return span.id != 0 && span.endAt >= 0 && !span.dropped;
    }));
}

std::size_t SpaceTimeDiagram::dropMarkCount() const
{
    return static_cast<std::size_t>(
        std::count_if(mSpans.begin(), mSpans.end(), [](const MessageSpan &span) { return span.id != 0 && span.dropped; }));
}

void SpaceTimeDiagram::setTypeFilter(const std::string &type)
{
    mTypeFilter = type;
    update();
}

void SpaceTimeDiagram::setWindow(double start, double span)
{
    mStart = std::max(0.0, start);
    mSpan = std::clamp(span, 100.0, 3600.0 * cs::kSecond);
    mFollow = false;
    update();
}

double SpaceTimeDiagram::xFor(const QRectF &area, double time) const
{
    return area.left() + kLeftMargin + (time - mStart) / mSpan * (area.width() - kLeftMargin - kRightMargin);
}

double SpaceTimeDiagram::yFor(const QRectF &area, cs::NodeId node) const
{
    const int size = std::max(1, mController.present().clusterSize());
    const double rowHeight = (area.height() - kTopMargin - 8) / size;
    return area.top() + kTopMargin + rowHeight * (node - 0.5);
}

bool SpaceTimeDiagram::visible(const MessageSpan &span) const
{
    if (span.id == 0 || (!mTypeFilter.empty() && span.type != mTypeFilter))
        return false;
    const double end = span.endAt >= 0 ? static_cast<double>(span.endAt) : mController.displayTime();
    return end >= mStart && static_cast<double>(span.sentAt) <= mStart + mSpan;
}

std::size_t SpaceTimeDiagram::highlightedSpanCount() const
{
    const auto *highlight = mController.lessonHighlight();
    return static_cast<std::size_t>(std::count_if(mSpans.begin(), mSpans.end(), [highlight](const MessageSpan &span) {
        return span.id != 0 && LessonHighlight::message(highlight, span.type);
    }));
}

void SpaceTimeDiagram::paintDiagram(QPainter &painter, const QRectF &area) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(area, QColor(0xfc, 0xfc, 0xfa));
    painter.setClipRect(area);
    const int size = mController.present().clusterSize();
    const double cursor = mController.displayTime();
    const double rowHeight = (area.height() - kTopMargin - 8) / std::max(1, size);
    const double end = static_cast<double>(mController.present().now());

    for (cs::NodeId node = 1; node <= size; ++node) {
        const double y = yFor(area, node);
        const auto &changes = mRoles[static_cast<std::size_t>(node)];
        for (std::size_t i = 0; i < changes.size(); ++i) {
            const double from = static_cast<double>(changes[i].at);
            const double to = i + 1 < changes.size() ? static_cast<double>(changes[i + 1].at) : end;
            if (to < mStart || from > mStart + mSpan)
                continue;
            const QColor color = changes[i].role == "down"
                                     ? QColor(0x60, 0x60, 0x60)
                                     : ClusterLayout::roleColor(mController.descriptor(), changes[i].role);
            const double left = std::max(xFor(area, from), area.left() + kLeftMargin);
            const double right = std::min(xFor(area, to), area.right() - kRightMargin);
            painter.fillRect(QRectF(left, y - rowHeight * 0.18, right - left, rowHeight * 0.36),
                             QColor(color.red(), color.green(), color.blue(), changes[i].role == "down" ? 110 : 60));
        }
        painter.setPen(QPen(QColor(0x60, 0x60, 0x60), 1));
        painter.drawLine(QPointF(area.left() + kLeftMargin, y), QPointF(area.right() - kRightMargin, y));
        painter.drawText(QRectF(area.left() + 4, y - 9, kLeftMargin - 8, 18), Qt::AlignVCenter | Qt::AlignLeft,
                         QStringLiteral("n%1").arg(node));
        for (const auto &change : changes) {
            if (change.role != "down" || change.at < mStart || static_cast<double>(change.at) > mStart + mSpan)
                continue;
            const double x = xFor(area, static_cast<double>(change.at));
            painter.setPen(QPen(QColor(0xd0, 0x30, 0x30), 2.5));
            painter.drawLine(QPointF(x - 6, y - 6), QPointF(x + 6, y + 6));
            painter.drawLine(QPointF(x - 6, y + 6), QPointF(x + 6, y - 6));
        }
    }

    const auto *highlight = mController.lessonHighlight();
    const double earliest = mStart - static_cast<double>(mLongestFlight) - 1;
    auto first = std::lower_bound(mSpans.begin(), mSpans.end(), earliest, [](const MessageSpan &span, double time) {
        return span.id == 0 || static_cast<double>(span.sentAt) < time;
    });
    for (auto it = first; it != mSpans.end() && static_cast<double>(it->sentAt) <= mStart + mSpan; ++it) {
        const auto &span = *it;
        if (!visible(span) || static_cast<double>(span.sentAt) > cursor)
            continue;
        const bool finished = span.endAt >= 0 && static_cast<double>(span.endAt) <= cursor;
        // The full flight, send to (planned) arrival; a message ends where it was delivered or died.
        const double arrival = static_cast<double>(mController.recorder().messageArrival(span.id));
        const QPointF from(xFor(area, static_cast<double>(span.sentAt)), yFor(area, span.from));
        const QPointF flightEnd(xFor(area, arrival), yFor(area, span.to));
        const double endTime = finished ? static_cast<double>(span.endAt) : cursor;
        const double fraction = std::clamp((endTime - static_cast<double>(span.sentAt))
                                               / std::max(1.0, arrival - static_cast<double>(span.sentAt)),
                                           0.0, 1.0);
        const QPointF to = from + (flightEnd - from) * fraction;
        const bool selected = span.id == mController.selectedMessage();
        if (LessonHighlight::message(highlight, span.type)) {
            auto band = LessonHighlight::color();
            band.setAlpha(90);
            painter.setPen(QPen(band, 7, Qt::SolidLine, Qt::RoundCap));
            painter.drawLine(from, to);
        }
        const QColor color = span.dropped && finished ? QColor(0xc0, 0x50, 0x20)
                                                      : QColor::fromHsv(static_cast<int>(std::hash<std::string>{}(span.type) % 360), 170, 170);
        painter.setPen(QPen(selected ? QColor(0xff, 0xb0, 0x00) : color, selected ? 2.5 : 1.1));
        painter.drawLine(from, to);
        if (finished && span.dropped) {
            painter.setPen(QPen(QColor(0xd0, 0x30, 0x30), 2));
            painter.drawLine(to + QPointF(-4, -4), to + QPointF(4, 4));
            painter.drawLine(to + QPointF(-4, 4), to + QPointF(4, -4));
        } else if (finished) {
            const QLineF line(from, to);
            const double angle = std::atan2(line.dy(), line.dx());
            const QPointF left = to - QPointF(std::cos(angle - 0.4), std::sin(angle - 0.4)) * 7;
            const QPointF right = to - QPointF(std::cos(angle + 0.4), std::sin(angle + 0.4)) * 7;
            painter.setBrush(painter.pen().color());
            painter.drawPolygon(QPolygonF({to, left, right}));
            painter.setBrush(Qt::NoBrush);
        }
    }

    paintOperations(painter, area);

    const double x = xFor(area, cursor);
    painter.setPen(QPen(QColor(0x20, 0x60, 0xd0), 2));
    painter.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()));
    painter.setPen(QColor(0x30, 0x30, 0x30));
    painter.drawText(QRectF(area.left() + kLeftMargin, area.top(), area.width() - kLeftMargin - kRightMargin, kTopMargin),
                     Qt::AlignLeft | Qt::AlignVCenter, QString::fromStdString(cs::formatDuration(static_cast<cs::VirtualTime>(mStart))));
    painter.drawText(QRectF(area.left() + kLeftMargin, area.top(), area.width() - kLeftMargin - kRightMargin, kTopMargin),
                     Qt::AlignRight | Qt::AlignVCenter,
                     QString::fromStdString(cs::formatDuration(static_cast<cs::VirtualTime>(mStart + mSpan))));
    painter.restore();
}

void SpaceTimeDiagram::setConsistency(const ConsistencyMonitor *monitor)
{
    mMonitor = monitor;
    connect(monitor, &ConsistencyMonitor::changed, this, qOverload<>(&QWidget::update));
    connect(monitor, &ConsistencyMonitor::selectionChanged, this, qOverload<>(&QWidget::update));
    update();
}

QString SpaceTimeDiagram::readBadge(cs::OperationId read) const
{
    if (!mMonitor)
        return {};
    const auto *operation = mMonitor->history().find(read);
    if (!operation || operation->kind != cs::OperationKind::Read || operation->pending
        || operation->result != cs::OperationResult::Ok)
        return {};
    if (mMonitor->modelsBroken(read).empty())
        return QStringLiteral("\u2713");
    const auto broken = mMonitor->modelsBrokenBy(read);
    if (broken.empty())
        return {};
    QStringList names;
    for (auto model : broken)
        names << ModelNames::shortName(model);
    return QStringLiteral("\u2717 ") + names.join(QLatin1Char(' '));
}

void SpaceTimeDiagram::paintOperations(QPainter &painter, const QRectF &area) const
{
    if (!mMonitor)
        return;
    const int size = mController.present().clusterSize();
    const double rowHeight = (area.height() - kTopMargin - 8) / std::max(1, size);
    const double cursor = mController.displayTime();
    QFont font = painter.font();
    font.setPointSizeF(7.5);
    painter.setFont(font);
    for (const auto &operation : mMonitor->history().operations()) {
        if (operation.node < 1 || operation.node > size)
            continue;
        const double end = operation.pending ? cursor : static_cast<double>(operation.completedAt);
        if (end < mStart || static_cast<double>(operation.invokedAt) > mStart + mSpan)
            continue;
        const double y = yFor(area, operation.node);
        const double left = xFor(area, static_cast<double>(operation.invokedAt));
        const double right = std::max(xFor(area, end), left + 2);
        const bool selected = operation.id == mMonitor->selectedOperation();
        const bool highlighted = mMonitor->isHighlighted(operation.id);
        if (selected || highlighted) {
            const QColor band = selected ? QColor(0xff, 0xc0, 0x00, 110) : QColor(0xd0, 0x20, 0x20, 80);
            painter.fillRect(QRectF(left, y - rowHeight * 0.32, right - left, rowHeight * 0.64), band);
        }
        const QString badge = readBadge(operation.id);
        if (badge.isEmpty())
            continue;
        const bool fine = badge == QStringLiteral("\u2713");
        const QRectF box = QFontMetricsF(font).boundingRect(badge).adjusted(-3, -1, 3, 1);
        const QRectF placed(right - box.width() / 2, y - rowHeight * 0.32 - box.height(), box.width(), box.height());
        painter.setPen(Qt::NoPen);
        painter.setBrush(fine ? QColor(0xd8, 0xf0, 0xd8) : QColor(0xf8, 0xd0, 0xd0));
        painter.drawRoundedRect(placed, 3, 3);
        painter.setPen(fine ? QColor(0x20, 0x80, 0x30) : QColor(0xb0, 0x10, 0x10));
        painter.drawText(placed, Qt::AlignCenter, badge);
        painter.setBrush(Qt::NoBrush);
    }
}

void SpaceTimeDiagram::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    paintDiagram(painter, rect());
}

std::optional<std::uint64_t> SpaceTimeDiagram::messageAt(QPointF point) const
{
    const QRectF area = rect();
    const double cursor = mController.displayTime();
    std::optional<std::uint64_t> best;
    double bestDistance = 6.0;
    for (const auto &span : mSpans) {
        if (!visible(span) || span.endAt < 0 || static_cast<double>(span.sentAt) > cursor)
            continue;
        const QPointF a(xFor(area, static_cast<double>(span.sentAt)), yFor(area, span.from));
        const QPointF b(xFor(area, static_cast<double>(std::min<double>(static_cast<double>(span.endAt), cursor))), yFor(area, span.to));
        const QPointF ab = b - a;
        const double length2 = QPointF::dotProduct(ab, ab);
        const double t = length2 > 0 ? std::clamp(QPointF::dotProduct(point - a, ab) / length2, 0.0, 1.0) : 0.0;
        const QPointF nearest = a + ab * t;
        const double distance = std::hypot(point.x() - nearest.x(), point.y() - nearest.y());
        if (distance < bestDistance) {
            bestDistance = distance;
            best = span.id;
        }
    }
    return best;
}

bool SpaceTimeDiagram::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        if (const auto id = messageAt(help->pos())) {
            const auto &span = mSpans[*id - 1];
            const auto *body = mController.recorder().messageBody(span.id);
            QString text = tr("n%1 \u2192 n%2: %3\nsent at %4 (Lamport %5)")
                               .arg(span.from)
                               .arg(span.to)
                               .arg(body ? QString::fromStdString(body->label()) : QString())
                               .arg(QString::fromStdString(cs::formatDuration(span.sentAt)))
                               .arg(span.lamportSend);
            if (span.dropped)
                text += tr("\ndropped at %1").arg(QString::fromStdString(cs::formatDuration(span.endAt)));
            else
                text += tr("\ndelivered at %1 (Lamport %2)")
                            .arg(QString::fromStdString(cs::formatDuration(span.endAt)))
                            .arg(span.lamportEnd);
            QToolTip::showText(help->globalPos(), text, this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

void SpaceTimeDiagram::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && !(event->modifiers() & Qt::ShiftModifier)) {
        if (const auto id = messageAt(event->position())) {
            const auto &span = mSpans[*id - 1];
            mController.setPlaying(false);
            mController.selectMessage(span.id);
            mController.seekToTime(static_cast<double>(span.endAt));
            return;
        }
        const double time = mStart + (event->position().x() - kLeftMargin) / std::max(1.0, width() - kLeftMargin - kRightMargin) * mSpan;
        mController.setPlaying(false);
        mController.seekToTime(std::clamp(time, 0.0, static_cast<double>(mController.present().now())));
        return;
    }
    mPanFrom = event->position();
}

void SpaceTimeDiagram::mouseMoveEvent(QMouseEvent *event)
{
    if (mPanFrom) {
        const double dx = event->position().x() - mPanFrom->x();
        mPanFrom = event->position();
        setWindow(mStart - dx / std::max(1.0, width() - kLeftMargin - kRightMargin) * mSpan, mSpan);
    }
}

void SpaceTimeDiagram::mouseReleaseEvent(QMouseEvent *)
{
    mPanFrom.reset();
}

void SpaceTimeDiagram::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0)
        return;
    const double anchor = mStart + (event->position().x() - kLeftMargin) / std::max(1.0, width() - kLeftMargin - kRightMargin) * mSpan;
    const double span = mSpan * std::pow(0.8, steps);
    const double clamped = std::clamp(span, 100.0, 3600.0 * cs::kSecond);
    setWindow(anchor - (anchor - mStart) * clamped / mSpan, clamped);
    event->accept();
}
