#include "linkitem.h"

#include <QPainter>
#include <QPainterPathStroker>

#include "clusterlayout.h"
#include "lessonhighlight.h"
#include "simulationcontroller.h"

LinkItem::LinkItem(const SimulationController &controller, cs::NodeId a, cs::NodeId b, QPointF from, QPointF to)
    : mController(controller)
    , mA(a)
    , mB(b)
    , mFrom(from)
    , mTo(to)
{
    setAcceptedMouseButtons(Qt::NoButton);
    setZValue(0);
}

QRectF LinkItem::boundingRect() const
{
    // Room for a slow link's "+300ms" at its middle.
    return QRectF(mFrom, mTo).normalized().adjusted(-40, -16, 40, 16);
}

QPainterPath LinkItem::shape() const
{
    QPainterPath line(ClusterLayout::alongLink(mFrom, mTo, 0, 0));
    line.lineTo(ClusterLayout::alongLink(mFrom, mTo, 1, 0));
    QPainterPathStroker stroker;
    stroker.setWidth(12);
    return stroker.createStroke(line);
}

bool LinkItem::highlighted() const
{
    return LessonHighlight::link(mController.lessonHighlight(), mA, mB);
}

void LinkItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const auto &simulation = mController.simulation();
    const bool forward = simulation.linkUp(mA, mB);
    const bool backward = simulation.linkUp(mB, mA);
    painter->setRenderHint(QPainter::Antialiasing);
    const QPointF start = ClusterLayout::alongLink(mFrom, mTo, 0, 0);
    const QPointF end = ClusterLayout::alongLink(mFrom, mTo, 1, 0);
    if (highlighted()) {
        auto band = LessonHighlight::color();
        band.setAlpha(110);
        painter->setPen(QPen(band, 10, Qt::SolidLine, Qt::RoundCap));
        painter->drawLine(start, end);
    }
    if (const auto delay = std::max(simulation.linkDelay(mA, mB), simulation.linkDelay(mB, mA));
        forward && backward && delay > 0) {
        // Slow, not cut: a thick amber dotted line with the added latency at its middle.
        const QColor slow(0xd0, 0x80, 0x10);
        painter->setPen(QPen(slow, 3, Qt::DotLine, Qt::RoundCap));
        painter->drawLine(start, end);
        const QString text = QStringLiteral("+%1").arg(QString::fromStdString(cs::formatDuration(delay)));
        QFont font = painter->font();
        font.setPointSizeF(9);
        font.setBold(true);
        painter->setFont(font);
        const QPointF middle = (start + end) / 2;
        const QRectF box(middle.x() - 34, middle.y() - 9, 68, 18);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0xff, 0xf3, 0xdc));
        painter->drawRoundedRect(box, 4, 4);
        painter->setPen(slow.darker(130));
        painter->drawText(box, Qt::AlignCenter, text);
        return;
    }
    if (forward && backward) {
        painter->setPen(QPen(QColor(0xb8, 0xb8, 0xb8), 1.5));
        painter->drawLine(start, end);
        return;
    }
    const QColor cut(0xd0, 0x30, 0x30);
    const QPointF middle = (start + end) / 2;
    const QPointF gap = (end - start) * 0.06;
    painter->setPen(QPen(forward ? QColor(0xb8, 0xb8, 0xb8) : cut, 2, forward ? Qt::SolidLine : Qt::DashLine));
    painter->drawLine(start, middle - gap);
    painter->setPen(QPen(backward ? QColor(0xb8, 0xb8, 0xb8) : cut, 2, backward ? Qt::SolidLine : Qt::DashLine));
    painter->drawLine(middle + gap, end);
    painter->setPen(QPen(cut, 2.5));
    const QPointF normal(-(end - start).y(), (end - start).x());
    const QPointF tick = normal / std::max(1.0, std::hypot(normal.x(), normal.y())) * 7;
    painter->drawLine(middle - gap - tick, middle - gap + tick);
    painter->drawLine(middle + gap - tick, middle + gap + tick);
}
