#include <QComboBox>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QtTest>

#include "clientitem.h"
#include "clientoperationdialog.h"
#include "clientroster.h"
#include "consistencydock.h"
#include "consistencymonitor.h"
#include "eventlogdock.h"
#include "guitesthelpers.h"
#include "historydock.h"
#include "historyview.h"
#include "localregisters.h"
#include "modelmap.h"
#include "registry.h"
#include "spacetimediagram.h"
#include "spacetimedock.h"

using namespace GuiTest;

namespace {

const cs::Input &lastInput(const SimulationController &controller)
{
    return controller.scenario().inputs.back();
}

} // namespace

// The consistency lab as a user drives it: clients beside the ring, their reads and writes by mouse
// and keyboard, the history dock, the model map and the read badges, all at the moment shown.
class TestConsistencyLab : public QObject
{
    Q_OBJECT

    std::unique_ptr<MainWindow> mWindow;

    SimulationController &controller() { return mWindow->controller(); }
    ClientRoster &roster() { return mWindow->clients(); }
    ConsistencyMonitor &monitor() { return mWindow->consistency(); }
    QWidget *viewport() { return mWindow->clusterView()->viewport(); }
    HistoryView *history() { return mWindow->history()->view(); }

    QPoint clientPoint(cs::ClientId client)
    {
        return viewPoint(*mWindow, mWindow->clusterView()->clusterScene()->clientPosition(client));
    }

    void drag(cs::ClientId client, cs::NodeId node, Qt::KeyboardModifiers modifiers = {})
    {
        QTest::mousePress(viewport(), Qt::LeftButton, {}, clientPoint(client));
        QTest::mouseMove(viewport(), (clientPoint(client) + nodePoint(*mWindow, node)) / 2);
        QTest::mouseMove(viewport(), nodePoint(*mWindow, node));
        QTest::mouseRelease(viewport(), Qt::LeftButton, modifiers, nodePoint(*mWindow, node));
    }

