#pragma once

#include <QGraphicsView>
#include <QPainterPath>

class ClusterScene;
class QMenu;

// The view of the cluster and the mouse's way into it: click a node to select it, double-click
// to kill or restart it, click a link to cut or heal it, drag a lasso to partition, drag a client
// onto a node to read there (with Shift to write), right-click for menus, wheel to zoom and
// middle-drag to pan.
class ClusterView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit ClusterView(ClusterScene *scene, QWidget *parent = nullptr);

    ClusterScene *clusterScene() const { return mScene; }

public slots:
    void zoomIn();
    void zoomOut();
    void zoomToFit();

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void finishLasso();
    void finishClientDrag(QPointF scenePoint, Qt::KeyboardModifiers modifiers);
    void addClientMenu(QMenu *menu, int client);
    void zoomBy(double factor);

    ClusterScene *mScene;
    // The lasso being drawn, in scene coordinates; painted by the view, so a scene rebuilt in the
    // middle of a drag cannot take it away.
    QPainterPath mLasso;
    bool mLassoActive = false;
    // The client being dragged toward a node (0: none) and where the drag has got to.
    int mDraggedClient = 0;
    QPointF mDragPoint;
    bool mPanning = false;
    QPoint mPanStart;
    bool mAutoFit = true;
};
