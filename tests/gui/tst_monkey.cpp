#include <QApplication>
#include <QMenu>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QtTest>

#include "guitesthelpers.h"
#include "registry.h"
#include "statesnapshot.h"
#include "tracereplay.h"
#include "spacetimediagram.h"
#include "spacetimedock.h"
#include "timelinedock.h"

namespace {

QStringList gWarnings;
QtMessageHandler gPreviousHandler = nullptr;

// Platform chatter of the offscreen plugin, not a defect of the app.
bool isPlatformNoise(const QString &message)
{
    return message.startsWith(QStringLiteral("This plugin does not support"))
           || message.startsWith(QStringLiteral("QStandardPaths: XDG_RUNTIME_DIR"));
}

void recordWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg && !isPlatformNoise(message))
        gWarnings << message;
    gPreviousHandler(type, context, message);
}

// Where the state the app shows differs from a fresh run of its scenario and input log to the same
// step and time, or "" if it does not.
std::string differenceFromLinearRun(const SimulationController &controller)
{
    const auto &scenario = controller.scenario();
    const auto &shown = controller.simulation();
    cs::Simulation linear(*scenario.protocol, scenario.parameters, scenario.seed);
    for (const auto &input : scenario.inputs)
        linear.schedule(input);
    while (linear.steps() < shown.steps() && linear.step()) {
    }
    if (linear.now() < shown.now())
        linear.runUntil(shown.now());
    return cs::testing::firstStateDifference(linear, shown);
}

} // namespace

