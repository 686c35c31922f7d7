#include "messagelayer.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <functional>

#include "clusterlayout.h"
#include "lessonhighlight.h"
#include "simulationcontroller.h"

namespace {

constexpr double kTokenRadius = 6.0;
constexpr double kSideways = 6.0;

QColor colorForType(std::string_view type)
{
    const auto hash = std::hash<std::string_view>{}(type);
    return QColor::fromHsv(static_cast<int>(hash % 360), 170, 200);
}

} // namespace

MessageLayer::MessageLayer(const SimulationController &controller, std::vector<QPointF> positions)
    : mController(controller)
    , mPositions(std::move(positions))
{
    for (const auto &point : mPositions)
        mBounds |= QRectF(point, QSizeF(1, 1));
    mBounds.adjust(-70, -70, 70, 70);
    setAcceptedMouseButtons(Qt::NoButton);
    setZValue(3);
}

QRectF MessageLayer::boundingRect() const
{
    return mBounds;
}

QPointF MessageLayer::positionOf(const cs::InFlightMessage &message) const
{
    const double span = static_cast<double>(std::max<cs::VirtualTime>(message.arrivesAt - message.sentAt, 1));
    const double fraction = std::clamp((mController.displayTime() - static_cast<double>(message.sentAt)) / span, 0.0, 1.0);
    return ClusterLayout::alongLink(mPositions[static_cast<std::size_t>(message.from - 1)],
                                    mPositions[static_cast<std::size_t>(message.to - 1)], fraction, kSideways);
}

std::optional<std::uint64_t> MessageLayer::messageAt(QPointF scenePoint) const
{
    std::optional<std::uint64_t> best;
    double bestDistance = 12.0;
    for (const auto *message : mController.simulation().inFlight()) {
        const QPointF delta = positionOf(*message) - scenePoint;
        const double distance = std::hypot(delta.x(), delta.y());
        if (distance < bestDistance) {
            bestDistance = distance;
            best = message->id;
        }
    }
    return best;
}

std::size_t MessageLayer::highlightedCount() const
{
    const auto *highlight = mController.lessonHighlight();
    const auto messages = mController.simulation().inFlight();
    return static_cast<std::size_t>(std::count_if(messages.begin(), messages.end(), [highlight](const auto *message) {
        return LessonHighlight::message(highlight, message->body->type());
    }));
}

void MessageLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const auto messages = mController.simulation().inFlight();
    const bool labels = messages.size() <= kLabelLimit;
    QFont font = painter->font();
    font.setPointSizeF(8);
    painter->setFont(font);
    const QFontMetricsF metrics(font);
    const auto *highlight = mController.lessonHighlight();
    for (const auto *message : messages) {
        const QPointF at = positionOf(*message);
        const QColor color = colorForType(message->body->type());
        const bool selected = message->id == mController.selectedMessage();
        const bool pointedAt = LessonHighlight::message(highlight, message->body->type());
        if (pointedAt) {
            painter->setPen(QPen(LessonHighlight::color(), 3));
            painter->setBrush(Qt::NoBrush);
            painter->drawEllipse(at, kTokenRadius + 5, kTokenRadius + 5);
        }
        painter->setPen(QPen(selected ? QColor(0xff, 0xd0, 0x00) : color.darker(150), selected ? 3 : 1));
        painter->setBrush(color);
        painter->drawEllipse(at, kTokenRadius, kTokenRadius);
        if (!labels && !selected && !pointedAt)
            continue;
        const QString text = QString::fromStdString(message->body->label());
        QRectF box = metrics.boundingRect(text).adjusted(-3, -1, 3, 1);
        box.moveCenter(at + QPointF(0, -kTokenRadius - box.height() / 2 - 1));
        painter->setPen(QPen(color.darker(150), 1));
        painter->setBrush(QColor(255, 255, 255, 225));
        painter->drawRoundedRect(box, 3, 3);
        painter->setPen(Qt::black);
        painter->drawText(box, Qt::AlignCenter, text);
    }
    painter->setBrush(Qt::NoBrush);
    for (const auto &mark : mController.dropMarks()) {
        if (mark.from < 1 || mark.to < 1 || static_cast<std::size_t>(std::max(mark.from, mark.to)) > mPositions.size())
            continue;
        const QPointF at = ClusterLayout::alongLink(mPositions[static_cast<std::size_t>(mark.from - 1)],
                                                    mPositions[static_cast<std::size_t>(mark.to - 1)], mark.progress, kSideways);
        painter->setPen(QPen(QColor(0xd0, 0x30, 0x30), 3, Qt::SolidLine, Qt::RoundCap));
        painter->drawLine(at + QPointF(-6, -6), at + QPointF(6, 6));
        painter->drawLine(at + QPointF(-6, 6), at + QPointF(6, -6));
    }
}
