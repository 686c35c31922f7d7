#include <QComboBox>
#include <QMenu>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

#include <cmath>
#include <numbers>

#include "eventlogdock.h"
#include "eventlogmodel.h"
#include "guitesthelpers.h"
#include "inspectordock.h"
#include "linkitem.h"
#include "messagelayer.h"
#include "nodeitem.h"
#include "parametersdock.h"
#include "registry.h"
#include "spacetimedock.h"
#include "timelinedock.h"
#include "tracereplay.h"

using namespace GuiTest;

namespace {

int countEvents(const SimulationController &controller, cs::TraceKind kind, cs::NodeId node)
{
    int count = 0;
    const auto &events = controller.recorder().events();
    for (const auto &event : events)
        count += event.kind == kind && event.node == node ? 1 : 0;
    return count;
}

const cs::Input *lastInput(const SimulationController &controller)
{
    const auto &inputs = controller.scenario().inputs;
    return inputs.empty() ? nullptr : &inputs.back();
}

} // namespace

// What the mouse and keyboard do to a running cluster, checked through the controller and trace.
class TestClusterView : public QObject
{
    Q_OBJECT

    std::unique_ptr<MainWindow> mWindow;

    SimulationController &controller() { return mWindow->controller(); }
    QWidget *viewport() { return mWindow->clusterView()->viewport(); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void init()
    {
        mWindow = GuiTest::openMainWindow();
        QVERIFY(mWindow);
        controller().advanceTo(600 * cs::kMillisecond);
    }

    void cleanup()
    {
        mWindow.reset();
        QSettings().clear();
    }

    // The node menu pauses a node as garbage collection would: it stays up, handles nothing, then
    // catches up; scrubbing back shows it paused again.
    void theNodeMenuPausesANode()
    {
        const QPoint at = nodePoint(*mWindow, 2);
        QContextMenuEvent event(QContextMenuEvent::Mouse, at, viewport()->mapToGlobal(at));
        QApplication::sendEvent(viewport(), &event);
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QVERIFY(menu);
        QMenu *pause = nullptr;
        for (auto *action : menu->actions()) {
            if (action->text() == QStringLiteral("Pause node 2 (as a garbage-collection pause does)"))
                pause = action->menu();
        }
        QVERIFY(pause);
        QStringList durations;
        for (auto *action : pause->actions())
            durations << action->text();
        QCOMPARE(durations, QStringList({"for 500ms", "for 1.5s", "for 5s"}));
        pause->actions()[1]->trigger();
        menu->close();
        const auto *input = lastInput(controller());
        QVERIFY(input && input->kind == cs::InputKind::Pause && input->node == 2 && input->value == 1500 * cs::kMillisecond);
        const auto start = controller().present().now();
        controller().advanceTo(start + 1 * cs::kSecond);
        QVERIFY(controller().present().isUp(2));
        QVERIFY(controller().present().isPaused(2));
        controller().advanceTo(start + 2 * cs::kSecond);
        QVERIFY(!controller().present().isPaused(2));
        controller().seekToTime(static_cast<double>(start + 1 * cs::kSecond));
        QVERIFY(controller().simulation().isPaused(2));
    }

    // The link menu slows a link both ways and puts it back.
    void theLinkMenuSlowsALink()
    {
        const auto &nodes = mWindow->clusterView()->clusterScene()->nodes();
        const QPointF middle = (nodes[0]->pos() + nodes[1]->pos()) / 2;
        auto *link = mWindow->clusterView()->clusterScene()->linkAt(middle);
        QVERIFY(link);
        const QPoint at = mWindow->clusterView()->mapFromScene(middle);
        QContextMenuEvent event(QContextMenuEvent::Mouse, at, viewport()->mapToGlobal(at));
        QApplication::sendEvent(viewport(), &event);
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QVERIFY(menu);
        QMenu *slow = nullptr;
        for (auto *action : menu->actions()) {
            if (action->text() == QStringLiteral("Slow the link %1\u2013%2").arg(link->first()).arg(link->second()))
                slow = action->menu();
        }
        QVERIFY(slow);
        QCOMPARE(slow->actions().size(), 3);
        slow->actions()[1]->trigger();
        menu->close();
        QCOMPARE(controller().present().linkDelay(link->first(), link->second()), 300 * cs::kMillisecond);
        QCOMPARE(controller().present().linkDelay(link->second(), link->first()), 300 * cs::kMillisecond);
        QVERIFY(controller().present().linkUp(link->first(), link->second()));
        controller().slowLink(link->first(), link->second(), 0);
        QCOMPARE(controller().present().linkDelay(link->first(), link->second()), cs::VirtualTime(0));
    }

    void doubleClickOnANodeKillsIt()
    {
        QVERIFY(controller().simulation().isUp(2));
        QTest::mouseDClick(viewport(), Qt::LeftButton, {}, nodePoint(*mWindow, 2));
        QVERIFY(!controller().simulation().isUp(2));
        const auto *input = lastInput(controller());
        QVERIFY(input);
        QCOMPARE(input->kind, cs::InputKind::Crash);
        QCOMPARE(input->node, 2);
        QCOMPARE(input->at, 600 * cs::kMillisecond + 1);
        QCOMPARE(countEvents(controller(), cs::TraceKind::Crash, 2), 1);
        const auto trace = controller().traceDocument();
        bool recorded = false;
        for (const auto &event : trace.events)
            recorded = recorded || (event["kind"] == "crash" && event["node"] == 2);
        QVERIFY(recorded);
        QTest::mouseDClick(viewport(), Qt::LeftButton, {}, nodePoint(*mWindow, 2));
        QVERIFY(controller().simulation().isUp(2));
    }

    void clickOnALinkCutsItAndItsMessagesAreDropped()
    {
        controller().setSpeed(1);
        auto *scene = mWindow->clusterView()->clusterScene();
        const QPointF from = scene->nodePosition(1);
        const QPointF to = scene->nodePosition(3);
        QPointF point = from + (to - from) * 0.5;
        for (double fraction : {0.45, 0.55, 0.4, 0.6}) {
            if (!scene->messageLayer()->messageAt(point))
                break;
            point = from + (to - from) * fraction;
        }
        QTest::mouseClick(viewport(), Qt::LeftButton, {}, viewPoint(*mWindow, point));
        QVERIFY(!controller().simulation().linkUp(1, 3));
        QVERIFY(!controller().simulation().linkUp(3, 1));
        QCOMPARE(lastInput(controller())->kind, cs::InputKind::Cut);
        const auto before = controller().recorder().size();
        controller().advanceTo(2 * cs::kSecond);
        int dropped = 0, delivered = 0;
        const auto &recorder = controller().recorder();
        for (auto i = before; i < recorder.size(); ++i) {
            const auto &event = recorder.events()[i];
            const bool onLink = (event.node == 1 && recorder.peerOf(i) == 3) || (event.node == 3 && recorder.peerOf(i) == 1);
            if (onLink && event.kind == cs::TraceKind::Drop)
                ++dropped;
            if (onLink && event.kind == cs::TraceKind::Deliver)
                ++delivered;
        }
        QVERIFY(dropped > 0);
        QCOMPARE(delivered, 0);
        QTest::mouseClick(viewport(), Qt::LeftButton, {}, viewPoint(*mWindow, point));
        QVERIFY(controller().simulation().linkUp(1, 3));
    }

    void lassoAroundTwoNodesPartitionsThem()
    {
        auto *scene = mWindow->clusterView()->clusterScene();
        const double radius = std::hypot(scene->nodePosition(1).x(), scene->nodePosition(1).y());
        auto polar = [radius](double degrees, double scale) {
            const double angle = degrees * std::numbers::pi / 180;
            return QPointF(radius * scale * std::cos(angle), radius * scale * std::sin(angle));
        };
        // Nodes 1 and 2 sit at -90 and -18 degrees; the lasso sweeps the sector around them.
        QList<QPointF> path;
        for (double degrees = -110; degrees <= 2; degrees += 8)
            path << polar(degrees, 1.5);
        for (double degrees = 2; degrees >= -110; degrees -= 8)
            path << polar(degrees, 0.45);
        path << polar(-110, 1.5);
        QTest::mousePress(viewport(), Qt::LeftButton, {}, viewPoint(*mWindow, path.first()));
        for (const auto &point : path)
            QTest::mouseMove(viewport(), viewPoint(*mWindow, point));
        QTest::mouseRelease(viewport(), Qt::LeftButton, {}, viewPoint(*mWindow, path.last()));
        const auto *input = lastInput(controller());
        QVERIFY(input);
        QCOMPARE(input->kind, cs::InputKind::Partition);
        QCOMPARE(input->groups, (std::vector<std::vector<cs::NodeId>>{{1, 2}, {3, 4, 5}}));
        const auto &simulation = controller().simulation();
        QVERIFY(simulation.linkUp(1, 2));
        QVERIFY(!simulation.linkUp(2, 3));
        QVERIFY(!simulation.linkUp(5, 1));
        QVERIFY(simulation.linkUp(3, 5));
    }

    void stepAdvancesExactlyOneEvent()
    {
        const auto steps = controller().simulation().stats().steps;
        QTest::keyClick(mWindow.get(), Qt::Key_Period);
        QCOMPARE(controller().simulation().stats().steps, steps + 1);
        QCOMPARE(controller().displayTime(), static_cast<double>(controller().simulation().now()));
        QVERIFY(!controller().isPlaying());
        QTest::keyClick(mWindow.get(), Qt::Key_Period);
        QCOMPARE(controller().simulation().stats().steps, steps + 2);
    }

    void speedChangesTheMapping()
    {
        controller().setSpeed(1);
        double before = controller().displayTime();
        controller().advanceWallTime(1000000);
        QCOMPARE(controller().displayTime() - before, 20000.0);
        QTest::keyClick(mWindow.get(), Qt::Key_BracketRight);
        QCOMPARE(controller().speed(), 2.0);
        before = controller().displayTime();
        controller().advanceWallTime(1000000);
        QCOMPARE(controller().displayTime() - before, 40000.0);
        for (int i = 0; i < 20; ++i)
            QTest::keyClick(mWindow.get(), Qt::Key_BracketLeft);
        QCOMPARE(controller().speed(), 0.01);
        before = controller().displayTime();
        controller().advanceWallTime(1000000);
        QCOMPARE(controller().displayTime() - before, 200.0);
    }

    void inspectorShowsTheClickedNodesLog()
    {
        controller().clientCommand(1, "x=7");
        controller().advanceTo(1 * cs::kSecond);
        QTest::mouseClick(viewport(), Qt::LeftButton, {}, nodePoint(*mWindow, 4));
        QCOMPARE(controller().selectedNode(), 4);
        auto *tree = mWindow->inspector()->tree();
        const auto logs = tree->findItems(QStringLiteral("Log"), Qt::MatchStartsWith);
        QCOMPARE(logs.size(), 1);
        const auto &raft = controller().simulation().node(4).describe();
        QCOMPARE(logs[0]->childCount(), static_cast<int>(raft.log.size()));
        QVERIFY(logs[0]->childCount() >= 2);
        const auto *last = logs[0]->child(logs[0]->childCount() - 1);
        QVERIFY2(last->text(1).contains(QStringLiteral("x=7")), qPrintable(last->text(1)));
        QVERIFY(last->text(1).contains(QStringLiteral("\u2713")));
    }

    void eventLogShowsClientOperations()
    {
        // A command from a node's menu goes through client A and is answered once committed.
        controller().clientCommand(1, "x=7");
        controller().advanceTo(1 * cs::kSecond);
        auto *log = mWindow->eventLog();
        auto *model = log->table()->model();
        log->kindFilter()->setCurrentIndex(log->kindFilter()->findData(static_cast<int>(cs::TraceKind::Invoke)));
        QCOMPARE(log->visibleRows(), 1);
        const auto invoke = model->index(0, EventLogModel::DescriptionColumn).data().toString();
        QCOMPARE(invoke, QStringLiteral("client A sends x=7 to n1 (operation 1)"));
        log->kindFilter()->setCurrentIndex(log->kindFilter()->findData(static_cast<int>(cs::TraceKind::Complete)));
        QCOMPARE(log->visibleRows(), 1);
        const auto complete = model->index(0, EventLogModel::DescriptionColumn).data().toString();
        QVERIFY2(complete.startsWith(QStringLiteral("client A: operation 1 ok after ")), qPrintable(complete));
        log->kindFilter()->setCurrentIndex(0);
    }

    void eventLogFiltersAndSelects()
    {
        auto *log = mWindow->eventLog();
        const int all = log->visibleRows();
        QVERIFY(all > 10);
        log->nodeFilter()->setCurrentIndex(log->nodeFilter()->findData(3));
        QVERIFY(log->visibleRows() < all);
        log->kindFilter()->setCurrentIndex(log->kindFilter()->findData(static_cast<int>(cs::TraceKind::Deliver)));
        const int deliveries = log->visibleRows();
        QVERIFY(deliveries > 0);
        auto *table = log->table();
        const QRect cell = table->visualRect(table->model()->index(0, 0));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QVERIFY(controller().selectedNode() == 3 || controller().selectedMessage() != 0);
    }

    void parameterChangeBecomesAnInput()
    {
        auto *editor = mWindow->parameters()->editorFor(QStringLiteral("loss"));
        QVERIFY(editor);
        editor->setValue(25);
        const auto *input = lastInput(controller());
        QVERIFY(input);
        QCOMPARE(input->kind, cs::InputKind::SetParameter);
        QCOMPARE(input->parameter, std::string("loss"));
        QCOMPARE(input->value, std::int64_t(25));
        QCOMPARE(controller().simulation().parameters()[cs::kParamLoss], std::int64_t(25));
    }

    // The layout persists; the speed does not, so a launch never plays at a demonstration's 20x.
    void settingsPersist()
    {
        controller().setSpeed(20);
        mWindow->parameters()->hide();
        mWindow->close();
        mWindow = std::make_unique<MainWindow>();
        mWindow->show();
        QCOMPARE(controller().speed(), 1.0);
        QVERIFY(!mWindow->parameters()->isVisible());
        // A render starts from the default layout whatever was saved.
        MainWindow fresh(MainWindow::Settings::Fresh);
        fresh.show();
        QVERIFY(QTest::qWaitForWindowExposed(&fresh));
        QVERIFY(fresh.parameters()->isVisible());
        QVERIFY(fresh.recentFiles().isEmpty());
    }

    // Quitting in presentation mode keeps the docks for the next launch, and View > Reset layout
    // brings every dock back and leaves presentation mode.
    void presentationModeDoesNotOutliveTheSession()
    {
        mWindow->action(QStringLiteral("presentation"))->setChecked(true);
        QVERIFY(!mWindow->inspector()->isVisible());
        mWindow->close();
        mWindow = GuiTest::openMainWindow();
        QVERIFY(mWindow->inspector()->isVisible());
        QVERIFY(mWindow->eventLog()->isVisible());

        mWindow->inspector()->hide();
        mWindow->action(QStringLiteral("presentation"))->setChecked(true);
        mWindow->action(QStringLiteral("resetLayout"))->trigger();
        QVERIFY(!mWindow->action(QStringLiteral("presentation"))->isChecked());
        QVERIFY(mWindow->inspector()->isVisible());
        QVERIFY(mWindow->spaceTime()->isVisible());
        QVERIFY(mWindow->timeline()->isVisible());
    }

    // Help needs no display: it is printed by a core application.
    void helpWorksWithoutADisplay()
    {
        QProcess app;
        auto environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("DISPLAY"));
        environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
        environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
        app.setProcessEnvironment(environment);
        app.start(QStringLiteral(CS_BINARY_DIR "/clusterscope"), {QStringLiteral("--help")});
        QVERIFY(app.waitForFinished(30000));
        QCOMPARE(app.exitCode(), 0);
        QVERIFY(app.readAllStandardOutput().contains("--screenshot <file>"));
    }

