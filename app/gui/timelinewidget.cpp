#include "timelinewidget.h"

#include <QMouseEvent>
#include <QPainter>

#include <algorithm>

#include "protocolvocabulary.h"
#include "simulationcontroller.h"

namespace {

constexpr int kMargin = 12;

QColor markerColor(TimelineWidget::MarkerKind kind)
{
    switch (kind) {
    case TimelineWidget::MarkerKind::Crash: return QColor(0xd0, 0x30, 0x30);
    case TimelineWidget::MarkerKind::Restart: return QColor(0x2f, 0xa8, 0x4f);
    case TimelineWidget::MarkerKind::Network: return QColor(0xe0, 0x80, 0x10);
    case TimelineWidget::MarkerKind::Election: return QColor(0x80, 0x40, 0xc0);
    case TimelineWidget::MarkerKind::Commit: return QColor(0x90, 0x90, 0x90);
    case TimelineWidget::MarkerKind::Violation: return QColor(0xc0, 0x00, 0x00);
    }
    return Qt::black;
}

} // namespace

TimelineWidget::TimelineWidget(SimulationController &controller, QWidget *parent)
    : QWidget(parent)
    , mController(controller)
    , mMeanings(controller.descriptor().meanings)
{
    setMinimumHeight(40);
    setMouseTracking(false);
    connect(&controller, &SimulationController::advanced, this, &TimelineWidget::collectMarkers);
    connect(&controller, &SimulationController::clusterReset, this, &TimelineWidget::restart);
    restart();
}

void TimelineWidget::restart()
{
    mMarkers.clear();
    mScanned = 0;
    const auto &meanings = mController.descriptor().meanings;
    mMeanings = cs::MeaningTracker(meanings);
    const auto words = [&meanings](cs::Meaning meaning) {
        const auto *declared = cs::findMeaning(meanings, meaning);
        return declared ? protocolText(declared->words.markers) : tr("none");
    };
    setToolTip(tr("Drag to move every view to that moment.\nMarkers: red crash, green restart, orange cut or "
                  "partition, dark red violation.\nPurple: %1. Grey: %2.")
                   .arg(words(cs::Meaning::Leader), words(cs::Meaning::Decision)));
    collectMarkers();
}

void TimelineWidget::collectMarkers()
{
    const auto &recorder = mController.recorder();
    for (; mScanned < recorder.size(); ++mScanned) {
        const auto &event = recorder.events()[mScanned];
        switch (event.kind) {
        case cs::TraceKind::Crash: mMarkers.push_back({event.t, MarkerKind::Crash}); break;
        case cs::TraceKind::Restart: mMarkers.push_back({event.t, MarkerKind::Restart}); break;
        case cs::TraceKind::Cut:
        case cs::TraceKind::Heal:
        case cs::TraceKind::Partition:
        case cs::TraceKind::Slow:
        case cs::TraceKind::HealAll: mMarkers.push_back({event.t, MarkerKind::Network}); break;
        case cs::TraceKind::Violation: mMarkers.push_back({event.t, MarkerKind::Violation}); break;
        case cs::TraceKind::Note: {
            // The protocol declares which notes mean a leader or a decision, and which are news (a
            // decision marker shows when the cluster decides something for the first time).
            const auto news = mMeanings.observe(recorder.noteOf(mScanned));
            if (news & cs::MeaningTracker::bit(cs::Meaning::Leader))
                mMarkers.push_back({event.t, MarkerKind::Election});
            if (news & cs::MeaningTracker::bit(cs::Meaning::Decision))
                mMarkers.push_back({event.t, MarkerKind::Commit});
            break;
        }
        default: break;
        }
    }
    update();
}

std::optional<cs::VirtualTime> TimelineWidget::neighbour(MarkerKind kind, bool forward) const
{
    const double now = mController.displayTime();
    std::optional<cs::VirtualTime> best;
    for (const auto &marker : mMarkers) {
        if (marker.kind != kind)
            continue;
        const double at = static_cast<double>(marker.at);
        if (forward && at > now && (!best || marker.at < *best))
            best = marker.at;
        if (!forward && at < now - 0.5 && (!best || marker.at > *best))
            best = marker.at;
    }
    return best;
}

double TimelineWidget::xForTime(double time) const
{
    const double end = std::max<double>(static_cast<double>(mController.present().now()), 1.0);
    return kMargin + (width() - 2 * kMargin) * std::clamp(time / end, 0.0, 1.0);
}

double TimelineWidget::timeForX(double x) const
{
    const double end = static_cast<double>(mController.present().now());
    return std::clamp((x - kMargin) / std::max(1, width() - 2 * kMargin), 0.0, 1.0) * end;
}

void TimelineWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const int mid = height() / 2;
    painter.fillRect(rect(), palette().base());
    painter.setPen(QPen(palette().mid().color(), 4, Qt::SolidLine, Qt::RoundCap));
    painter.drawLine(kMargin, mid, width() - kMargin, mid);
    for (const auto &marker : mMarkers) {
        const double x = xForTime(static_cast<double>(marker.at));
        painter.setPen(QPen(markerColor(marker.kind), marker.kind == MarkerKind::Violation ? 3 : 2));
        const int reach = marker.kind == MarkerKind::Election || marker.kind == MarkerKind::Violation ? 16 : 11;
        painter.drawLine(QPointF(x, mid - reach), QPointF(x, mid + reach));
    }
    const double cursor = xForTime(mController.displayTime());
    painter.setPen(QPen(QColor(0x20, 0x60, 0xd0), 2));
    painter.setBrush(QColor(0x20, 0x60, 0xd0));
    painter.drawLine(QPointF(cursor, 4), QPointF(cursor, height() - 4));
    painter.drawEllipse(QPointF(cursor, mid), 5, 5);
    painter.setPen(palette().text().color());
    painter.drawText(QRect(kMargin, 0, width() - 2 * kMargin, 16), Qt::AlignLeft,
                     QString::fromStdString(cs::formatDuration(static_cast<cs::VirtualTime>(mController.displayTime()))));
    painter.drawText(QRect(kMargin, 0, width() - 2 * kMargin, 16), Qt::AlignRight,
                     QString::fromStdString(cs::formatDuration(mController.present().now())));
}

void TimelineWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        mController.setPlaying(false);
        mController.seekToTime(timeForX(event->position().x()));
    }
}

void TimelineWidget::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        mController.seekToTime(timeForX(event->position().x()));
}
