#include "clusterscene.h"

#include <QPainter>

#include "clusterlayout.h"
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
    // The frame is the nodes with their labels and log strips; messages fly inside it.
    setSceneRect(itemsBoundingRect().adjusted(-10, -10, 10, 10));
    mMessageLayer = new MessageLayer(mController, positions);
    addItem(mMessageLayer);
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
