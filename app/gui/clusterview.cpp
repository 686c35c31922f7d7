#include "clusterview.h"

#include <QContextMenuEvent>
#include <QMenu>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

#include "clientitem.h"
#include "clientroster.h"
#include "clusterscene.h"
#include "linkitem.h"
#include "messagelayer.h"
#include "nodeitem.h"
#include "protocolvocabulary.h"
#include "simulationcontroller.h"

ClusterView::ClusterView(ClusterScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
    , mScene(scene)
{
    setRenderHint(QPainter::Antialiasing);
    setViewportUpdateMode(QGraphicsView::BoundingRectViewportUpdate);
    setOptimizationFlag(QGraphicsView::DontSavePainterState);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setMinimumSize(320, 240);
    setToolTip(tr("Click a node to select it, double-click to crash or restart it.\n"
                  "Click a link to cut or heal it. Drag around nodes to partition them.\n"
                  "Drag a client onto a node to read there, with Shift to write.\n"
                  "Right-click for more; wheel to zoom, middle button to pan."));
    connect(&scene->controller(), &SimulationController::clusterReset, this, [this] {
        mAutoFit = true;
        zoomToFit();
    });
}

void ClusterView::zoomBy(double factor)
{
    const double current = transform().m11();
    const double target = std::clamp(current * factor, 0.2, 6.0);
    scale(target / current, target / current);
    mAutoFit = false;
}

void ClusterView::zoomIn()
{
    zoomBy(1.25);
}

void ClusterView::zoomOut()
{
    zoomBy(0.8);
}

void ClusterView::zoomToFit()
{
    fitInView(mScene->sceneRect(), Qt::KeepAspectRatio);
    mAutoFit = true;
}

void ClusterView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (mAutoFit)
        fitInView(mScene->sceneRect(), Qt::KeepAspectRatio);
}

void ClusterView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0)
        zoomBy(std::pow(1.15, steps));
    event->accept();
}

