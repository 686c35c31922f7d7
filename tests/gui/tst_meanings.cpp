#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QStandardPaths>
#include <QStatusBar>
#include <QXmlStreamReader>
#include <QtTest>

#include <map>
#include <set>

#include "guitesthelpers.h"
#include "registry.h"
#include "timelinedock.h"

// What each protocol declares its notes to mean drives the run-until actions, the timeline's markers
// and jump-to, and their words; a cluster that can never elect or decide stops at the stated bound.
class TestMeanings : public QObject
{
    Q_OBJECT

    std::unique_ptr<MainWindow> mWindow;
    SimulationController &controller() { return mWindow->controller(); }
    QAction *action(const char *name) { return mWindow->action(QString::fromLatin1(name)); }

    void load(const QString &protocol)
    {
        const auto *found = cs::findProtocol(protocol.toStdString());
        QVERIFY(found);
        controller().load(cs::defaultScenario(*found));
    }

    // Runs a script of user actions and returns what happened: "L@t" / "M@t" where run-until
    // stopped at its event, "L!t" / "M!t" where it gave up (and said so), "L-" where the action is
    // disabled. Steps: L, M (run until leader, decision), C (client request), K<n> (crash node n),
    // T<time> (run to that time).
    QString play(const QString &script)
    {
        QStringList observed;
        for (const auto &step : script.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const QChar kind = step.front();
            if (kind == QLatin1Char('L') || kind == QLatin1Char('M')) {
                auto *run = action(kind == QLatin1Char('L') ? "untilLeader" : "untilCommit");
                if (!run->isEnabled()) {
                    observed << step + QStringLiteral("-");
                    continue;
                }
                QSignalSpy gaveUpSpy(&controller(), &SimulationController::runUntilGaveUp);
                run->trigger();
                const bool gaveUp = !gaveUpSpy.isEmpty();
                observed << step + (gaveUp ? QStringLiteral("!") : QStringLiteral("@"))
                                + QString::fromStdString(cs::formatDuration(controller().present().now()))
                                + (gaveUp ? QString() : QStringLiteral(" (%1)").arg(notesOfLastStep()));
            } else if (kind == QLatin1Char('C')) {
                action("clientRequest")->trigger();
            } else if (kind == QLatin1Char('K')) {
                controller().crash(step.mid(1).toInt());
            } else if (kind == QLatin1Char('T')) {
                controller().advanceTo(cs::parseDuration(step.mid(1).toStdString()).value());
            }
        }
        return observed.join(QLatin1Char(' '));
    }

    // The notes the last step wrote, as the event log words them.
    QString notesOfLastStep()
    {
        const auto &recorder = controller().recorder();
        QStringList notes;
        const auto from = controller().eventsAtStep(controller().present().steps() - 1);
        for (auto i = from; i < recorder.size(); ++i) {
            if (recorder.events()[i].kind == cs::TraceKind::Note)
                notes << QString::fromStdString(recorder.describe(i));
        }
        return notes.join(QStringLiteral("; "));
    }

    // The timeline's leader (E) and decision (D) markers, in order.
    QString markers()
    {
        QStringList list;
        for (const auto &marker : mWindow->timeline()->timeline()->markers()) {
            const auto time = QString::fromStdString(cs::formatDuration(marker.at));
            if (marker.kind == TimelineWidget::MarkerKind::Election)
                list << QStringLiteral("E@") + time;
            else if (marker.kind == TimelineWidget::MarkerKind::Commit)
                list << QStringLiteral("D@") + time;
        }
        return list.join(QLatin1Char(' '));
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        mWindow = GuiTest::openMainWindow();
        QVERIFY(mWindow);
    }

    void cleanup() { mWindow.reset(); }

