#include <QApplication>
#include <QMenu>
#include <QSpinBox>
#include <QStandardPaths>
#include <QComboBox>
#include <QLabel>
#include <QStatusBar>
#include <QTableView>
#include <QTreeWidget>
#include <QtTest>

#include "commitnode.h"
#include "eventlogdock.h"
#include "eventlogmodel.h"
#include "guitesthelpers.h"
#include "inspectordock.h"
#include "registry.h"

using namespace GuiTest;

namespace {

const cs::commit::CommitNode &commitNode(const SimulationController &controller, cs::NodeId id)
{
    return static_cast<const cs::commit::CommitNode &>(controller.present().node(id));
}

} // namespace

// The failures the textbooks warn about, caused with the mouse: a participant told to vote no, a
// coordinator crashed after prepare (blocking), and 3PC's partition anomaly shown as expected.
class TestCommitGui : public QObject
{
    Q_OBJECT

    std::unique_ptr<MainWindow> mWindow;
    SimulationController &controller() { return mWindow->controller(); }

    void openProtocol(const char *name)
    {
        auto scenario = cs::defaultScenario(*cs::findProtocol(name));
        controller().load(scenario);
    }

    QMenu *contextMenuOnNode(cs::NodeId node)
    {
        auto *viewport = mWindow->clusterView()->viewport();
        const QPoint at = nodePoint(*mWindow, node);
        QContextMenuEvent event(QContextMenuEvent::Mouse, at, viewport->mapToGlobal(at));
        QApplication::sendEvent(viewport, &event);
        return qobject_cast<QMenu *>(QApplication::activePopupWidget());
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        mWindow = GuiTest::openMainWindow();
        QVERIFY(mWindow);
    }

    void cleanup() { mWindow.reset(); }

    void aParticipantToldToVoteNoAbortsTheTransaction()
    {
        openProtocol("2pc");
        auto *menu = contextMenuOnNode(3);
        QVERIFY(menu);
        QAction *voteNo = nullptr;
        for (auto *action : menu->actions()) {
            if (action->text() == QStringLiteral("Will vote no"))
                voteNo = action;
        }
        QVERIFY(voteNo);
        voteNo->trigger();
        menu->close();
        QVERIFY(commitNode(controller(), 3).durable().willVoteNo);
        controller().clientRequest();
        controller().advanceTo(controller().present().now() + 100 * cs::kMillisecond);
        for (cs::NodeId id = 2; id <= 4; ++id)
            QCOMPARE(commitNode(controller(), id).stateOf(1), cs::commit::TxState::Aborted);
        QVERIFY(controller().present().violations().empty());
    }

    void crashingTheCoordinatorAfterPrepareBlocksTheParticipants()
    {
        openProtocol("2pc");
        controller().clientRequest();
        controller().advanceTo(controller().present().now() + 3 * cs::kMillisecond);
        auto *viewport = mWindow->clusterView()->viewport();
        QTest::mouseDClick(viewport, Qt::LeftButton, {}, nodePoint(*mWindow, 1));
        QVERIFY(!controller().present().isUp(1));
        controller().advanceTo(1 * cs::kSecond);
        for (cs::NodeId id = 2; id <= 4; ++id) {
            QCOMPARE(commitNode(controller(), id).stateOf(1), cs::commit::TxState::Ready);
            QCOMPARE(commitNode(controller(), id).durable().lockedBy, std::int64_t(1));
        }
        QTest::mouseClick(viewport, Qt::LeftButton, {}, nodePoint(*mWindow, 2));
        const auto why = mWindow->inspector()->tree()->findItems(QStringLiteral("why it waits"),
                                                                 Qt::MatchRecursive | Qt::MatchExactly);
        QCOMPARE(why.size(), 1);
        QVERIFY(why[0]->text(1).contains(QStringLiteral("only the coordinator knows the decision")));
        QTest::mouseDClick(viewport, Qt::LeftButton, {}, nodePoint(*mWindow, 1));
        controller().advanceTo(1500 * cs::kMillisecond);
        for (cs::NodeId id = 2; id <= 4; ++id) {
            QCOMPARE(commitNode(controller(), id).stateOf(1), cs::commit::TxState::Aborted);
            QCOMPARE(commitNode(controller(), id).durable().lockedBy, std::int64_t(0));
        }
        QVERIFY(controller().present().violations().empty());
    }

    void threePhaseDivergenceIsShownAsTheExpectedLesson()
    {
        QCOMPARE(mWindow->openFile(QStringLiteral(CS_TEST_DATA_DIR "/../resources/scenarios/3pc-partition.json"), true),
                 QString());
        controller().advanceTo(2 * cs::kSecond);
        QCOMPARE(controller().present().violations().size(), std::size_t(1));
        QVERIFY(mWindow->statusBar()->findChildren<QLabel *>().size() > 0);
        bool expectedShown = false;
        for (auto *label : mWindow->statusBar()->findChildren<QLabel *>())
            expectedShown = expectedShown || label->text() == QStringLiteral("0 violation(s), 1 expected (a known limitation)");
        QVERIFY(expectedShown);
        auto *log = mWindow->eventLog();
        log->kindFilter()->setCurrentIndex(log->kindFilter()->findData(static_cast<int>(cs::TraceKind::Violation)));
        QCOMPARE(log->visibleRows(), 1);
        QVERIFY(log->table()->model()->index(0, 0).data(EventLogModel::ExpectedRole).toBool());
    }

    void theEventLogGroupsByTransaction()
    {
        openProtocol("2pc");
        controller().clientRequest();
        controller().advanceTo(200 * cs::kMillisecond);
        controller().clientRequest();
        controller().advanceTo(400 * cs::kMillisecond);
        auto *log = mWindow->eventLog();
        QVERIFY(log->groupFilter()->isVisibleTo(log));
        const int all = log->visibleRows();
        log->groupFilter()->setValue(2);
        const int second = log->visibleRows();
        QVERIFY(second > 5 && second < all);
        for (int row = 0; row < second; ++row)
            QCOMPARE(log->table()->model()->index(row, 0).data(EventLogModel::GroupRole).toLongLong(), 2LL);
    }
};

QTEST_MAIN(TestCommitGui)
#include "tst_commitgui.moc"
