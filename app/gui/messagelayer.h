#pragma once

#include <QGraphicsItem>

#include <optional>
#include <vector>

#include "simulation.h"

class SimulationController;

// Draws every message in flight at its interpolated position on its link, and the marks where
// messages were dropped, straight from engine state each frame: no item per message.
class MessageLayer : public QGraphicsItem
{
public:
    enum { Type = UserType + 3 };

    // Above this many messages in flight, tokens are drawn without their labels.
    static constexpr std::size_t kLabelLimit = 60;

    MessageLayer(const SimulationController &controller, std::vector<QPointF> positions);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    // Where a message is drawn now, and the message drawn nearest to a scene point, if any.
    QPointF positionOf(const cs::InFlightMessage &message) const;
    std::optional<std::uint64_t> messageAt(QPointF scenePoint) const;
    // How many messages in flight the current lesson step points at (drawn larger, ringed in blue).
    std::size_t highlightedCount() const;

private:
    const SimulationController &mController;
    std::vector<QPointF> mPositions;
    QRectF mBounds;
};