// Thousands of random clicks, double-clicks, drags, right-clicks, wheel turns, scrubs and shortcut
// keys on a running cluster: the app must not crash or print a Qt warning, Raft must stay safe,
// what it shows after every scrub and fork must equal a linear re-run, and the session must replay
// exactly from its exported trace.
class TestMonkey : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        gPreviousHandler = qInstallMessageHandler(recordWarnings);
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(gPreviousHandler);
    }

    void randomUse_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<int>("actions");
        QTest::newRow("seed 1") << quint32(1) << 2000;
        QTest::newRow("seed 2") << quint32(2) << 1000;
    }

    void randomUse()
    {
        QFETCH(quint32, seed);
        QFETCH(int, actions);
        gWarnings.clear();
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto &controller = window.controller();
        controller.setPlaying(true);
        QWidget *viewport = window.clusterView()->viewport();
        QRandomGenerator random(seed);
        const QList<QKeySequence> keys = {Qt::Key_Space, Qt::Key_Period, Qt::Key_BracketLeft, Qt::Key_BracketRight,
                                          Qt::Key_K, Qt::Key_I, Qt::Key_C, Qt::Key_H, Qt::Key_N, Qt::Key_Delete,
                                          Qt::Key_1, Qt::Key_3, Qt::Key_5, Qt::Key_9,
                                          QKeySequence(Qt::CTRL | Qt::Key_D), QKeySequence(Qt::CTRL | Qt::Key_0),
                                          QKeySequence(Qt::CTRL | Qt::Key_L), QKeySequence(Qt::CTRL | Qt::Key_M),
                                          Qt::Key_Left, Qt::Key_Right, Qt::Key_End,
                                          QKeySequence(Qt::CTRL | Qt::Key_Left), QKeySequence(Qt::CTRL | Qt::Key_Right)};
        QWidget *timeline = window.timeline()->timeline();
        QWidget *diagram = window.spaceTime()->diagram();
        auto randomPoint = [&] {
            return QPoint(random.bounded(viewport->width()), random.bounded(viewport->height()));
        };
        auto nearNode = [&] {
            const int size = controller.simulation().clusterSize();
            return GuiTest::nodePoint(window, 1 + random.bounded(size)) + QPoint(random.bounded(9) - 4, random.bounded(9) - 4);
        };
        int compared = 0;
        for (int i = 0; i < actions; ++i) {
            const auto branchesBefore = controller.branches().size();
            const bool viewedPastBefore = controller.isViewingPast();
            const int choice = random.bounded(100);
            const QPoint point = random.bounded(2) ? nearNode() : randomPoint();
            if (choice < 25) {
                QTest::mouseClick(viewport, Qt::LeftButton, {}, point);
            } else if (choice < 35) {
                QTest::mouseDClick(viewport, Qt::LeftButton, {}, point);
            } else if (choice < 45) {
                QTest::mousePress(viewport, Qt::LeftButton, {}, randomPoint());
                for (int step = 0; step < 6; ++step)
                    QTest::mouseMove(viewport, randomPoint());
                QTest::mouseRelease(viewport, Qt::LeftButton, {}, randomPoint());
            } else if (choice < 52) {
                QTest::mousePress(viewport, Qt::MiddleButton, {}, point);
                QTest::mouseMove(viewport, randomPoint());
                QTest::mouseRelease(viewport, Qt::MiddleButton, {}, randomPoint());
            } else if (choice < 60) {
                QContextMenuEvent event(QContextMenuEvent::Mouse, point, viewport->mapToGlobal(point));
                QApplication::sendEvent(viewport, &event);
                if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
                    const auto actionsInMenu = menu->actions();
                    if (!actionsInMenu.isEmpty() && random.bounded(2))
                        actionsInMenu[random.bounded(actionsInMenu.size())]->trigger();
                    menu->close();
                }
            } else if (choice < 63) {
                QWheelEvent wheel(point, viewport->mapToGlobal(point), {}, QPoint(0, random.bounded(2) ? 120 : -120),
                                  Qt::NoButton, {}, Qt::NoScrollPhase, false);
                QApplication::sendEvent(viewport, &wheel);
            } else if (choice < 68) {
                // Scrub the timeline or click the space-time diagram, then often act in the past.
                QWidget *target = random.bounded(2) ? timeline : diagram;
                const QPoint at(random.bounded(std::max(1, target->width())), random.bounded(std::max(1, target->height())));
                QTest::mouseClick(target, Qt::LeftButton, {}, at);
                QWheelEvent wheel(at, target->mapToGlobal(at), {}, QPoint(0, random.bounded(2) ? 120 : -120),
                                  Qt::NoButton, {}, Qt::NoScrollPhase, false);
                QApplication::sendEvent(diagram, &wheel);
            } else {
                const auto key = keys[random.bounded(keys.size())];
                QTest::keySequence(&window, key);
            }
            // After a scrub or a fork, what is shown is what a linear run shows.
            if (controller.branches().size() != branchesBefore || controller.isViewingPast() || viewedPastBefore) {
                const auto difference = differenceFromLinearRun(controller);
                QVERIFY2(difference.empty(), qPrintable(QStringLiteral("action %1: %2").arg(i).arg(QString::fromStdString(difference))));
                ++compared;
            }
            controller.advanceWallTime(random.bounded(20000, 400000));
            if (i % 50 == 0)
                QApplication::processEvents();
        }
        QApplication::processEvents();
        QVERIFY(compared > 20);
        qInfo("%d of %d actions left the app in the past or forked it; each equalled a linear re-run", compared, actions);
        QVERIFY2(gWarnings.isEmpty(), qPrintable(gWarnings.join(QLatin1Char('\n'))));
        // Whatever the monkey did, Raft stayed safe and the session replays exactly from its trace.
        QCOMPARE(controller.present().violations().size(), std::size_t(0));
        const auto trace = cs::parseTrace(cs::serializeTrace(controller.traceDocument()),
                                          [](std::string_view name) { return cs::findProtocol(name); });
        QVERIFY(!trace.scenario.inputs.empty());
        QVERIFY(!cs::replayTrace(trace).has_value());
    }
};

QTEST_MAIN(TestMonkey)
#include "tst_monkey.moc"