    const cs::HistoryOperation &lastOperation()
    {
        return monitor().history().operations().back();
    }

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
        QVERIFY(controller().leader() != 0);
    }

    void cleanup()
    {
        mWindow.reset();
        QSettings().clear();
    }

    void threeClientsStandBesideTheRing()
    {
        const auto *scene = mWindow->clusterView()->clusterScene();
        QCOMPARE(scene->clients().size(), std::size_t{3});
        double right = 0;
        for (cs::NodeId node = 1; node <= controller().simulation().clusterSize(); ++node)
            right = std::max(right, scene->nodePosition(node).x());
        for (cs::ClientId client = 1; client <= 3; ++client) {
            QVERIFY(scene->clientPosition(client).x() > right + 100);
            QCOMPARE(scene->clientAt(scene->clientPosition(client))->client(), client);
        }
    }

    void dragFromClientBToNode2IssuesARead()
    {
        drag(2, 2);
        const auto &input = lastInput(controller());
        QCOMPARE(input.kind, cs::InputKind::Client);
        QCOMPARE(input.client, 2);
        QCOMPARE(input.node, 2);
        QCOMPARE(input.operation, cs::OperationKind::Read);
        QCOMPARE(input.key, std::string("x"));
        QCOMPARE(input.at, 600 * cs::kMillisecond + 1);
        // The History dock shows its bar in B's lane, pending until the answer comes.
        QCOMPARE(monitor().history().operations().size(), std::size_t{1});
        QCOMPARE(lastOperation().client, 2);
        QVERIFY(lastOperation().pending);
        QCOMPARE(history()->lanes(), (std::vector<int>{1, 2, 3}));
        const QRectF bar = history()->barRect(lastOperation().id);
        QVERIFY(!bar.isEmpty());
        QVERIFY(bar.top() > history()->barRect(lastOperation().id).height());
        QCOMPARE(history()->barLabel(lastOperation().id), QStringLiteral("r x"));
        QCOMPARE(mWindow->clusterView()->clusterScene()->clients()[1]->pendingCount(), 1);
    }

    void shiftDragWritesTheNextValue()
    {
        drag(1, 3, Qt::ShiftModifier);
        const auto &input = lastInput(controller());
        QCOMPARE(input.client, 1);
        QCOMPARE(input.node, 3);
        QCOMPARE(input.operation, cs::OperationKind::Write);
        QCOMPARE(input.command, std::string("V1"));
        QCOMPARE(history()->barLabel(lastOperation().id), QStringLiteral("w x=V1"));
    }

    void aDragThatEndsOffTheNodesIssuesNothing()
    {
        const auto inputs = controller().scenario().inputs.size();
        QTest::mousePress(viewport(), Qt::LeftButton, {}, clientPoint(1));
        QTest::mouseRelease(viewport(), Qt::LeftButton, {}, clientPoint(1) + QPoint(0, 30));
        QCOMPARE(controller().scenario().inputs.size(), inputs);
    }

    void writeThenReadShowsTheResultOnTheClientAndTheBar()
    {
        const auto leader = controller().leader();
        drag(1, leader, Qt::ShiftModifier);
        controller().advanceTo(controller().present().now() + 300 * cs::kMillisecond);
        QCOMPARE(lastOperation().result, cs::OperationResult::Ok);
        drag(2, leader);
        controller().advanceTo(controller().present().now() + 300 * cs::kMillisecond);
        const auto &read = lastOperation();
        QVERIFY(!read.pending);
        QCOMPARE(read.values, (std::vector<std::string>{"V1"}));
        QCOMPARE(history()->barLabel(read.id), QStringLiteral("r x \u2192 V1"));
        const auto *clientB = mWindow->clusterView()->clusterScene()->clients()[1];
        QCOMPARE(clientB->pendingCount(), 0);
        QCOMPARE(clientB->lastResult(), QStringLiteral("r x \u2192 V1 ok"));
        QCOMPARE(monitor().counters().staleReads, 0);
        // Raft's history is linearizable: the read's badge says every model holds.
        QCOMPARE(monitor().report().verdict(cs::ConsistencyModel::Linearizable), cs::ModelVerdict::Holds);
        QCOMPARE(mWindow->spaceTime()->diagram()->readBadge(read.id), QStringLiteral("\u2713"));
    }

    void theDialogSetsTheClientsSessionGuarantee()
    {
        roster().select(2);
        ClientOperationDialog dialog(roster(), controller().simulation().clusterSize(), cs::OperationKind::Read,
                                     mWindow.get());
        auto *consistency = dialog.findChild<QComboBox *>(QStringLiteral("consistency"));
        QVERIFY(consistency);
        QCOMPARE(consistency->count(), 9);
        consistency->setCurrentIndex(consistency->findData(QStringLiteral("read-your-writes")));
        dialog.issue(roster());
        QCOMPARE(lastInput(controller()).client, 2);
        QCOMPARE(lastInput(controller()).consistency, std::string("read-your-writes"));
        QCOMPARE(roster().find(2)->consistency, std::string("read-your-writes"));
        // Every later operation of B asks for it too, by mouse as by keyboard.
        drag(2, 1);
        QCOMPARE(lastInput(controller()).consistency, std::string("read-your-writes"));
        drag(1, 1);
        QCOMPARE(lastInput(controller()).consistency, std::string());
    }

    void keyboardReadsRoamRoundRobinOverLiveNodes()
    {
        mWindow->activateWindow();
        QTest::keyClick(mWindow.get(), Qt::Key_R);
        QCOMPARE(lastInput(controller()).node, 1);
        QCOMPARE(lastInput(controller()).client, 1);
        QTest::keyClick(mWindow.get(), Qt::Key_R);
        QCOMPARE(lastInput(controller()).node, 2);
        controller().crash(3);
        QTest::keyClick(mWindow.get(), Qt::Key_R);
        QCOMPARE(lastInput(controller()).node, 4);
        QTest::keyClick(mWindow.get(), Qt::Key_W);
        QCOMPARE(lastInput(controller()).node, 5);
        QCOMPARE(lastInput(controller()).operation, cs::OperationKind::Write);
    }

    void keyboardSticksAClientToTheSelectedNode()
    {
        QTest::keyClick(mWindow.get(), Qt::Key_3);
        QTest::keyClick(mWindow.get(), Qt::Key_B);
        QCOMPARE(roster().selected(), 2);
        QTest::keyClick(mWindow.get(), Qt::Key_S, Qt::ShiftModifier);
        QCOMPARE(roster().find(2)->sticky, 3);
        QTest::keyClick(mWindow.get(), Qt::Key_R);
        QCOMPARE(lastInput(controller()).client, 2);
        QCOMPARE(lastInput(controller()).node, 3);
        QTest::keyClick(mWindow.get(), Qt::Key_R);
        QCOMPARE(lastInput(controller()).node, 3);
    }

    void clickingABarSelectsTheOperationEverywhere()
    {
        drag(3, 4);
        QCOMPARE(lastInput(controller()).client, 3);
        QCOMPARE(lastOperation().client, 3);
        controller().advanceTo(controller().present().now() + 300 * cs::kMillisecond);
        const auto id = lastOperation().id;
        QTest::mouseClick(history(), Qt::LeftButton, {}, history()->barRect(id).center().toPoint());
        QCOMPARE(monitor().selectedOperation(), id);
        QCOMPARE(controller().selectedNode(), 4);
        const auto invoke = monitor().invokeEvent(id);
        QVERIFY(invoke);
        auto *table = mWindow->eventLog()->table();
        const auto row = table->selectionModel()->selectedRows();
        QCOMPARE(row.size(), 1);
        const auto text = table->model()->index(row.front().row(), 3).data().toString();
        QVERIFY2(text.contains(QStringLiteral("client C reads x at n4")), qPrintable(text));
        QTest::mouseClick(history(), Qt::LeftButton, {}, QPoint(2, 2));
        QCOMPARE(monitor().selectedOperation(), cs::OperationId{0});
    }

    void theHistoryFollowsTheScrubber()
    {
        drag(1, 1);
        controller().advanceTo(2 * cs::kSecond);
        QCOMPARE(monitor().history().operations().size(), std::size_t{1});
        controller().seekToTime(300 * cs::kMillisecond);
        QVERIFY(monitor().history().operations().empty());
        QVERIFY(history()->barRect(1).isEmpty());
        controller().goLive();
        QCOMPARE(monitor().history().operations().size(), std::size_t{1});
        QVERIFY(!monitor().history().operations().front().pending);
    }

    void faultsAreAnnotated()
    {
        controller().crash(2);
        controller().isolate(4);
        controller().restart(2);
        controller().healAll();
        const auto &annotations = monitor().annotations();
        QCOMPARE(annotations.size(), std::size_t{4});
        QCOMPARE(annotations[0].kind, cs::TraceKind::Crash);
        QCOMPARE(annotations[0].node, 2);
        QCOMPARE(annotations[1].kind, cs::TraceKind::Partition);
        QCOMPARE(annotations[2].kind, cs::TraceKind::Restart);
        QCOMPARE(annotations[3].kind, cs::TraceKind::HealAll);
    }

    void refusedOperationsAreCounted()
    {
        // Before any election a Raft node knows no leader and refuses at once.
        controller().reset();
        QCOMPARE(monitor().counters().refused, 0);
        QTest::keyClick(mWindow.get(), Qt::Key_R);
        QCOMPARE(lastOperation().result, cs::OperationResult::Fail);
        QCOMPARE(monitor().counters().refused, 1);
        QVERIFY(mWindow->models()->counters()->text().contains(QStringLiteral("Refused operations: 1")));
    }

    void aStaleReadIsCountedBadgedAndRulesOutLinearizability()
    {
        // Replicas that never replicate: B reads nothing at n2 after A's write at n1 completed.
        static const cs::testing::LocalRegistersProtocol protocol;
        auto scenario = cs::defaultScenario(protocol);
        scenario.parameters[cs::kParamNodes] = 3;
        controller().load(scenario);
        controller().advanceTo(100 * cs::kMillisecond);
        drag(1, 1, Qt::ShiftModifier);
        const auto write = lastOperation().id;
        QCOMPARE(lastOperation().result, cs::OperationResult::Ok);
        controller().advanceTo(200 * cs::kMillisecond);
        drag(2, 2);
        const auto read = lastOperation().id;
        QCOMPARE(lastOperation().values, (std::vector<std::string>{""}));
        QCOMPARE(history()->barLabel(read), QStringLiteral("r x \u2192 nil"));
        QVERIFY(monitor().isStaleRead(read));
        QVERIFY(!monitor().isStaleRead(write));
        QCOMPARE(monitor().counters().staleReads, 1);
        QVERIFY(mWindow->models()->counters()->text().contains(QStringLiteral("Stale reads: 1")));

        // The map shows linearizable violated; the read's badge names it first.
        QCOMPARE(monitor().report().verdict(cs::ConsistencyModel::Linearizable), cs::ModelVerdict::Violated);
        QCOMPARE(monitor().report().verdict(cs::ConsistencyModel::Sequential), cs::ModelVerdict::Holds);
        QVERIFY(mWindow->spaceTime()->diagram()->readBadge(read).startsWith(QStringLiteral("\u2717 Lin")));
        auto *map = mWindow->models()->map();
        mWindow->models()->raise();
        QTest::mouseClick(map, Qt::LeftButton, {}, map->modelRect(cs::ConsistencyModel::Linearizable).center().toPoint());
        QVERIFY(mWindow->models()->explanation()->text().startsWith(QStringLiteral("Linearizable is violated: ")));
        QVERIFY(monitor().isHighlighted(read));

        // Scrubbing back before the read clears the verdict, as every view follows the scrubber.
        controller().seekToTime(150 * cs::kMillisecond);
        QCOMPARE(monitor().counters().staleReads, 0);
        QCOMPARE(monitor().report().verdict(cs::ConsistencyModel::Linearizable), cs::ModelVerdict::Holds);
        QVERIFY(!monitor().isHighlighted(read));
    }

    void divergentKeysFollowThePartitionTheHealAndTheScrubber()
    {
        // kv in AP mode, three nodes: A's first write reaches every replica; during a partition
        // A's second write reaches n1 and n2 only, so x diverges until the heal's anti-entropy.
        const auto &protocol = *cs::findProtocol("kv");
        auto scenario = cs::defaultScenario(protocol);
        scenario.parameters[cs::kParamNodes] = 3;
        scenario.parameters[*cs::parameterIndex(protocol.descriptor().parameters, "mode")] = 1;
        controller().load(scenario);
        controller().advanceTo(100 * cs::kMillisecond);
        drag(1, 1, Qt::ShiftModifier);
        controller().advanceTo(300 * cs::kMillisecond);
        QCOMPARE(monitor().counters().divergentKeys, 0);
        auto *counters = mWindow->models()->counters();
        QVERIFY(counters->text().contains(QStringLiteral("Divergent keys: 0")));
        QVERIFY(counters->toolTip().startsWith(QStringLiteral("No divergent key")));

        controller().isolate(3);
        controller().advanceTo(400 * cs::kMillisecond);
        drag(1, 1, Qt::ShiftModifier);
        QCOMPARE(lastOperation().result, cs::OperationResult::Ok);
        controller().advanceTo(500 * cs::kMillisecond);
        QCOMPARE(monitor().divergentKeys(), std::vector<std::string>{"x"});
        QVERIFY2(counters->text().contains(QStringLiteral("Divergent keys: 1")), qPrintable(counters->text()));
        QCOMPARE(counters->toolTip(), QStringLiteral("Divergent keys, whose live replicas hold different values: x"));

        controller().healAll();
        controller().advanceTo(3 * cs::kSecond);
        QCOMPARE(monitor().counters().divergentKeys, 0);
        QVERIFY(counters->text().contains(QStringLiteral("Divergent keys: 0")));

        // Scrubbing back into the partition shows the count of that moment; live again, none.
        controller().seekToTime(500 * cs::kMillisecond);
        QCOMPARE(monitor().counters().divergentKeys, 1);
        QVERIFY(counters->text().contains(QStringLiteral("Divergent keys: 1")));
        controller().goLive();
        QCOMPARE(monitor().counters().divergentKeys, 0);
    }

    void theMapDrawsJepsensHierarchy()
    {
        auto *map = mWindow->models()->map();
        mWindow->models()->show();
        mWindow->models()->raise();
        // Stronger models above the models they imply.
        for (int model = 0; model < cs::kConsistencyModelCount; ++model) {
            const auto which = static_cast<cs::ConsistencyModel>(model);
            for (auto weaker : cs::impliedModels(which))
                QVERIFY(map->modelRect(which).top() < map->modelRect(weaker).top());
        }
        QTest::mouseClick(map, Qt::LeftButton, {}, map->modelRect(cs::ConsistencyModel::Causal).center().toPoint());
        QCOMPARE(map->selected(), std::optional(cs::ConsistencyModel::Causal));
        QVERIFY(mWindow->models()->explanation()->text().contains(QStringLiteral("Causal holds")));
        QVERIFY(!map->networkSplit());
        controller().isolate(1);
        QVERIFY(map->networkSplit());
    }
};

QTEST_MAIN(TestConsistencyLab)
#include "tst_consistencylab.moc"
