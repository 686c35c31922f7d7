#pragma once

#include <QGraphicsItem>

#include "protocol.h"

class SimulationController;

// One node on the ring: role colour, id, term, badge fields, a compact log strip and the ring of
// the protocol's progress timer; a crashed node is drawn dead.
class NodeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };

    NodeItem(const SimulationController &controller, cs::NodeId node);

    int type() const override { return Type; }
    cs::NodeId node() const { return mNode; }
    // Whether the current lesson step points at this node (drawn with a thick blue ring).
    bool highlighted() const;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    void paintTimerRing(QPainter *painter, const QColor &color) const;
    void paintLogStrip(QPainter *painter, const std::vector<cs::LogEntryView> &log) const;

    const SimulationController &mController;
    cs::NodeId mNode;
};
