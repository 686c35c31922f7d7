#pragma once

#include <QPoint>
#include <QPointF>

#include "clusterscene.h"
#include "clusterview.h"
#include "mainwindow.h"
#include "simulationcontroller.h"

// Small helpers shared by the GUI tests: where things are on screen.
namespace GuiTest {

inline QPoint viewPoint(MainWindow &window, QPointF scenePoint)
{
    return window.clusterView()->mapFromScene(scenePoint);
}

inline QPoint nodePoint(MainWindow &window, cs::NodeId node)
{
    return viewPoint(window, window.clusterView()->clusterScene()->nodePosition(node));
}

} // namespace GuiTest
