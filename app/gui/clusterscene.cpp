#include "clusterscene.h"

#include <QPainter>

#include <algorithm>

#include "clientitem.h"
#include "clientroster.h"
#include "clusterlayout.h"
#include "consistencymonitor.h"
#include "linkitem.h"
#include "messagelayer.h"
#include "nodeitem.h"
#include "simulationcontroller.h"

ClusterScene::ClusterScene(SimulationController &controller, QObject *parent)
    : QGraphicsScene(parent)
    , mController(controller)
{
    setItemIndexMethod(QGraphicsScene::NoIndex);
    setBackgroundBrush(QColor(0xfa, 0xfa, 0xf7));
    connect(&controller, &SimulationController::clusterReset, this, &ClusterScene::rebuild);
    connect(&controller, &SimulationController::advanced, this, &ClusterScene::refresh);
    connect(&controller, &SimulationController::selectionChanged, this, &ClusterScene::refresh);
    connect(&controller, &SimulationController::messageSelectionChanged, this, &ClusterScene::refresh);
    rebuild();
}

void ClusterScene::rebuild()
{
    clear();
    mNodes.clear();
    mLinks.clear();
    mClients.clear();
    const int size = mController.simulation().clusterSize();
    const auto positions = ClusterLayout::ringPositions(size);
    for (cs::NodeId a = 1; a <= size; ++a) {
        for (cs::NodeId b = a + 1; b <= size; ++b) {
            auto *link = new LinkItem(mController, a, b, positions[static_cast<std::size_t>(a - 1)],
                                      positions[static_cast<std::size_t>(b - 1)]);
            addItem(link);
            mLinks.push_back(link);
        }
    }
    for (cs::NodeId id = 1; id <= size; ++id) {
        auto *node = new NodeItem(mController, id);
        node->setPos(positions[static_cast<std::size_t>(id - 1)]);
        addItem(node);
        mNodes.push_back(node);
    }
    mMessageLayer = new MessageLayer(mController, positions);
    addItem(mMessageLayer);
    rebuildClients();
}

void ClusterScene::setClients(ClientRoster *roster, ConsistencyMonitor *monitor)
{
    mRoster = roster;
    mMonitor = monitor;
    connect(roster, &ClientRoster::changed, this, &ClusterScene::rebuildClients);
    connect(monitor, &ConsistencyMonitor::changed, this, &ClusterScene::refresh);
    rebuildClients();
}

void ClusterScene::rebuildClients()
{
    for (auto *client : mClients) {
        removeItem(client);
        delete client;
    }
    mClients.clear();
    // A protocol that takes no client requests (its processes are nodes, or it has no clients)
    // shows no client column.
    const bool takesRequests = !mController.descriptor().view.clientRequest.empty();
    if (mRoster && mMonitor && takesRequests) {
        for (const auto &client : mRoster->clients()) {
            const QPointF at = clientPosition(client.id);
            const QPointF sticky = client.sticky ? nodePosition(client.sticky) - at : QPointF();
            auto *item = new ClientItem(*mRoster, *mMonitor, client.id, sticky);
            item->setPos(at);
            addItem(item);
            mClients.push_back(item);
        }
    }
    // The frame is the nodes with their labels and log strips, and the clients; messages fly inside it.
    QRectF frame;
    for (auto *item : items()) {
        if (item != mMessageLayer)
            frame = frame.united(item->mapRectToScene(item->boundingRect()));
    }
    setSceneRect(frame.adjusted(-10, -10, 10, 10));
}

QPointF ClusterScene::clientPosition(int client) const
{
    // A column to the right of the ring, in the roster's order.
    double right = 0;
    for (auto *node : mNodes)
        right = std::max(right, node->pos().x());
    int index = 0;
    int count = 0;
    if (mRoster) {
        const auto &clients = mRoster->clients();
        count = static_cast<int>(clients.size());
        for (int i = 0; i < count; ++i)
            index = clients[static_cast<std::size_t>(i)].id == client ? i : index;
    }
    constexpr double kSpacing = 70;
    return {right + 150, (index - (count - 1) / 2.0) * kSpacing};
}

ClientItem *ClusterScene::clientAt(QPointF scenePoint) const
{
    for (auto *client : mClients) {
        if (client->shape().contains(client->mapFromScene(scenePoint)))
            return client;
    }
    return nullptr;
}

void ClusterScene::refresh()
{
    update();
}

QPointF ClusterScene::nodePosition(cs::NodeId node) const
{
    if (node < 1 || static_cast<std::size_t>(node) > mNodes.size())
        return {};
    return mNodes[static_cast<std::size_t>(node - 1)]->pos();
}

NodeItem *ClusterScene::nodeAt(QPointF scenePoint) const
{
    for (auto *node : mNodes) {
        if (node->shape().contains(node->mapFromScene(scenePoint)))
            return node;
    }
    return nullptr;
}

LinkItem *ClusterScene::linkAt(QPointF scenePoint) const
{
    for (auto *link : mLinks) {
        if (link->shape().contains(scenePoint))
            return link;
    }
    return nullptr;
}

void ClusterScene::renderCluster(QPainter *painter, const QRectF &target)
{
    render(painter, target, sceneRect());
}
