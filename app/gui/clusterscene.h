#pragma once

#include <QGraphicsScene>

#include <vector>

#include "message.h"

class LinkItem;
class MessageLayer;
class NodeItem;
class SimulationController;

// The scene of one cluster: node, link and message-layer items built from the controller's
// simulation and repainted whenever it advances.
class ClusterScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit ClusterScene(SimulationController &controller, QObject *parent = nullptr);

    SimulationController &controller() const { return mController; }
    const std::vector<NodeItem *> &nodes() const { return mNodes; }
    const std::vector<LinkItem *> &links() const { return mLinks; }
    MessageLayer *messageLayer() const { return mMessageLayer; }
    QPointF nodePosition(cs::NodeId node) const;

    NodeItem *nodeAt(QPointF scenePoint) const;
    LinkItem *linkAt(QPointF scenePoint) const;

    // Renders the whole cluster into a painter (PNG and SVG export).
    void renderCluster(QPainter *painter, const QRectF &target);

private slots:
    void rebuild();
    void refresh();

private:
    SimulationController &mController;
    std::vector<NodeItem *> mNodes;
    std::vector<LinkItem *> mLinks;
    MessageLayer *mMessageLayer = nullptr;
};
