#pragma once

#include <QGraphicsScene>

#include <vector>

#include "message.h"

class ClientItem;
class ClientRoster;
class ConsistencyMonitor;
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

    // Shows the lab's clients beside the ring, following the roster and the history.
    void setClients(ClientRoster *roster, ConsistencyMonitor *monitor);
    const std::vector<ClientItem *> &clients() const { return mClients; }
    ClientItem *clientAt(QPointF scenePoint) const;
    QPointF clientPosition(int client) const;
    ClientRoster *roster() const { return mRoster; }

    NodeItem *nodeAt(QPointF scenePoint) const;
    LinkItem *linkAt(QPointF scenePoint) const;

    // Renders the whole cluster into a painter (PNG and SVG export).
    void renderCluster(QPainter *painter, const QRectF &target);

private slots:
    void rebuild();
    void rebuildClients();
    void refresh();

private:
    SimulationController &mController;
    std::vector<NodeItem *> mNodes;
    std::vector<LinkItem *> mLinks;
    MessageLayer *mMessageLayer = nullptr;
    ClientRoster *mRoster = nullptr;
    ConsistencyMonitor *mMonitor = nullptr;
    std::vector<ClientItem *> mClients;
};
