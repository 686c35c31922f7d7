#include <QtTest>

#include <QLabel>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTranslator>
#include <QTreeWidget>

#include "guitesthelpers.h"
#include "inspectordock.h"
#include "lessonbrowser.h"
#include "lessonhighlight.h"
#include "lessondock.h"
#include "lessonprogress.h"
#include "lessonstepview.h"
#include "linkitem.h"
#include "messagelayer.h"
#include "nodeitem.h"
#include "registry.h"
#include "spacetimediagram.h"
#include "spacetimedock.h"

namespace {

const QString kRaft = QStringLiteral("raft-election");

// Plays the simulation until the lesson's player stops playing (a reveal known, an act done).
void playOut(SimulationController &controller)
{
    for (int i = 0; i < 50 && controller.lessonPlayer()->playing(); ++i)
        controller.advanceTo(controller.present().now() + 100 * cs::kMillisecond);
}

NodeItem *nodeItem(MainWindow &window, cs::NodeId node)
{
    return window.clusterView()->clusterScene()->nodes()[static_cast<std::size_t>(node - 1)];
}

} // namespace

// The lesson player in the app, driven as a learner drives it: by keys and clicks on the views.
class TestLessonDock : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ClusterScopeTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_lessondock"));
    }

    void init() { QSettings().clear(); }

    // The deep link plays the lesson to its step as the check does; the dock shows it.
    void aDeepLinkOpensTheStep()
    {
        auto window = GuiTest::openMainWindow();
        QVERIFY(window);
        QVERIFY(!window->lessonDock()->isVisible());
        QCOMPARE(window->openLesson(kRaft, 4, true), QString());
        auto *dock = window->lessonDock();
        QVERIFY(dock->isVisible());
        QCOMPARE(dock->progressLabel()->text(), QStringLiteral("Step 4 of 11"));
        QCOMPARE(dock->progressBar()->value(), 4);
        QVERIFY(dock->narration()->text().startsWith(QStringLiteral("Another node has timed out")));
        QCOMPARE(window->controller().present().now(), 183810);
        QVERIFY(dock->stepView()->findChild<QPushButton *>(QStringLiteral("choice-term2")));
        QCOMPARE(dock->continueButton()->text(), QStringLiteral("Reveal \u25B6"));
    }

    // Space continues a reading step; Page Down (a presenter's clicker) reveals a prediction.
    void keysContinue()
    {
        auto window = GuiTest::openMainWindow();
        QVERIFY(window);
        QVERIFY(window->openLesson(kRaft, 1, true).isEmpty());
        auto *player = window->controller().lessonPlayer();
        QCOMPARE(player->state(), cs::StepState::Reading);
        QTest::keyClick(window.get(), Qt::Key_Space);
        QCOMPARE(player->stepIndex(), 1u);
        QCOMPARE(player->state(), cs::StepState::Asking);
        // The simulation still stands: Space answered the lesson, it did not pause or play.
        QVERIFY(window->controller().isPlaying());
        QCOMPARE(window->controller().present().now(), 0);
        QTest::keyClick(window.get(), Qt::Key_PageDown);
        QCOMPARE(player->state(), cs::StepState::Revealing);
    }

    // A node prediction answered by clicking the node in the cluster view, judged by the engine.
    void aNodeIsPickedInTheClusterView_data()
    {
        QTest::addColumn<int>("node");
        QTest::addColumn<QString>("verdict");
        QTest::newRow("right") << 3 << QStringLiteral("\u2714 Right!");
        QTest::newRow("wrong") << 5 << QStringLiteral("\u2718 Not this time.");
    }

    void aNodeIsPickedInTheClusterView()
    {
        QFETCH(int, node);
        QFETCH(QString, verdict);
        auto window = GuiTest::openMainWindow();
        QVERIFY(window);
        QVERIFY(window->openLesson(kRaft, 2, true).isEmpty());
        auto &controller = window->controller();
        QTest::mouseClick(window->clusterView()->viewport(), Qt::LeftButton, {}, GuiTest::nodePoint(*window, node));
        QCOMPARE(controller.lessonPlayer()->state(), cs::StepState::Revealing);
        QCOMPARE(controller.lessonPlayer()->records().back().learnerAnswer->node, node);
        playOut(controller);
        QCOMPARE(controller.lessonPlayer()->state(), cs::StepState::Revealed);
        QCOMPARE(controller.present().now(), 182640);
        auto *view = window->lessonDock()->stepView();
        QCOMPARE(view->verdictText(), verdict);
        const auto labels = view->findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.begin(), labels.end(), [node](QLabel *label) {
            return label->text() == QStringLiteral("Your answer: node %1").arg(node);
        }));
        QVERIFY(std::any_of(labels.begin(), labels.end(), [](QLabel *label) {
            return label->text() == QStringLiteral("What happened: <b>node 3</b>");
        }));
    }

    // Back (Page Up) returns to the previous step as it began, and every view shows that moment.
    void backRestoresTheStepAndTheViews()
    {
        auto window = GuiTest::openMainWindow();
        QVERIFY(window);
        QVERIFY(window->openLesson(kRaft, 3, true).isEmpty());
        auto &controller = window->controller();
        auto *player = controller.lessonPlayer();
        const auto began = player->records()[1].began;
        playOut(controller);
        QCOMPARE(player->stepIndex(), 3u);
        QCOMPARE(controller.present().now(), 183810);
        QTest::keyClick(window.get(), Qt::Key_PageUp);
        QCOMPARE(player->stepIndex(), 2u);
        // A step that narrates while the run plays on begins paused, so Back lands on it and its
        // text can be read; Space then plays it.
        QCOMPARE(player->state(), cs::StepState::Waiting);
        QVERIFY(!controller.isPlaying());
        QTest::keyClick(window.get(), Qt::Key_Space);
        QVERIFY(controller.isPlaying());
        QCOMPARE(player->stepIndex(), 2u);
        QTest::keyClick(window.get(), Qt::Key_PageUp);
        QCOMPARE(player->stepIndex(), 1u);
        QCOMPARE(player->state(), cs::StepState::Asking);
        QCOMPARE(controller.present().now(), began.at);
        QCOMPARE(controller.present().steps(), began.steps);
        QCOMPARE(controller.simulation().now(), began.at);
        QCOMPARE(controller.displayTime(), static_cast<double>(began.at));
        QCOMPARE(controller.recorder().size(), controller.eventsAtStep(began.steps));
        QCOMPARE(window->lessonDock()->progressLabel()->text(), QStringLiteral("Step 2 of 11"));
        // Nothing sent yet at the step's start: the space-time diagram was rebuilt empty.
        QCOMPARE(window->spaceTime()->diagram()->spans().size(), std::size_t(0));
    }

    // Show me plays the author's crash of the leader; the act is then done.
    void showMeReachesTheAct()
    {
        auto window = GuiTest::openMainWindow();
        QVERIFY(window);
        QVERIFY(window->openLesson(kRaft, 7, true).isEmpty());
        auto &controller = window->controller();
        auto *player = controller.lessonPlayer();
        QCOMPARE(player->state(), cs::StepState::Trying);
        auto *showMe = window->lessonDock()->stepView()->showMeButton();
        QVERIFY(showMe && showMe->isEnabled());
        // Laid out by the event loop, as on screen.
        QTRY_VERIFY(showMe->isVisible() && showMe->height() > 0);
        // Hints come one at a time.
        auto *hint = window->lessonDock()->stepView()->hintButton();
        QCOMPARE(hint->text(), QStringLiteral("Hint (2 left)"));
        QTest::mouseClick(hint, Qt::LeftButton);
        QCOMPARE(player->records().back().hintsShown, std::size_t(1));
        QCOMPARE(window->lessonDock()->stepView()->hintButton()->text(), QStringLiteral("Hint (1 left)"));
        const auto hints = window->lessonDock()->stepView()->findChildren<QLabel *>();
        QVERIFY(std::any_of(hints.begin(), hints.end(),
                            [](QLabel *label) { return label->text().startsWith(QStringLiteral("Hint 1: ")); }));
        showMe = window->lessonDock()->stepView()->showMeButton();
        QTRY_VERIFY(showMe->isVisible() && showMe->height() > 0);
        QTest::mouseClick(showMe, Qt::LeftButton);
        QVERIFY(player->records().back().shownMe);
        playOut(controller);
        QCOMPARE(player->state(), cs::StepState::Reached);
        QCOMPARE(controller.present().now(), 489836);
        QVERIFY(!controller.present().isUp(1));
        QCOMPARE(window->lessonDock()->stepView()->verdictText(), QStringLiteral("\u2714 Done (shown)."));
        // The clicked button is gone, yet Space still goes on: the focus stays in the lesson.
        auto *focus = window->focusWidget();
        QVERIFY(focus && window->lessonDock()->isAncestorOf(focus));
        const auto step = player->stepIndex();
        QTest::keyClick(focus, Qt::Key_Space);
        QCOMPARE(player->stepIndex(), step + 1);
    }

    // The learner's own crash from the cluster menu goes to the lesson and does the act.
    void theLearnersCrashDoesTheAct()
    {
        auto window = GuiTest::openMainWindow();
        QVERIFY(window);
        QVERIFY(window->openLesson(kRaft, 7, true).isEmpty());
        auto &controller = window->controller();
        controller.selectNode(1);
        window->action(QStringLiteral("toggleNode"))->trigger();
        playOut(controller);
        QCOMPARE(controller.lessonPlayer()->state(), cs::StepState::Reached);
        QCOMPARE(window->lessonDock()->stepView()->verdictText(), QStringLiteral("\u2714 Done!"));
    }

    // A wrong action lets the step's bound pass: the dock says so and offers Show me, which
    // starts the step again and plays the author's inputs.
    void aMissedStepOffersShowMe()
    {
        auto window = GuiTest::openMainWindow();
        QVERIFY(window);
        QVERIFY(window->openLesson(kRaft, 7, true).isEmpty());
        auto &controller = window->controller();
        auto *player = controller.lessonPlayer();
        const auto began = player->records().back().began;
        controller.crash(2);
        controller.advanceTo(began.at + player->step()->within + cs::kMillisecond);
        QCOMPARE(player->state(), cs::StepState::Missed);
        auto *view = window->lessonDock()->stepView();
        QCOMPARE(view->verdictText(),
                 QStringLiteral("\u2718 Time ran out before this happened. Go Back, or let the lesson show you."));
        QVERIFY(window->lessonDock()->backButton()->isEnabled());
        QVERIFY(!window->lessonDock()->continueButton()->isEnabled());
        auto *showMe = view->showMeButton();
        QTRY_VERIFY(showMe->isVisible() && showMe->height() > 0);
        QTest::mouseClick(showMe, Qt::LeftButton);
        QCOMPARE(controller.present().now(), began.at);
        QVERIFY(controller.present().isUp(2));
        playOut(controller);
        QCOMPARE(player->state(), cs::StepState::Reached);
        QCOMPARE(controller.present().now(), 489836);
    }

    // A log entry prediction is answered by clicking the entry in the inspector, where the step's
    // entry is highlighted.
    void anEntryIsPickedInTheInspector()
    {
        const std::string text = R"({"format": "clusterscope-lesson", "version": 1, "id": "entry-test", "topic": "raft",
            "title": {"en": "T", "zh_CN": "T"}, "summary": {"en": "S", "zh_CN": "S"},
            "scenario": {"name": "n", "protocol": "raft", "seed": 5, "until": "10s", "network": {"nodes": 5},
                         "inputs": [{"at": "1s", "client": "x=1", "node": 1}]},
            "steps": [
              {"kind": "narrate", "text": {"en": "Wait.", "zh_CN": "等待。"}, "until": {"time": "1010ms"}},
              {"kind": "predict", "text": {"en": "Which entry commits?", "zh_CN": "哪个条目提交？"}, "pick": "entry",
               "reveal": {"note": "commit"}, "entryField": "index",
               "highlight": {"entries": [{"node": 1, "index": 2}]}},
              {"kind": "narrate", "text": {"en": "End.", "zh_CN": "结束。"}}]})";
        const cs::ProtocolLookup lookup = [](std::string_view name) { return cs::findProtocol(name); };
        const cs::ScenarioLoader none = [](const std::string &) -> cs::Scenario { throw cs::InputError("none"); };
        auto lesson = std::make_shared<const cs::Lesson>(cs::parseLessonBytes(text, "entry-test", lookup, none));
        auto window = GuiTest::openMainWindow();
        QVERIFY(window);
        auto &controller = window->controller();
        QVERIFY(controller.openLesson(lesson, 1));
        QCOMPARE(controller.lessonPlayer()->state(), cs::StepState::Asking);
        window->inspector()->raise();
        controller.selectNode(1);
        auto *tree = window->inspector()->tree();
        // Entry 1 is the leader's committed no-op; entry 2 is the client's x=1, waiting for a majority.
        const auto logEntry = [tree](const QString &index) -> QTreeWidgetItem * {
            for (auto *item : tree->findItems(index, Qt::MatchExactly | Qt::MatchRecursive))
                if (item->parent() && item->parent()->text(0).startsWith(QStringLiteral("Log")))
                    return item;
            return nullptr;
        };
        auto *entry = logEntry(QStringLiteral("2"));
        QVERIFY(entry && logEntry(QStringLiteral("1")));
        QCOMPARE(entry->background(0).color(), LessonHighlight::background());
        QVERIFY(logEntry(QStringLiteral("1"))->background(0).color() != LessonHighlight::background());
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(entry).center());
        const auto &record = controller.lessonPlayer()->records().back();
        QVERIFY(record.learnerAnswer);
        QCOMPARE(record.learnerAnswer->node, 1);
        QCOMPARE(record.learnerAnswer->index, 2);
        playOut(controller);
        QCOMPARE(controller.lessonPlayer()->state(), cs::StepState::Revealed);
        QCOMPARE(controller.present().now(), 1012246);
        QCOMPARE(window->lessonDock()->stepView()->verdictText(), QStringLiteral("\u2714 Right!"));
    }

    // A message prediction is answered by clicking a message in flight in the cluster view.
    void aMessageIsPickedInTheClusterView()
    {
        const std::string text = R"({"format": "clusterscope-lesson", "version": 1, "id": "message-test", "topic": "raft",
            "title": {"en": "T", "zh_CN": "T"}, "summary": {"en": "S", "zh_CN": "S"},
            "scenario": {"name": "n", "protocol": "raft", "seed": 5, "until": "10s", "network": {"nodes": 5}},
            "steps": [
              {"kind": "narrate", "text": {"en": "Wait.", "zh_CN": "等待。"}, "until": {"time": "183ms"}},
              {"kind": "predict", "text": {"en": "Which kind arrives next?", "zh_CN": "下一个到达的是哪种消息？"},
               "pick": "message", "reveal": {"delivered": "any"}},
              {"kind": "narrate", "text": {"en": "End.", "zh_CN": "结束。"}}]})";
        const cs::ProtocolLookup lookup = [](std::string_view name) { return cs::findProtocol(name); };
        const cs::ScenarioLoader none = [](const std::string &) -> cs::Scenario { throw cs::InputError("none"); };
        auto lesson = std::make_shared<const cs::Lesson>(cs::parseLessonBytes(text, "message-test", lookup, none));
        auto window = GuiTest::openMainWindow();
        QVERIFY(window);
        auto &controller = window->controller();
        QVERIFY(controller.openLesson(lesson, 1));
        const auto messages = controller.present().inFlight();
        QVERIFY(!messages.empty());
        const auto *layer = window->clusterView()->clusterScene()->messageLayer();
        const auto where = GuiTest::viewPoint(*window, layer->positionOf(*messages.front()));
        QTest::mouseClick(window->clusterView()->viewport(), Qt::LeftButton, {}, where);
        const auto &record = controller.lessonPlayer()->records().back();
        QVERIFY(record.learnerAnswer);
        QCOMPARE(QString::fromStdString(record.learnerAnswer->message), QStringLiteral("RequestVote"));
        playOut(controller);
        QCOMPARE(controller.lessonPlayer()->state(), cs::StepState::Revealed);
        QCOMPARE(QString::fromStdString(record.engineAnswer->message), QStringLiteral("RequestVote"));
        QCOMPARE(window->lessonDock()->stepView()->verdictText(), QStringLiteral("\u2714 Right!"));
    }

    // The step's highlights reach every view; other nodes and steps are not highlighted.
    void highlightsAreDrawn()
    {
        auto window = GuiTest::openMainWindow();
        QVERIFY(window);
        QVERIFY(!nodeItem(*window, 1)->highlighted());
        QVERIFY(window->openLesson(kRaft, 4, true).isEmpty());
        for (cs::NodeId node : {1, 2, 3})
            QVERIFY(nodeItem(*window, node)->highlighted());
        QVERIFY(!nodeItem(*window, 4)->highlighted());
        QVERIFY(!nodeItem(*window, 5)->highlighted());
        QCOMPARE(window->spaceTime()->diagram()->highlightedSpanCount(), std::size_t(0));
        // Step 3 points at RequestVote: the diagram's recorded RequestVotes and those in flight.
        QVERIFY(window->openLesson(kRaft, 3, true).isEmpty());
        QVERIFY(!nodeItem(*window, 1)->highlighted());
        window->controller().advanceTo(183 * cs::kMillisecond);
        QCOMPARE(window->spaceTime()->diagram()->highlightedSpanCount(), std::size_t(4));
        QCOMPARE(window->clusterView()->clusterScene()->messageLayer()->highlightedCount(), std::size_t(4));
        // The leader of step 6 is resolved to node 1 when the step begins.
        QVERIFY(window->openLesson(kRaft, 6, true).isEmpty());
        QVERIFY(nodeItem(*window, 1)->highlighted());
        QVERIFY(!nodeItem(*window, 2)->highlighted());
        window->controller().closeLesson();
        QVERIFY(!nodeItem(*window, 1)->highlighted());
        QVERIFY(!window->lessonDock()->isVisible());
    }

    // Progress is remembered across windows; the browser shows it and resumes there.
    void progressIsRemembered()
    {
        {
            auto window = GuiTest::openMainWindow();
            QVERIFY(window);
            QVERIFY(window->openLesson(kRaft, 1, true).isEmpty());
            QTest::keyClick(window.get(), Qt::Key_Space);
            QTest::keyClick(window.get(), Qt::Key_PageDown);
            playOut(window->controller());
            QTest::keyClick(window.get(), Qt::Key_Right);
            QCOMPARE(window->controller().lessonPlayer()->stepIndex(), 2u);
        }
        QCOMPARE(LessonProgress::describe(kRaft, 11), QStringLiteral("Step 3 of 11"));
        auto window = GuiTest::openMainWindow();
        QVERIFY(window);
        LessonBrowser browser(window.get());
        QTreeWidgetItem *raft = nullptr;
        for (auto *item : browser.tree()->findItems(QStringLiteral("Raft: electing"), Qt::MatchStartsWith | Qt::MatchRecursive))
            raft = item;
        QVERIFY(raft);
        QCOMPARE(raft->text(1), QStringLiteral("Step 3 of 11"));
        QCOMPARE(raft->parent()->text(0), QStringLiteral("Raft"));
        browser.tree()->setCurrentItem(raft);
        auto *resume = browser.findChild<QPushButton *>(QStringLiteral("lessonResume"));
        QVERIFY(resume->isEnabled());
        QCOMPARE(resume->text(), QStringLiteral("Resume at step 3"));
        QTest::mouseClick(resume, Qt::LeftButton);
        QCOMPARE(browser.chosenId(), kRaft);
        QCOMPARE(browser.chosenStep(), 2);
    }

    void badLinksNameWhatIsWrong()
    {
        auto window = GuiTest::openMainWindow();
        QVERIFY(window);
        // Other lessons join the list as they are written.
        const auto unknown = window->openLesson(QStringLiteral("raft-electoin"), 1, true);
        QVERIFY2(unknown.startsWith(QStringLiteral("No lesson \"raft-electoin\"; the lessons are: "))
                     && unknown.contains(QStringLiteral(" raft-election")) && unknown.endsWith(QLatin1Char('.')),
                 qPrintable(unknown));
        QVERIFY(!window->controller().lessonPlayer());
        QCOMPARE(window->openLesson(kRaft, 12, true),
                 QStringLiteral("Lesson \"raft-election\" has steps 1 to 11; there is no step 12."));
        QProcess app;
        app.start(QStringLiteral(CS_BINARY_DIR "/clusterscope"),
                  {QStringLiteral("--lesson"), QStringLiteral("nope"), QStringLiteral("--screenshot"),
                   QDir::temp().filePath(QStringLiteral("tst_lessondock.png"))});
        QVERIFY(app.waitForFinished(30000));
        QCOMPARE(app.exitCode(), 2);
        const auto error = app.readAllStandardError();
        QVERIFY2(error.contains("clusterscope: No lesson \"nope\"; the lessons are: ") && error.contains("raft-election"),
                 error.constData());
    }

    // In Chinese, the dock's words and the lesson's own texts are Chinese.
    void chineseTextIsShown()
    {
        QTranslator chinese;
        QVERIFY(chinese.load(QStringLiteral(CS_BINARY_DIR "/../app/gui/clusterscope_zh_CN.qm")));
        QCoreApplication::installTranslator(&chinese);
        auto window = GuiTest::openMainWindow();
        QVERIFY(window);
        QVERIFY(window->openLesson(kRaft, 4, true).isEmpty());
        auto *dock = window->lessonDock();
        QCOMPARE(dock->progressLabel()->text(), QStringLiteral("第 4 步，共 11 步"));
        QVERIFY(dock->narration()->text().startsWith(QStringLiteral("另一个节点在第一个候选者的请求到达之前")));
        QCOMPARE(dock->stepView()->findChild<QPushButton *>(QStringLiteral("choice-term2"))->accessibleName(),
                 QStringLiteral("谁也得不到多数票；任期 2 开始新的选举。"));
        QCOMPARE(dock->backButton()->text(), QStringLiteral("\u25C0 返回上一步"));
        QCoreApplication::removeTranslator(&chinese);
    }
};

QTEST_MAIN(TestLessonDock)
#include "tst_lessondock.moc"
