#include <QCheckBox>
#include <QHelpEvent>
#include <QSettings>
#include <QStandardPaths>
#include <QToolTip>
#include <QtTest>

#include "clusterview.h"
#include "consistencymonitor.h"
#include "guitesthelpers.h"
#include "historydock.h"
#include "historyview.h"
#include "localregisters.h"

using namespace GuiTest;

// The history view's linearization points as a user sees them: a dot where each operation took
// effect, on its bar, joined in the key's order, switched off and on from the dock; the read no
// linearization can place outlined in red with a tooltip saying why; all at the moment shown.
class TestLinearizationView : public QObject
{
    Q_OBJECT

    std::unique_ptr<MainWindow> mWindow;
    cs::OperationId mWrite = 0;
    cs::OperationId mOwnRead = 0;
    cs::OperationId mStaleRead = 0;

    SimulationController &controller() { return mWindow->controller(); }
    ConsistencyMonitor &monitor() { return mWindow->consistency(); }
    HistoryView *history() { return mWindow->history()->view(); }

    void drag(cs::ClientId client, cs::NodeId node, Qt::KeyboardModifiers modifiers = {})
    {
        auto *viewport = mWindow->clusterView()->viewport();
        const auto from = viewPoint(*mWindow, mWindow->clusterView()->clusterScene()->clientPosition(client));
        QTest::mousePress(viewport, Qt::LeftButton, {}, from);
        QTest::mouseMove(viewport, (from + nodePoint(*mWindow, node)) / 2);
        QTest::mouseMove(viewport, nodePoint(*mWindow, node));
        QTest::mouseRelease(viewport, Qt::LeftButton, modifiers, nodePoint(*mWindow, node));
    }

    // The colour drawn at a point of the history view.
    QColor pixel(QPointF point)
    {
        return history()->grab().toImage().pixelColor(point.toPoint());
    }

    QString tooltipAt(QPointF point)
    {
        QHelpEvent help(QEvent::ToolTip, point.toPoint(), history()->mapToGlobal(point.toPoint()));
        QCoreApplication::sendEvent(history(), &help);
        return QToolTip::text();
    }

    // Raft: A writes V1 at the leader, then B reads it there; each bar has a window of its own.
    void writeThenReadAtTheLeader()
    {
        controller().advanceTo(600 * cs::kMillisecond);
        const auto leader = controller().leader();
        QVERIFY(leader != 0);
        drag(1, leader, Qt::ShiftModifier);
        mWrite = monitor().history().operations().back().id;
        controller().advanceTo(1200 * cs::kMillisecond);
        drag(2, leader);
        mOwnRead = monitor().history().operations().back().id;
        controller().advanceTo(1800 * cs::kMillisecond);
        QCOMPARE(monitor().history().operations().size(), std::size_t{2});
        for (const auto &operation : monitor().history().operations()) {
            QVERIFY(!operation.pending);
            QCOMPARE(operation.result, cs::OperationResult::Ok);
            QVERIFY(operation.completedAt > operation.invokedAt);
        }
        QCOMPARE(monitor().history().find(mOwnRead)->values, std::vector<std::string>{"V1"});
    }

    // Replicas that never replicate, answering at once: A writes V1 at n1 and reads it back; B
    // then reads nil at n2.
    void staleReadOnLocalRegisters()
    {
        static const cs::testing::LocalRegistersProtocol protocol;
        auto scenario = cs::defaultScenario(protocol);
        scenario.parameters[cs::kParamNodes] = 3;
        controller().load(scenario);
        controller().advanceTo(100 * cs::kMillisecond);
        drag(1, 1, Qt::ShiftModifier);
        mWrite = monitor().history().operations().back().id;
        controller().advanceTo(200 * cs::kMillisecond);
        drag(1, 1);
        mOwnRead = monitor().history().operations().back().id;
        controller().advanceTo(300 * cs::kMillisecond);
        drag(2, 2);
        mStaleRead = monitor().history().operations().back().id;
        controller().advanceTo(400 * cs::kMillisecond);
        QCOMPARE(monitor().history().operations().size(), std::size_t{3});
        QCOMPARE(monitor().history().find(mStaleRead)->values, std::vector<std::string>{""});
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
    }

    void cleanup()
    {
        mWindow.reset();
        QSettings().clear();
    }