    // Each stop shows the notes its step wrote: the declared note is among them, at the exact time.
    void runUntilStopsAtTheDeclaredEvent_data()
    {
        QTest::addColumn<QString>("protocol");
        QTest::addColumn<QString>("script");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("expectedMarkers");
        QTest::newRow("raft") << "raft" << "L C M M T1s"
                                   << "L@199.628ms (n1 role leader term=1; n1 append \"\" index=1 term=1) "
                                      "M@214.912ms (n1 commit index=1; n1 apply \"\" index=1 term=1) "
                                      "M@215.379ms (n1 commit index=2; n1 apply x1=1 index=2 term=1)"
                                   << "E@199.628ms D@214.912ms D@215.379ms";
        QTest::newRow("raft-unsafe-commit") << "raft-unsafe-commit" << "L C M"
                                   << "L@199.628ms (n1 role leader term=1) "
                                      "M@215.379ms (n1 commit index=1; n1 apply x1=1 index=1 term=1)"
                                   << "E@199.628ms D@215.379ms";
        QTest::newRow("multipaxos") << "multipaxos" << "L C M C M T1s"
                                   << "L@199.628ms (n1 role leader round=1) "
                                      "M@217.826ms (n1 chosen x1=1 ballot=1001 slot=1; n1 learn x1=1 slot=1) "
                                      "M@233.016ms (n1 chosen x2=2 ballot=1001 slot=2; n1 learn x2=2 slot=2)"
                                   << "E@199.628ms D@217.826ms D@233.016ms";
        QTest::newRow("zab") << "zab" << "L C M T1s"
                                   << "L@105.187ms (n3 established epoch=1 historyLength=0) "
                                      "M@120.108ms (n3 commit zxid=4294967297; n3 deliver x1=1 zxid=4294967297)"
                                   << "E@105.187ms D@120.108ms";
        QTest::newRow("zab-broadcast-before-sync") << "zab-broadcast-before-sync" << "L C M"
                                   << "L@73.504ms (n3 sync \"\" epoch=1 historyLength=0; n3 established epoch=1 historyLength=0) "
                                      "M@86.706ms (n3 commit zxid=4294967297; n3 deliver x1=1 zxid=4294967297)"
                                   << "E@73.504ms D@86.706ms";
        QTest::newRow("bully") << "bully" << "K5 L T1s K4 M T3s"
                                   << "L@68.457ms (n4 role coordinator round=2; n4 victory round=2 messages=7; n4 belief coordinator=4) "
                                      "M@1.433648s (n3 role coordinator round=3; n3 victory round=3 messages=8; n3 belief coordinator=3)"
                                   << "E@0us D@0us E@68.457ms D@68.457ms E@1.433648s D@1.433648s";
        QTest::newRow("bully-ignores-answers") << "bully-ignores-answers" << "K5 L M"
                                   << "L@67.935ms (n2 role coordinator round=2; n2 victory round=2 messages=7; n2 belief coordinator=2) "
                                      "M@68.457ms (n4 role coordinator round=2; n4 victory round=2 messages=7; n4 belief coordinator=4)"
                                   << "E@0us D@0us E@67.935ms D@67.935ms E@68.457ms D@68.457ms";
        QTest::newRow("paxos") << "paxos" << "C L M T1s"
                                   << "L@17.125ms (n1 propose x1=1 ballot=1001) "
                                      "M@35.144ms (n1 chosen x1=1 ballot=1001; n1 learn x1=1)"
                                   << "E@17.125ms D@35.144ms";
        QTest::newRow("paxos-forgetful-acceptor") << "paxos-forgetful-acceptor" << "C L M"
                                   << "L@17.125ms (n1 propose x1=1 ballot=1001) "
                                      "M@35.144ms (n1 chosen x1=1 ballot=1001; n1 learn x1=1)"
                                   << "E@17.125ms D@35.144ms";
        QTest::newRow("2pc") << "2pc" << "L C M C M T1s"
                                   << "L- M@17.33ms (n1 decide commit tx=1 yesVotes=3 participants=3 reason=0) "
                                      "M@50.525ms (n1 decide commit tx=2 yesVotes=3 participants=3 reason=0)"
                                   << "D@17.33ms D@50.525ms";
        QTest::newRow("3pc") << "3pc" << "C M T1s"
                                   << "M@33.33ms (n1 decide commit tx=1 yesVotes=3 participants=3 reason=0)"
                                   << "D@33.33ms";
        // The coordinator crashes before it decides; node 2 runs the termination protocol and aborts.
        QTest::newRow("3pc termination") << "3pc" << "C T8ms K1 L T2s"
                                   << "L@557.936ms (n2 termination 2:ready 3:ready 4:ready tx=1; n2 decide abort tx=1 yesVotes=0 participants=3 reason=2; n2 outcome abort tx=1; n2 lock released tx=1)"
                                   << "E@557.936ms D@557.936ms";
    }

