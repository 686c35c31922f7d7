#pragma once

#include <QGraphicsItem>

#include "message.h"

class SimulationController;

// The pair of directed links between two nodes: a plain line when both are up, a broken red line
// when both are cut, half broken when only one direction is.
class LinkItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };

    LinkItem(const SimulationController &controller, cs::NodeId a, cs::NodeId b, QPointF from, QPointF to);

    int type() const override { return Type; }
    cs::NodeId first() const { return mA; }
    cs::NodeId second() const { return mB; }
    // Whether the current lesson step points at this link (drawn as a wide blue band).
    bool highlighted() const;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    const SimulationController &mController;
    cs::NodeId mA;
    cs::NodeId mB;
    QPointF mFrom;
    QPointF mTo;
};