    void eachPointSitsInTheMiddleOfItsBar()
    {
        // Alone in their windows, the write and B's read take effect halfway through their bars.
        writeThenReadAtTheLeader();
        for (const auto id : {mWrite, mOwnRead}) {
            const auto point = history()->linearizationPoint(id, "x");
            QVERIFY(point);
            const QRectF bar = history()->barRect(id);
            QVERIFY2(std::abs(point->x() - bar.center().x()) < 0.5,
                     qPrintable(QStringLiteral("%1 vs %2").arg(point->x()).arg(bar.center().x())));
            QCOMPARE(point->y(), bar.center().y());
            QCOMPARE(pixel(*point), QColor(0x2e, 0x7d, 0x32));
        }
        // The line joins them in order: halfway between the two dots it is drawn in the same colour.
        const auto between = (*history()->linearizationPoint(mWrite, "x") + *history()->linearizationPoint(mOwnRead, "x")) / 2;
        QCOMPARE(pixel(between).green() > pixel(between).red() + 40, true);
        QVERIFY(tooltipAt(history()->barRect(mOwnRead).center()).contains(QStringLiteral("number 2 in the linearization of x")));
    }

    void instantOperationsTakeEffectAtTheirMoment()
    {
        // Local registers answer at once: each point is at its bar's left end, where it was invoked.
        staleReadOnLocalRegisters();
        for (const auto id : {mWrite, mOwnRead}) {
            const auto point = history()->linearizationPoint(id, "x");
            QVERIFY(point);
            QCOMPARE(point->x(), history()->barRect(id).left());
        }
        QVERIFY(!history()->linearizationPoint(mStaleRead, "x"));
    }

    void theImpossibleReadIsOutlinedInRedWithItsReason()
    {
        staleReadOnLocalRegisters();
        QVERIFY(history()->isImpossible(mStaleRead));
        QVERIFY(!history()->isImpossible(mWrite));
        const QRectF bar = history()->barRect(mStaleRead);
        // The bottom edge, clear of the X drawn at the top right corner.
        const QColor outline = pixel(QPointF(bar.center().x(), bar.bottom()));
        QVERIFY2(outline.red() > 170 && outline.green() < 90, qPrintable(outline.name()));
        const QColor plain = pixel(QPointF(history()->barRect(mWrite).center().x(), history()->barRect(mWrite).bottom()));
        QVERIFY2(plain.blue() > plain.red(), qPrintable(plain.name()));
        const auto tip = tooltipAt(bar.center());
        QVERIFY2(tip.contains(QStringLiteral("Impossible: no linearization of x can place this operation. The longest one "
                                             "orders 2 operations and leaves x=V1, which this operation cannot follow.")),
                 qPrintable(tip));
        QVERIFY2(tooltipAt(history()->barRect(mOwnRead).center()).contains(QStringLiteral("number 2 in the longest partial linearization of x")),
                 qPrintable(tooltipAt(history()->barRect(mOwnRead).center())));
    }

    void theSwitchHidesAndShowsThePoints()
    {
        staleReadOnLocalRegisters();
        auto *toggle = mWindow->history()->linearizationSwitch();
        QVERIFY(toggle->isChecked());
        const auto point = *history()->linearizationPoint(mWrite, "x");
        toggle->click();
        QVERIFY(!history()->showsLinearization());
        QVERIFY(!history()->linearizationPoint(mWrite, "x"));
        QVERIFY(pixel(point) != QColor(0x2e, 0x7d, 0x32));
        // The impossible mark stays.
        QVERIFY(history()->isImpossible(mStaleRead));
        toggle->click();
        QCOMPARE(pixel(point), QColor(0x2e, 0x7d, 0x32));
    }

    void clickingStillSelects()
    {
        staleReadOnLocalRegisters();
        const auto point = *history()->linearizationPoint(mOwnRead, "x");
        QTest::mouseClick(history(), Qt::LeftButton, {}, point.toPoint());
        QCOMPARE(monitor().selectedOperation(), mOwnRead);
        QTest::mouseClick(history(), Qt::LeftButton, {}, history()->barRect(mStaleRead).center().toPoint());
        QCOMPARE(monitor().selectedOperation(), mStaleRead);
    }

    void thePointsFollowTheScrubber()
    {
        staleReadOnLocalRegisters();
        // Before B's read, the history is linearizable: nothing is impossible and A's read is the second point.
        controller().seekToTime(250 * cs::kMillisecond);
        QVERIFY(!history()->isImpossible(mStaleRead));
        QVERIFY(monitor().report().impossible.empty());
        QVERIFY(history()->linearizationPoint(mOwnRead, "x"));
        QVERIFY(tooltipAt(history()->barRect(mOwnRead).center()).contains(QStringLiteral("number 2 in the linearization of x")));
        // Before A's read completed, only the write has a point.
        controller().seekToTime(150 * cs::kMillisecond);
        QVERIFY(history()->linearizationPoint(mWrite, "x"));
        QVERIFY(!history()->linearizationPoint(mOwnRead, "x"));
        controller().goLive();
        QVERIFY(history()->isImpossible(mStaleRead));
    }
};

QTEST_MAIN(TestLinearizationView)
#include "tst_linearizationview.moc"
