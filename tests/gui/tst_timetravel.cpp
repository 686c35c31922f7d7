#include <QDir>
#include <QFile>
#include <QLabel>
#include <QTreeWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <fstream>
#include <map>

#include "clusterlayout.h"
#include "guitesthelpers.h"
#include "inspectordock.h"
#include "recordedrun.h"
#include "registry.h"
#include "spacetimediagram.h"
#include "spacetimedock.h"
#include "statesnapshot.h"
#include "timelinedock.h"
#include "timelinewidget.h"
#include "tracefile.h"

using namespace GuiTest;

namespace {

std::string fingerprint(const cs::Simulation &simulation)
{
    return cs::finalStateJson(simulation).dump() + " steps=" + std::to_string(simulation.steps());
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

// Scrubbing, stepping back, branching, traces in the app and image export.
class TestTimeTravel : public QObject
{
    Q_OBJECT

    std::unique_ptr<MainWindow> mWindow;
    SimulationController &controller() { return mWindow->controller(); }

    cs::VirtualTime eventTime(const std::string &text)
    {
        const auto &recorder = controller().recorder();
        for (std::size_t i = 0; i < recorder.size(); ++i) {
            if (recorder.describe(i) == text)
                return recorder.events()[i].t;
        }
        return -1;
    }

    // The colour a node is filled with on screen, sampled inside its disc away from its label.
    QColor fillColour(const QImage &view, cs::NodeId node)
    {
        const auto centre = mWindow->clusterView()->clusterScene()->nodePosition(node);
        const QPointF inside(-0.7 * ClusterLayout::kNodeRadius, -0.2 * ClusterLayout::kNodeRadius);
        const QPoint pixel = viewPoint(*mWindow, centre + inside) * view.devicePixelRatio();
        return view.pixelColor(pixel);
    }

    QString inspectorHeading()
    {
        const auto labels = mWindow->inspector()->findChildren<QLabel *>();
        return labels.isEmpty() ? QString() : labels.front()->text();
    }

    QString inspectorValue(const QString &name)
    {
        const auto items = mWindow->inspector()->tree()->findItems(name, Qt::MatchRecursive | Qt::MatchExactly);
        return items.isEmpty() ? QString() : items.front()->text(1);
    }

    static std::string field(const cs::Simulation &simulation, cs::NodeId node, const std::string &name)
    {
        for (const auto &entry : simulation.node(node).describe().fields) {
            if (entry.name == name)
                return entry.value;
        }
        return {};
    }

    // A fresh run of the controller's scenario and its input log to a moment: so many steps, then on
    // to that time.
    cs::Simulation linearRun(const cs::Simulation &moment)
    {
        const auto &scenario = controller().scenario();
        cs::Simulation simulation(*scenario.protocol, scenario.parameters, scenario.seed);
        for (const auto &input : scenario.inputs)
            simulation.schedule(input);
        while (simulation.steps() < moment.steps() && simulation.step()) {
        }
        if (simulation.now() < moment.now())
            simulation.runUntil(moment.now());
        return simulation;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        mWindow = GuiTest::openMainWindow();
        QVERIFY(mWindow);
    }

    void cleanup() { mWindow.reset(); }

    // The issue's steps, as a teacher does them: the past shown at 367 ms is the past that happened.
    void thePastShownIsThePastThatHappened()
    {
        QTest::keySequence(mWindow.get(), QKeySequence(tr("Ctrl+R")));
        QTest::keySequence(mWindow.get(), QKeySequence(tr("Ctrl+L")));
        QCOMPARE(controller().leader(), 1);
        QCOMPARE(controller().present().now(), 199628);
        QTest::keyClick(mWindow.get(), Qt::Key_C);
        QTest::keyClick(mWindow.get(), Qt::Key_C);
        controller().advanceTo(260 * cs::kMillisecond);
        QCOMPARE(eventTime("n3 commit index=3"), 257461);
        QTest::mouseDClick(mWindow->clusterView()->viewport(), Qt::LeftButton, {}, nodePoint(*mWindow, 1));
        QCOMPARE(eventTime("crash n1"), 260001);
        QTest::keySequence(mWindow.get(), QKeySequence(tr("Ctrl+L")));
        QCOMPARE(controller().leader(), 5);
        QCOMPARE(controller().present().node(5).describe().term, 2);
        QCOMPARE(controller().present().now(), 465969);

        // Drag the scrubber from 450 ms back to 367 ms.
        auto *timeline = mWindow->timeline()->timeline();
        const int y = timeline->height() / 2;
        const QPoint from(static_cast<int>(timeline->xForTime(450 * cs::kMillisecond)), y);
        const QPoint to(static_cast<int>(std::lround(timeline->xForTime(367 * cs::kMillisecond))), y);
        QTest::mousePress(timeline, Qt::LeftButton, {}, from);
        QMouseEvent drag(QEvent::MouseMove, QPointF(to), timeline->mapToGlobal(QPointF(to)), Qt::NoButton,
                         Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(timeline, &drag);
        QTest::mouseRelease(timeline, Qt::LeftButton, {}, to);
        QVERIFY(controller().isViewingPast());
        const auto shownAt = controller().simulation().now();
        QVERIFY2(std::abs(shownAt - 367 * cs::kMillisecond) < cs::kMillisecond, qPrintable(QString::number(shownAt)));

        // The cluster view: n1 is drawn dead, the others as term-1 followers; no leader.
        const QImage view = mWindow->clusterView()->viewport()->grab().toImage();
        QCOMPARE(fillColour(view, 1), QColor(0x55, 0x55, 0x55));
        for (cs::NodeId node = 2; node <= 5; ++node)
            QCOMPARE(fillColour(view, node), QColor(QStringLiteral("#5b8def")));
        QCOMPARE(controller().leader(), 0);

        // The inspector: n1 is down with its durable log of three entries; n2 has both commits.
        QTest::mouseClick(mWindow->clusterView()->viewport(), Qt::LeftButton, {}, nodePoint(*mWindow, 1));
        QVERIFY(controller().isViewingPast());
        QCOMPARE(inspectorHeading(), tr("<b>Node 1</b> is down: only its durable state survives."));
        QCOMPARE(inspectorValue(QStringLiteral("log")), QStringLiteral("3 entries"));
        QCOMPARE(inspectorValue(QStringLiteral("currentTerm")), QStringLiteral("1"));
        QTest::mouseClick(mWindow->clusterView()->viewport(), Qt::LeftButton, {}, nodePoint(*mWindow, 2));
        QCOMPARE(inspectorHeading(), tr("<b>Node %1</b>: %2, %3").arg(2).arg(tr("follower"), tr("term %1").arg(1)));
        QCOMPARE(inspectorValue(QStringLiteral("commitIndex")), QStringLiteral("3"));
        QCOMPARE(inspectorValue(QStringLiteral("store")), QStringLiteral("{x1=1, x2=2}"));

        // What is shown is a linear run of the inputs taken up to then.
        const auto shown = cs::testing::firstStateDifference(linearRun(controller().simulation()),
                                                             controller().simulation());
        QVERIFY2(shown.empty(), shown.c_str());

        // Forking there (restarting n1) keeps the commits, and n1 catches up with them.
        const auto viewedStep = controller().simulation().steps();
        QTest::mouseDClick(mWindow->clusterView()->viewport(), Qt::LeftButton, {}, nodePoint(*mWindow, 1));
        QVERIFY(!controller().isViewingPast());
        QCOMPARE(controller().branches().size(), std::size_t(1));
        const auto &inputs = controller().scenario().inputs;
        QCOMPARE(inputs.size(), std::size_t(4));
        QCOMPARE(inputs[0].command, std::string("x1=1"));
        QCOMPARE(inputs[1].command, std::string("x2=2"));
        QCOMPARE(inputs[2].kind, cs::InputKind::Crash);
        QCOMPARE(inputs[3].kind, cs::InputKind::Restart);
        QCOMPARE(inputs[3].at, shownAt + 1);
        QCOMPARE(controller().present().steps(), viewedStep + 1);
        QCOMPARE(controller().present().node(2).describe().term, 1);
        controller().advanceTo(1 * cs::kSecond);
        for (cs::NodeId node = 1; node <= 5; ++node)
            QCOMPARE(field(controller().present(), node, "store"), std::string("{x1=1, x2=2}"));
        const auto present = cs::testing::firstStateDifference(linearRun(controller().present()),
                                                               controller().present());
        QVERIFY2(present.empty(), present.c_str());
        cs::VirtualTime at = 0;
        QVERIFY(!controller().compareWithBranch(0, &at).isEmpty());
        QCOMPARE(at, shownAt + 1);
    }

    void scrubToThePastAndBackGivesTheSameState()
    {
        controller().advanceTo(5 * cs::kSecond);
        const auto present = fingerprint(controller().simulation());
        controller().seekToTime(2 * cs::kSecond);
        QVERIFY(controller().isViewingPast());
        QCOMPARE(controller().simulation().now(), 2 * cs::kSecond);
        QVERIFY(fingerprint(controller().simulation()) != present);
        controller().seekToTime(4 * cs::kSecond);
        controller().seekToTime(5 * cs::kSecond);
        QVERIFY(!controller().isViewingPast());
        QCOMPARE(fingerprint(controller().simulation()), present);
    }

    void draggingTheScrubberMovesEveryView()
    {
        controller().advanceTo(4 * cs::kSecond);
        auto *timeline = mWindow->timeline()->timeline();
        const int x = static_cast<int>(timeline->xForTime(1 * cs::kSecond));
        QTest::mousePress(timeline, Qt::LeftButton, {}, QPoint(x, timeline->height() / 2));
        QTest::mouseRelease(timeline, Qt::LeftButton, {}, QPoint(x, timeline->height() / 2));
        QVERIFY(controller().isViewingPast());
        const double shown = controller().displayTime();
        QVERIFY2(std::abs(shown - timeline->timeForX(x)) < 1, qPrintable(QString::number(shown)));
        QCOMPARE(static_cast<double>(controller().simulation().now()), std::floor(shown));
        QVERIFY(controller().visibleEventCount() < controller().recorder().size());
        QTest::keyClick(mWindow.get(), Qt::Key_End);
        QVERIFY(!controller().isViewingPast());
    }

    void stepBackAndForwardMoveOneEvent()
    {
        controller().advanceTo(1 * cs::kSecond);
        const auto steps = controller().simulation().steps();
        QTest::keyClick(mWindow.get(), Qt::Key_Left);
        QCOMPARE(controller().simulation().steps(), steps - 1);
        QTest::keyClick(mWindow.get(), Qt::Key_Left);
        QCOMPARE(controller().simulation().steps(), steps - 2);
        QTest::keyClick(mWindow.get(), Qt::Key_Right);
        QCOMPARE(controller().simulation().steps(), steps - 1);
        QVERIFY(controller().isViewingPast());
    }

    void jumpingBetweenElectionMarkers()
    {
        controller().advanceTo(3 * cs::kSecond);
        controller().crash(controller().leader());
        controller().advanceTo(6 * cs::kSecond);
        QTest::keyClick(mWindow.get(), Qt::Key_Left, Qt::ControlModifier);
        QVERIFY(controller().isViewingPast());
        const auto second = controller().simulation().now();
        QVERIFY(second > 3 * cs::kSecond);
        QCOMPARE(controller().leader() != 0, true);
        QTest::keyClick(mWindow.get(), Qt::Key_Left, Qt::ControlModifier);
        QVERIFY(controller().simulation().now() < second);
    }

    void actingInThePastForksAndKeepsTheOldBranch()
    {
        controller().advanceTo(2 * cs::kSecond);
        const auto firstLeader = controller().leader();
        controller().crash(firstLeader);
        controller().advanceTo(4 * cs::kSecond);
        const auto oldInputs = controller().scenario().inputs;
        QCOMPARE(oldInputs.size(), std::size_t(1));
        controller().seekToTime(1 * cs::kSecond);
        const cs::NodeId other = firstLeader % 5 + 1;
        QTest::mouseDClick(mWindow->clusterView()->viewport(), Qt::LeftButton, {}, nodePoint(*mWindow, other));
        QVERIFY(!controller().isViewingPast());
        QCOMPARE(controller().branches().size(), std::size_t(1));
        QCOMPARE(controller().branches()[0].inputs, oldInputs);
        const auto &inputs = controller().scenario().inputs;
        QCOMPARE(inputs.size(), std::size_t(1));
        QCOMPARE(inputs[0].kind, cs::InputKind::Crash);
        QCOMPARE(inputs[0].node, other);
        QCOMPARE(inputs[0].at, 1 * cs::kSecond + 1);
        QVERIFY(controller().present().isUp(firstLeader));
        QVERIFY(!controller().present().isUp(other));

        cs::VirtualTime at = 0;
        const auto difference = controller().compareWithBranch(0, &at);
        QVERIFY(!difference.isEmpty());
        QCOMPARE(at, 1 * cs::kSecond + 1);

        controller().switchToBranch(0);
        QCOMPARE(controller().present().now(), 4 * cs::kSecond);
        QVERIFY(!controller().present().isUp(firstLeader));
        QCOMPARE(controller().branches().size(), std::size_t(1));
    }

    void spaceTimeDiagramHasOneArrowPerDeliveryAndOneMarkPerDrop()
    {
        QCOMPARE(mWindow->openFile(QStringLiteral(CS_TEST_DATA_DIR "/../resources/scenarios/raft-partition.json"), true),
                 QString());
        controller().advanceTo(8 * cs::kSecond);
        std::size_t delivered = 0, dropped = 0;
        for (const auto &event : controller().recorder().events()) {
            delivered += event.kind == cs::TraceKind::Deliver ? 1 : 0;
            dropped += event.kind == cs::TraceKind::Drop ? 1 : 0;
        }
        auto *diagram = mWindow->spaceTime()->diagram();
        // The same run as `clusterscope-cli run --scenario resources/scenarios/raft-partition.json`.
        QCOMPARE(delivered, std::size_t(1203));
        QCOMPARE(dropped, std::size_t(311));
        QCOMPARE(diagram->arrowCount(), delivered);
        QCOMPARE(diagram->dropMarkCount(), dropped);
    }

    void clickingAnArrowSeeksToItsDelivery()
    {
        controller().advanceTo(1 * cs::kSecond);
        auto *diagram = mWindow->spaceTime()->diagram();
        mWindow->spaceTime()->raise();
        diagram->setWindow(150 * cs::kMillisecond, 100 * cs::kMillisecond);
        std::optional<QPoint> hit;
        for (int x = 50; x < diagram->width() && !hit; x += 3) {
            for (int y = 20; y < diagram->height() && !hit; y += 3) {
                if (diagram->messageAt(QPointF(x, y)))
                    hit = QPoint(x, y);
            }
        }
        QVERIFY(hit.has_value());
        const auto id = *diagram->messageAt(QPointF(*hit));
        QTest::mouseClick(diagram, Qt::LeftButton, {}, *hit);
        QCOMPARE(controller().selectedMessage(), id);
        QCOMPARE(static_cast<double>(controller().simulation().now()),
                 static_cast<double>(diagram->spans()[id - 1].endAt));
    }

    void openTraceThenExportGivesIdenticalBytes()
    {
        auto scenario = cs::defaultScenario(*cs::findProtocol("raft"));
        scenario.seed = 21;
        scenario.until = 3 * cs::kSecond;
        cs::Input crash;
        crash.at = 1 * cs::kSecond;
        crash.kind = cs::InputKind::Crash;
        crash.node = 2;
        scenario.inputs = {crash};
        cs::RecordedRun run(scenario);
        run.runToEnd();
        QTemporaryDir dir;
        const auto original = dir.filePath(QStringLiteral("original.json"));
        {
            std::ofstream out(original.toStdString(), std::ios::binary);
            out << cs::serializeTrace(run.document());
        }
        QCOMPARE(mWindow->openFile(original, true), QString());
        QCOMPARE(controller().present().now(), 3 * cs::kSecond);
        const auto exported = dir.filePath(QStringLiteral("exported.json"));
        QCOMPARE(controller().exportTrace(exported), QString());
        QVERIFY(readAll(exported) == readAll(original));
        QVERIFY(mWindow->recentFiles().contains(QFileInfo(original).absoluteFilePath()));
    }

    void everyBadFileIsRefusedWithItsMessageAndTheRunStays()
    {
        controller().advanceTo(1500 * cs::kMillisecond);
        const auto before = fingerprint(controller().present());
        const auto events = controller().recorder().size();
        const QDir dir(QStringLiteral(CS_TEST_DATA_DIR "/trace/badinput"));
        std::map<QString, QString> expected;
        QFile manifest(dir.filePath(QStringLiteral("expected.txt")));
        QVERIFY(manifest.open(QIODevice::ReadOnly | QIODevice::Text));
        while (!manifest.atEnd()) {
            const auto line = QString::fromUtf8(manifest.readLine()).trimmed();
            const auto bar = line.indexOf(QStringLiteral(" | "));
            if (bar > 0)
                expected[line.left(bar)] = line.mid(bar + 3);
        }
        QVERIFY(expected.size() >= 20);
        for (const auto &[name, message] : expected) {
            if (message == QStringLiteral("(accepted)"))
                continue;
            const auto problem = mWindow->openFile(dir.filePath(name), true);
            QVERIFY2(problem.endsWith(message), qPrintable(name + QStringLiteral(": ") + problem));
            QCOMPARE(fingerprint(controller().present()), before);
            QCOMPARE(controller().recorder().size(), events);
        }
    }

    void svgExportHasOneElementPerNode()
    {
        controller().advanceTo(1 * cs::kSecond);
        QTemporaryDir dir;
        const auto path = dir.filePath(QStringLiteral("cluster.svg"));
        QCOMPARE(mWindow->exportImage(path, 1.0), QString());
        const auto svg = QString::fromUtf8(readAll(path));
        QVERIFY(svg.contains(QStringLiteral("<svg")));
        QVERIFY(svg.trimmed().endsWith(QStringLiteral("</svg>")));
        for (int node = 1; node <= 5; ++node)
            QCOMPARE(svg.count(QStringLiteral(">n%1</text>").arg(node)), 1);
        const auto diagramPath = dir.filePath(QStringLiteral("diagram.png"));
        QCOMPARE(mWindow->exportDiagramImage(diagramPath, 2.0), QString());
        QVERIFY(QImage(diagramPath).width() >= 1800);
    }
};

QTEST_MAIN(TestTimeTravel)
#include "tst_timetravel.moc"