    void runUntilStopsAtTheDeclaredEvent()
    {
        QFETCH(QString, protocol);
        QFETCH(QString, script);
        QFETCH(QString, expected);
        QFETCH(QString, expectedMarkers);
        load(protocol);
        QCOMPARE(play(script), expected);
        QCOMPARE(markers(), expectedMarkers);
    }

    // A cluster that can never elect or decide: run-until stops at the bound and says so.
    void runUntilGivesUpAtTheBound_data()
    {
        QTest::addColumn<QString>("protocol");
        QTest::addColumn<QString>("script");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("message");
        QTest::newRow("raft, all down") << "raft" << "K1 K2 K3 K4 K5 L M" << "L!60.000005s M!120.000005s"
                                        << "Nothing was committed in 60s of virtual time; stopped at 120.000005s.";
        QTest::newRow("raft, a minority") << "raft" << "K1 K2 K3 L" << "L!60.000003s"
                                          << "No leader was elected in 60s of virtual time; stopped at 60.000003s.";
        QTest::newRow("multipaxos, all down") << "multipaxos" << "K1 K2 K3 K4 K5 M" << "M!60.000005s"
                                              << "No value was chosen in 60s of virtual time; stopped at 60.000005s.";
        QTest::newRow("zab, all down") << "zab" << "K1 K2 K3 L" << "L!60.000003s"
                                       << "No leader was established in 60s of virtual time; stopped at 60.000003s.";
        QTest::newRow("bully, all down") << "bully" << "K1 K2 K3 K4 K5 L M" << "L!60.000005s M!120.000005s"
                                         << "No victory was announced in 60s of virtual time; stopped at 120.000005s.";
        QTest::newRow("paxos, no proposal") << "paxos" << "L M" << "L!60s M!120s"
                                            << "No value was chosen in 60s of virtual time; stopped at 120s.";
        QTest::newRow("2pc, no transaction") << "2pc" << "L M" << "L- M!60s"
                                             << "Nothing was decided in 60s of virtual time; stopped at 60s.";
        QTest::newRow("3pc, all down") << "3pc" << "K1 K2 K3 K4 L" << "L!60.000004s"
                                       << "No node ran the termination protocol in 60s of virtual time; stopped at 60.000004s.";
    }

    void runUntilGivesUpAtTheBound()
    {
        QFETCH(QString, protocol);
        QFETCH(QString, script);
        QFETCH(QString, expected);
        QFETCH(QString, message);
        load(protocol);
        QCOMPARE(controller().runUntilBound(), 60 * cs::kSecond);
        QCOMPARE(play(script), expected);
        QCOMPARE(mWindow->statusBar()->currentMessage(), message);
    }

    void theBoundGrowsWithTheLongestTimeout()
    {
        load(QStringLiteral("raft"));
        controller().setParameter("electionTimeoutMax", 10 * cs::kSecond);
        QCOMPARE(controller().runUntilBound(), 200 * cs::kSecond);
        QCOMPARE(play(QStringLiteral("K1 K2 K3 K4 K5 L")), QStringLiteral("L!200.000006s"));
    }

    void actionsSpeakTheProtocolsWords_data()
    {
        QTest::addColumn<QString>("protocol");
        QTest::addColumn<QString>("leader");
        QTest::addColumn<QString>("decision");
        QTest::addColumn<QString>("client");
        QTest::addColumn<QStringList>("jumpTo");
        const QStringList common{"Crashes", "Restarts", "Cuts and heals"};
        QTest::newRow("raft") << "raft" << "Run until a leader is elected" << "Run until the next commit"
                              << "Client request to the leader" << (common + QStringList{"Elections", "Commits", "Violations"});
        QTest::newRow("multipaxos") << "multipaxos" << "Run until a leader is elected" << "Run until the next value is chosen"
                                    << "Client request to the leader"
                                    << (common + QStringList{"Elections", "Values chosen", "Violations"});
        QTest::newRow("zab") << "zab" << "Run until a leader is established" << "Run until the next commit"
                             << "Client request to the leader"
                             << (common + QStringList{"Leaders established", "Commits", "Violations"});
        QTest::newRow("bully") << "bully" << "Run until a coordinator is elected" << "Run until the next victory is announced"
                               << "-" << (common + QStringList{"Coordinators elected", "Victories", "Violations"});
        QTest::newRow("paxos") << "paxos" << "Run until a proposer wins its prepare phase" << "Run until a value is chosen"
                               << "Propose a value" << (common + QStringList{"Prepare phases won", "Value chosen", "Violations"});
        QTest::newRow("2pc") << "2pc" << "-" << "Run until the next decision" << "Start a client transaction"
                             << (common + QStringList{"Decisions", "Violations"});
        QTest::newRow("3pc") << "3pc" << "Run until a node terminates a transaction" << "Run until the next decision"
                             << "Start a client transaction" << (common + QStringList{"Terminations", "Decisions", "Violations"});
    }

