#pragma once

#include <QPoint>
#include <QPointF>
#include <QTest>

#include <memory>

#include "clusterscene.h"
#include "clusterview.h"
#include "mainwindow.h"
#include "simulationcontroller.h"

// Small helpers shared by the GUI tests: the window every test drives, and where things are on screen.
namespace GuiTest {

// A main window at the size the GUI tests assume, shown; nullptr if it never became visible.
inline std::unique_ptr<MainWindow> openMainWindow()
{
    auto window = std::make_unique<MainWindow>();
    window->resize(1280, 800);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    return window;
}

inline QPoint viewPoint(MainWindow &window, QPointF scenePoint)
{
    return window.clusterView()->mapFromScene(scenePoint);
}

inline QPoint nodePoint(MainWindow &window, cs::NodeId node)
{
    return viewPoint(window, window.clusterView()->clusterScene()->nodePosition(node));
}

} // namespace GuiTest