void ClusterView::mousePressEvent(QMouseEvent *event)
{
    auto &controller = mScene->controller();
    const QPointF point = mapToScene(event->position().toPoint());
    if (event->button() == Qt::MiddleButton) {
        mPanning = true;
        mPanStart = event->position().toPoint();
        setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    if (event->button() != Qt::LeftButton) {
        QGraphicsView::mousePressEvent(event);
        return;
    }
    if (auto *client = mScene->clientAt(point)) {
        // Selecting rebuilds the client items, so the id is taken first.
        mDraggedClient = client->client();
        mScene->roster()->select(mDraggedClient);
        mDragPoint = point;
        viewport()->update();
    } else if (auto *node = mScene->nodeAt(point)) {
        controller.selectNode(node->node());
    } else if (auto message = mScene->messageLayer()->messageAt(point)) {
        controller.selectMessage(*message);
    } else if (auto *link = mScene->linkAt(point)) {
        controller.toggleLink(link->first(), link->second());
    } else {
        mLasso = QPainterPath(point);
        mLassoActive = true;
        viewport()->update();
    }
    event->accept();
}

void ClusterView::mouseMoveEvent(QMouseEvent *event)
{
    if (mPanning) {
        const QPoint delta = event->position().toPoint() - mPanStart;
        mPanStart = event->position().toPoint();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        mAutoFit = false;
        event->accept();
        return;
    }
    if (mDraggedClient) {
        mDragPoint = mapToScene(event->position().toPoint());
        viewport()->update();
        event->accept();
        return;
    }
    if (mLassoActive) {
        mLasso.lineTo(mapToScene(event->position().toPoint()));
        viewport()->update();
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void ClusterView::mouseReleaseEvent(QMouseEvent *event)
{
    if (mPanning && event->button() == Qt::MiddleButton) {
        mPanning = false;
        unsetCursor();
        event->accept();
        return;
    }
    if (mDraggedClient && event->button() == Qt::LeftButton) {
        finishClientDrag(mapToScene(event->position().toPoint()), event->modifiers());
        event->accept();
        return;
    }
    if (mLassoActive && event->button() == Qt::LeftButton) {
        finishLasso();
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void ClusterView::finishLasso()
{
    QPainterPath closed = mLasso;
    closed.closeSubpath();
    const bool tiny = closed.boundingRect().width() < 8 && closed.boundingRect().height() < 8;
    mLassoActive = false;
    mLasso = QPainterPath();
    viewport()->update();
    auto &controller = mScene->controller();
    if (tiny) {
        controller.selectNode(0);
        controller.selectMessage(0);
        return;
    }
    std::vector<cs::NodeId> inside, outside;
    for (auto *node : mScene->nodes())
        (closed.contains(node->pos()) ? inside : outside).push_back(node->node());
    if (!inside.empty() && !outside.empty())
        controller.partition({inside, outside});
}

void ClusterView::finishClientDrag(QPointF scenePoint, Qt::KeyboardModifiers modifiers)
{
    const int client = mDraggedClient;
    mDraggedClient = 0;
    viewport()->update();
    auto *roster = mScene->roster();
    if (auto *node = mScene->nodeAt(scenePoint); node && roster) {
        if (modifiers & Qt::ShiftModifier)
            roster->write(client, {}, node->node());
        else
            roster->read(client, node->node());
    }
}

void ClusterView::drawForeground(QPainter *painter, const QRectF &rect)
{
    QGraphicsView::drawForeground(painter, rect);
    if (mDraggedClient) {
        painter->setPen(QPen(QColor(0x30, 0x70, 0xd0), 2, Qt::DashLine));
        painter->drawLine(mScene->clientPosition(mDraggedClient), mDragPoint);
    }
    if (!mLassoActive)
        return;
    painter->setPen(QPen(QColor(0x30, 0x70, 0xd0), 1.5, Qt::DashLine));
    painter->setBrush(QColor(0x30, 0x70, 0xd0, 30));
    painter->drawPath(mLasso);
}

void ClusterView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        if (auto *node = mScene->nodeAt(mapToScene(event->position().toPoint()))) {
            mScene->controller().toggleNode(node->node());
            event->accept();
            return;
        }
    }
    mousePressEvent(event);
}

void ClusterView::contextMenuEvent(QContextMenuEvent *event)
{
    auto &controller = mScene->controller();
    const QPointF point = mapToScene(event->pos());
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    if (auto *client = mScene->clientAt(point)) {
        const int id = client->client();
        addClientMenu(menu, id);
    } else if (auto *node = mScene->nodeAt(point)) {
        const cs::NodeId id = node->node();
        controller.selectNode(id);
        const bool up = controller.simulation().isUp(id);
        menu->addAction(up ? tr("Crash node %1").arg(id) : tr("Restart node %1").arg(id),
                        &controller, [&controller, id] { controller.toggleNode(id); });
        auto *send = menu->addAction(tr("Send a client command to node %1").arg(id), &controller, [&controller, id] {
            controller.clientCommand(id, "c" + std::to_string(controller.recorder().size() % 1000) + "=1");
        });
        send->setEnabled(up);
        auto *pause = menu->addMenu(tr("Pause node %1 (as a garbage-collection pause does)").arg(id));
        pause->setEnabled(up);
        for (const auto duration : {500 * cs::kMillisecond, 1500 * cs::kMillisecond, 5 * cs::kSecond})
            pause->addAction(tr("for %1").arg(QString::fromStdString(cs::formatDuration(duration))), &controller,
                             [&controller, id, duration] { controller.pause(id, duration); });
        menu->addAction(tr("Isolate node %1 from the rest").arg(id), &controller, [&controller, id] { controller.isolate(id); });
        const auto &actions = controller.descriptor().view.nodeActions;
        if (!actions.empty())
            menu->addSeparator();
        for (const auto &action : actions) {
            const std::string command = action.command;
            menu->addAction(protocolText(action.label), &controller,
                            [&controller, id, command] { controller.clientCommand(id, command); })
                ->setEnabled(up);
        }
    } else if (auto message = mScene->messageLayer()->messageAt(point)) {
        const auto messageId = *message;
        controller.selectMessage(messageId);
        menu->addAction(tr("Drop this message"), &controller, [&controller, messageId] { controller.dropMessage(messageId); });
        menu->addAction(tr("Duplicate this message"), &controller,
                        [&controller, messageId] { controller.duplicateMessage(messageId); });
    } else if (auto *link = mScene->linkAt(point)) {
        const auto a = link->first();
        const auto b = link->second();
        const bool up = controller.simulation().linkUp(a, b) && controller.simulation().linkUp(b, a);
        menu->addAction(up ? tr("Cut the link %1\u2013%2").arg(a).arg(b) : tr("Heal the link %1\u2013%2").arg(a).arg(b),
                        &controller, [&controller, a, b] { controller.toggleLink(a, b); });
        auto *slow = menu->addMenu(tr("Slow the link %1\u2013%2").arg(a).arg(b));
        for (const auto delay : {100 * cs::kMillisecond, 300 * cs::kMillisecond, 1 * cs::kSecond})
            slow->addAction(tr("by %1").arg(QString::fromStdString(cs::formatDuration(delay))), &controller,
                            [&controller, a, b, delay] { controller.slowLink(a, b, delay); });
        if (controller.simulation().linkDelay(a, b) > 0 || controller.simulation().linkDelay(b, a) > 0)
            slow->addAction(tr("Back to normal speed"), &controller, [&controller, a, b] { controller.slowLink(a, b, 0); });
    } else {
        menu->addAction(tr("Heal all links"), &controller, &SimulationController::healAll);
        if (auto *roster = mScene->roster())
            menu->addAction(tr("Add a client"), roster, &ClientRoster::addClient);
        if (const auto &request = controller.descriptor().view.clientRequest; !request.empty())
            menu->addAction(protocolText(request), &controller, &SimulationController::clientRequest);
        menu->addAction(tr("Zoom to fit"), this, &ClusterView::zoomToFit);
    }
    menu->popup(event->globalPos());
    event->accept();
}

void ClusterView::addClientMenu(QMenu *menu, int client)
{
    auto *roster = mScene->roster();
    if (!roster || !roster->find(client))
        return;
    roster->select(client);
    const auto name = QString::fromStdString(cs::clientName(client));
    const auto key = QString::fromStdString(roster->find(client)->key);
    const cs::NodeId route = roster->route(client);
    auto *read = menu->addAction(tr("Read %1 (client %2, at n%3)").arg(key, name).arg(route), roster,
                                 [roster, client] { roster->read(client); });
    read->setEnabled(route != 0);
    auto *write = menu->addAction(tr("Write %1 = %2 (client %3, at n%4)")
                                      .arg(key, QString::fromStdString(roster->nextValue()), name)
                                      .arg(route),
                                  roster, [roster, client] { roster->write(client, {}); });
    write->setEnabled(route != 0);
    menu->addSeparator();
    auto *routes = menu->addMenu(tr("Replica"));
    auto *roam = routes->addAction(tr("Roam over the live nodes"), roster, [roster, client] { roster->setSticky(client, 0); });
    roam->setCheckable(true);
    roam->setChecked(roster->find(client)->sticky == 0);
    for (cs::NodeId node = 1; node <= mScene->controller().simulation().clusterSize(); ++node) {
        auto *stick = routes->addAction(tr("Stick to node %1").arg(node), roster,
                                        [roster, client, node] { roster->setSticky(client, node); });
        stick->setCheckable(true);
        stick->setChecked(roster->find(client)->sticky == node);
    }
    menu->addAction(tr("Remove client %1").arg(name), roster, [roster, client] { roster->removeClient(client); })
        ->setEnabled(roster->clients().size() > 1);
}