    void actionsSpeakTheProtocolsWords()
    {
        QFETCH(QString, protocol);
        QFETCH(QString, leader);
        QFETCH(QString, decision);
        QFETCH(QString, client);
        QFETCH(QStringList, jumpTo);
        load(protocol);
        // "-" for a disabled action.
        const auto words = [](QAction *shown) { return shown->isEnabled() ? shown->text() : QStringLiteral("-"); };
        QCOMPARE(words(action("untilLeader")), leader);
        QCOMPARE(words(action("untilCommit")), decision);
        QCOMPARE(words(action("clientRequest")), client);
        auto *kinds = mWindow->timeline()->markerKind();
        QStringList shown;
        for (int i = 0; i < kinds->count(); ++i)
            shown << kinds->itemText(i);
        QCOMPARE(shown, jumpTo);
    }

    void jumpToMovesBetweenTheDeclaredMarkers()
    {
        load(QStringLiteral("raft"));
        play(QStringLiteral("L C M M T1s"));
        auto *kinds = mWindow->timeline()->markerKind();
        kinds->setCurrentIndex(kinds->findText(QStringLiteral("Commits")));
        mWindow->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(mWindow.get()));
        QTest::keyClick(mWindow.get(), Qt::Key_Left, Qt::ControlModifier);
        QCOMPARE(controller().displayTime(), 215.379 * cs::kMillisecond);
        QTest::keyClick(mWindow.get(), Qt::Key_Left, Qt::ControlModifier);
        QCOMPARE(controller().displayTime(), 214.912 * cs::kMillisecond);
        kinds->setCurrentIndex(kinds->findText(QStringLiteral("Elections")));
        QTest::keyClick(mWindow.get(), Qt::Key_Left, Qt::ControlModifier);
        QCOMPARE(controller().displayTime(), 199.628 * cs::kMillisecond);
        kinds->setCurrentIndex(kinds->findText(QStringLiteral("Commits")));
        QTest::keyClick(mWindow.get(), Qt::Key_Right, Qt::ControlModifier);
        QCOMPARE(controller().displayTime(), 214.912 * cs::kMillisecond);
    }

    // Every word a protocol declares for views has a finished Simplified Chinese translation in the
    // "Protocol" context.
    void declaredWordsAreTranslated()
    {
        QFile file(QStringLiteral(CS_TEST_DATA_DIR "/../app/gui/translations/clusterscope_zh_CN.ts"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        std::set<QString> translated;
        QXmlStreamReader xml(&file);
        QString context, source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QStringLiteral("name"))
                context = xml.readElementText();
            else if (xml.name() == QStringLiteral("source"))
                source = xml.readElementText();
            else if (xml.name() == QStringLiteral("translation") && context == QStringLiteral("Protocol")
                     && xml.attributes().value(QStringLiteral("type")).isEmpty()) {
                if (!xml.readElementText().isEmpty())
                    translated.insert(source);
            }
        }
        QVERIFY(!xml.hasError());
        QStringList missing;
        for (const auto *protocol : cs::allProtocols()) {
            const auto &descriptor = protocol->descriptor();
            std::vector<std::string> words;
            if (!descriptor.view.clientRequest.empty())
                words.push_back(descriptor.view.clientRequest);
            for (const auto &meaning : descriptor.meanings) {
                if (meaning.meaning == cs::Meaning::Leader || meaning.meaning == cs::Meaning::Decision)
                    words.insert(words.end(), {meaning.words.runUntil, meaning.words.markers, meaning.words.nothing});
            }
            for (const auto &word : words) {
                if (!translated.contains(QString::fromStdString(word)))
                    missing << QString::fromStdString(descriptor.name + ": " + word);
            }
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
    }
};

QTEST_MAIN(TestMeanings)
#include "tst_meanings.moc"
