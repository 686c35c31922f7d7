#include "nodeitem.h"

#include <QPainter>

#include "clusterlayout.h"
#include "lessonhighlight.h"
#include "protocolvocabulary.h"
#include "simulationcontroller.h"

namespace {

constexpr double kRadius = ClusterLayout::kNodeRadius;
constexpr int kLogCells = 8;
constexpr double kCell = 11.0;

} // namespace

NodeItem::NodeItem(const SimulationController &controller, cs::NodeId node)
    : mController(controller)
    , mNode(node)
{
    setAcceptedMouseButtons(Qt::NoButton);
    setZValue(2);
}

QRectF NodeItem::boundingRect() const
{
    return QRectF(-kRadius - 40, -kRadius - 19, 2 * kRadius + 80, 2 * kRadius + 67);
}

QPainterPath NodeItem::shape() const
{
    QPainterPath path;
    path.addEllipse(QPointF(0, 0), kRadius + 4, kRadius + 4);
    return path;
}

bool NodeItem::highlighted() const
{
    return LessonHighlight::node(mController.lessonHighlight(), mNode);
}

void NodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const auto &simulation = mController.simulation();
    const bool up = simulation.isUp(mNode);
    const auto description = simulation.node(mNode).describe(kLogCells);
    const QColor fill = up ? ClusterLayout::roleColor(mController.descriptor(), description.role) : QColor(0x55, 0x55, 0x55);
    const bool selected = mController.selectedNode() == mNode;

    painter->setRenderHint(QPainter::Antialiasing);
    if (highlighted()) {
        // Outside the timer ring: a halo and a thick dashed ring, distinct from selection and roles.
        auto halo = LessonHighlight::color();
        halo.setAlpha(60);
        painter->setPen(QPen(halo, 12));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(QPointF(0, 0), kRadius + 13, kRadius + 13);
        painter->setPen(QPen(LessonHighlight::color(), 5, Qt::DashLine, Qt::RoundCap));
        painter->drawEllipse(QPointF(0, 0), kRadius + 13, kRadius + 13);
    }
    if (up)
        paintTimerRing(painter, fill.darker(140));
    painter->setPen(QPen(selected ? QColor(0xff, 0xd0, 0x00) : fill.darker(170), selected ? 5 : 2));
    painter->setBrush(fill);
    painter->drawEllipse(QPointF(0, 0), kRadius, kRadius);
    const bool paused = up && simulation.isPaused(mNode);
    if (paused) {
        // Frozen, not dead: an amber dashed ring and pause bars.
        painter->setPen(QPen(QColor(0xe0, 0x90, 0x10), 4, Qt::DashLine, Qt::RoundCap));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(QPointF(0, 0), kRadius + 5, kRadius + 5);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0xe0, 0x90, 0x10));
        painter->drawRect(QRectF(-9, -kRadius - 19, 6, 10));
        painter->drawRect(QRectF(3, -kRadius - 19, 6, 10));
    }
    if (!up) {
        painter->setPen(QPen(QColor(0xd0, 0x30, 0x30, 150), 5, Qt::SolidLine, Qt::RoundCap));
        const double d = kRadius * 0.6;
        painter->drawLine(QPointF(-d, -d), QPointF(d, d));
        painter->drawLine(QPointF(-d, d), QPointF(d, -d));
    }

    QFont font = painter->font();
    font.setPointSizeF(13);
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(Qt::white);
    painter->drawText(QRectF(-kRadius, -kRadius + 6, 2 * kRadius, kRadius), Qt::AlignCenter,
                      QStringLiteral("n%1").arg(mNode));
    font.setPointSizeF(9);
    font.setBold(false);
    painter->setFont(font);
    painter->drawText(QRectF(-kRadius, 2, 2 * kRadius, kRadius - 8), Qt::AlignHCenter | Qt::AlignTop,
                      paused ? QObject::tr("paused %1").arg(QString::fromStdString(
                                   cs::formatDuration(simulation.pausedUntil(mNode) - simulation.now())))
                      : up ? (description.subtitle.empty() ? QStringLiteral("t%1").arg(description.term)
                                          : QString::fromStdString(description.subtitle))
                         : QObject::tr("down"));

    QStringList badges;
    if (up) {
        badges << protocolText(description.role);
        for (const auto &name : mController.descriptor().view.badgeFields) {
            for (const auto &field : description.fields) {
                if (field.name == name && field.value != "none")
                    badges << QStringLiteral("%1 %2").arg(QString::fromStdString(field.name), QString::fromStdString(field.value));
            }
        }
    }
    painter->setPen(QColor(0x30, 0x30, 0x30));
    painter->drawText(QRectF(-kRadius - 40, kRadius + 2, 2 * kRadius + 80, 14), Qt::AlignCenter,
                      badges.join(QStringLiteral(" \u00b7 ")));
    paintLogStrip(painter, description.log);
}

void NodeItem::paintTimerRing(QPainter *painter, const QColor &color) const
{
    const int timer = mController.descriptor().view.progressTimer;
    if (timer < 0)
        return;
    const auto &state = mController.simulation().timer(mNode, timer);
    if (!state.armed() || state.deadline <= state.startedAt)
        return;
    const double progress = std::clamp((mController.displayTime() - static_cast<double>(state.startedAt))
                                           / static_cast<double>(state.deadline - state.startedAt),
                                       0.0, 1.0);
    const QRectF ring(-kRadius - 6, -kRadius - 6, 2 * kRadius + 12, 2 * kRadius + 12);
    painter->setPen(QPen(QColor(0xd8, 0xd8, 0xd8), 4));
    painter->setBrush(Qt::NoBrush);
    painter->drawEllipse(ring);
    painter->setPen(QPen(color, 4, Qt::SolidLine, Qt::FlatCap));
    painter->drawArc(ring, 90 * 16, -static_cast<int>(progress * 360 * 16));
}

void NodeItem::paintLogStrip(QPainter *painter, const std::vector<cs::LogEntryView> &log) const
{
    if (log.empty())
        return;
    const double width = static_cast<double>(log.size()) * kCell;
    double x = -width / 2;
    const double y = kRadius + 18;
    QFont font = painter->font();
    font.setPointSizeF(6.5);
    painter->setFont(font);
    for (const auto &entry : log) {
        const QRectF cell(x, y, kCell - 1, kCell + 2);
        const QColor termColor = QColor::fromHsv(static_cast<int>((entry.term * 67) % 360), 120, 225);
        painter->setPen(QPen(termColor.darker(160), 1));
        painter->setBrush(entry.committed ? termColor : QColor(Qt::white));
        painter->drawRect(cell);
        painter->setPen(Qt::black);
        painter->drawText(cell, Qt::AlignCenter, QString::number(entry.term));
        x += kCell;
    }
}