    void aSessionsTraceReplaysIdentically()
    {
        QTest::mouseDClick(viewport(), Qt::LeftButton, {}, nodePoint(*mWindow, controller().leader()));
        controller().advanceTo(1500 * cs::kMillisecond);
        controller().clientRequest();
        controller().advanceTo(2 * cs::kSecond);
        controller().isolate(3);
        controller().advanceTo(3 * cs::kSecond);
        QTest::keyClick(mWindow.get(), Qt::Key_H);
        controller().advanceTo(4 * cs::kSecond);
        QTemporaryDir dir;
        const auto path = dir.filePath(QStringLiteral("session.json"));
        QCOMPARE(controller().exportTrace(path), QString());
        const auto trace = cs::loadTraceFile(path.toStdString(), [](std::string_view name) { return cs::findProtocol(name); });
        QCOMPARE(trace.scenario.inputs.size(), std::size_t(4));
        QVERIFY(!cs::replayTrace(trace).has_value());
    }

    void aBadScenarioLeavesTheRunAlone()
    {
        QTemporaryDir dir;
        const auto path = dir.filePath(QStringLiteral("bad.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"protocol": "raft", "inputs": [{"at": "1s", "crash": 9}]})");
        file.close();
        const auto before = controller().simulation().now();
        const auto events = controller().recorder().size();
        const auto error = controller().openScenario(path);
        QVERIFY(error.endsWith(QStringLiteral("inputs[0].crash: out of range (9, allowed 1 to 5)")));
        QCOMPARE(controller().simulation().now(), before);
        QCOMPARE(controller().recorder().size(), events);
    }

    void imagesExport()
    {
        QTemporaryDir dir;
        QCOMPARE(mWindow->exportImage(dir.filePath(QStringLiteral("cluster.png")), 1.5), QString());
        QImage image(dir.filePath(QStringLiteral("cluster.png")));
        QVERIFY(image.width() > 300);
        QCOMPARE(mWindow->exportImage(dir.filePath(QStringLiteral("cluster.svg")), 1.0), QString());
        QFile svg(dir.filePath(QStringLiteral("cluster.svg")));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        QVERIFY(svg.readAll().contains("<svg"));
    }
};

QTEST_MAIN(TestClusterView)
#include "tst_clusterview.moc"
