#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "clirun.h"
#include "registry.h"
#include "tracefile.h"

using namespace cs::testing;

// The clusterscope-cli verbs as a user runs them: exit statuses, summaries and messages.
class TestCli : public QObject
{
    Q_OBJECT

    static CliOutcome cli(const QStringList &arguments) { return runCli(arguments); }

    QTemporaryDir mDir;

    QString path(const QString &name) const { return mDir.filePath(name); }

private slots:
    void listShowsParametersWithDefaultsAndRanges()
    {
        const auto result = cli({QStringLiteral("list")});
        QCOMPARE(result.status, 0);
        QVERIFY(result.out.contains(QStringLiteral("raft  Raft")));
        QVERIFY(result.out.contains(QStringLiteral("electionTimeoutMin    default 150ms, range 10ms to 60s")));
        QVERIFY(result.out.contains(QStringLiteral("nodes                 default 5, range 1 to 25")));
    }

    void runWritesATraceAndSummarizes()
    {
        const auto result = cli({"run", "--protocol", "raft", "--nodes", "5", "--seed", "42", "--until", "3s",
                                 "--out", path("run.json")});
        QCOMPARE(result.status, 0);
        QVERIFY2(result.out.contains(QStringLiteral("leaders:    node 4 at 168.785ms (term 1)\ncommits:    node 4 at 185.344ms (index 1)\n")), qPrintable(result.out));
        QVERIFY(result.out.contains(QStringLiteral("invariants: 0 violations")));
        QVERIFY(result.out.contains(QStringLiteral("messages:   ")));
        QVERIFY(QFileInfo::exists(path("run.json")));
    }

    // Under 40% loss that never stops, single-decree Paxos needs longer than any fixed bound to
    // learn (seed 73 learns well within 30 s); the run says liveness went unjudged instead of
    // reporting Value Learned. (Random faults set loss back to 0 when faults stop, so the sweeps
    // judge liveness, as their broken variants prove.)
    void livenessIsNotJudgedWhileLossNeverStops()
    {
        const QStringList lossy{"run", "--protocol", "paxos", "--nodes", "4", "--seed", "73", "--until", "5s",
                                "--faults", "random", "--set", "proposers=2", "--set", "loss=40",
                                "--out", path("lossy.json")};
        auto result = cli(lossy);
        QCOMPARE(result.status, 0);
        QVERIFY2(result.out.contains(QStringLiteral("liveness:   not judged: 40% message loss never stopped\n"
                                                    "invariants: 0 violations")),
                 qPrintable(result.out));
        result = cli({"check", path("lossy.json")});
        QCOMPARE(result.status, 0);

        result = cli({"run", "--protocol", "failure-detector", "--scenario",
                      QStringLiteral(CS_TEST_DATA_DIR "/../resources/scenarios/failure-detector-lossy.json")});
        QVERIFY2(result.out.contains(QStringLiteral("liveness:   not judged: 20% message loss never stopped")),
                 qPrintable(result.out));
    }

    // `run` streams its events to the file as it summarises them: the bytes are those of the
    // trace file form (a trace read back and written again is identical), and --out - gives the
    // same bytes on standard output.
    void aStreamedTraceIsTheTraceFileForm()
    {
        const QStringList command{"run", "--protocol", "zab", "--seed", "5", "--until", "3s", "--faults", "random"};
        QCOMPARE(cli(QStringList(command) << "--out" << path("streamed.json")).status, 0);
        QFile file(path("streamed.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto bytes = file.readAll().toStdString();
        const auto trace = cs::parseTrace(bytes, [](std::string_view name) { return cs::findProtocol(name); });
        QCOMPARE(cs::serializeTrace(trace), bytes);
        QVERIFY(trace.events.size() > 100);
        const auto piped = cli(QStringList(command) << "--out" << "-");
        QCOMPARE(piped.status, 0);
        QCOMPARE(piped.out.toStdString(), bytes);
        QVERIFY(piped.err.contains(QStringLiteral("invariants: 0 violations")));
    }

    void replayAndCheckAcceptTheirOwnTrace()
    {
        cli({"run", "--seed", "9", "--until", "4s", "--faults", "random", "--out", path("faulty.json")});
        auto result = cli({"replay", path("faulty.json")});
        QCOMPARE(result.status, 0);
        QVERIFY(result.out.contains(QStringLiteral("replay identical")));
        result = cli({"check", path("faulty.json")});
        QCOMPARE(result.status, 0);
        QVERIFY(result.out.contains(QStringLiteral(", 0 violations")));
    }

    void replayReportsTheFirstDifference()
    {
        cli({"run", "--seed", "9", "--until", "2s", "--out", path("tampered.json")});
        QFile file(path("tampered.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        auto text = QString::fromUtf8(file.readAll());
        file.close();
        QVERIFY(text.contains(QStringLiteral("\"granted\":true")));
        text.replace(QStringLiteral("\"granted\":true"), QStringLiteral("\"granted\":false"));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text.toUtf8());
        file.close();
        const auto result = cli({"replay", path("tampered.json")});
        QCOMPARE(result.status, 1);
        QVERIFY(result.out.contains(QStringLiteral("replay differs at events[")));
        QVERIFY(result.out.contains(QStringLiteral("recorded: ")));
    }

    void checkReportsAViolationAndExitsOne()
    {
        const auto result = cli({"run", "--protocol", "raft-unsafe-commit", "--scenario",
                                 QStringLiteral(CS_TEST_DATA_DIR "/../resources/scenarios/raft-unsafe-figure8.json"), "--out", path("unsafe.json")});
        QCOMPARE(result.status, 1);
        const auto check = cli({"check", path("unsafe.json")});
        QCOMPARE(check.status, 1);
        QVERIFY(check.out.contains(QStringLiteral("State Machine Safety")));
    }

    // A trace with register operations gets a Jepsen-style consistency result after the invariants;
    // a stale read edited into it is found, printed, written as JSON and exits 1.
    void checkJudgesConsistency()
    {
        const auto run = cli({"run", "--scenario", QStringLiteral(CS_TEST_DATA_DIR "/consistency/scenarios/raft-register.json"),
                              "--out", path("register.json")});
        QCOMPARE(run.status, 0);
        auto check = cli({"check", path("register.json"), "--consistency-json", path("register-result.json")});
        QVERIFY2(check.status == 0, qPrintable(check.out));
        QVERIFY2(check.out.contains(QStringLiteral("consistency: 4 register operations, valid? true\n  not: (none)\n"
                                                   "  also-not: (none)\n")),
                 qPrintable(check.out));
        QFile result(path("register-result.json"));
        QVERIFY(result.open(QIODevice::ReadOnly));
        QVERIFY(result.readAll().startsWith("{\n  \"valid\": true,\n  \"models\": {\n    \"linearizable\": \"holds\""));
        result.close();

        QFile file(path("register.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        auto text = QString::fromUtf8(file.readAll());
        file.close();
        const QString lastRead = QStringLiteral("\"client\":1,\"op\":4,\"result\":\"ok\",\"value\":\"2\"");
        QVERIFY2(text.contains(lastRead), qPrintable(text));
        text.replace(lastRead, QStringLiteral("\"client\":1,\"op\":4,\"result\":\"ok\",\"value\":\"1\""));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text.toUtf8());
        file.close();
        check = cli({"check", path("register.json"), "--consistency-json=" + path("register-result.json")});
        QCOMPARE(check.status, 1);
        QVERIFY2(check.out.contains(QStringLiteral("valid? false\n  bounded-staleness stale-read (operations 1 2 4): A read x=1 although B's write of x=2 completed before the read began\n")),
                 qPrintable(check.out));
        QVERIFY2(check.out.contains(QStringLiteral("  not: bounded-staleness\n  also-not: linearizable\n")), qPrintable(check.out));
        QVERIFY(result.open(QIODevice::ReadOnly));
        const auto json = QString::fromUtf8(result.readAll());
        QVERIFY2(json.contains(QStringLiteral("\"english\": \"A read x=1 after B's write of x=2 completed\"")), qPrintable(json));
    }

    // Every protocol's summary names its leaders and decisions, by what its descriptor declares.
    void summaryNamesLeadersAndDecisions_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("leaders");
        QTest::addColumn<QString>("decisions");
        QTest::newRow("raft") << "raft-leader-crash.json"
                              << "leaders:    node 1 at 235.705ms (term 1), node 5 at 2.279509s (term 2)"
                              << "commits:    node 1 at 250.548ms (index 1), node 1 at 516.197ms (index 2), node 1 at "
                                 "714.364ms (index 3), node 1 at 913.962ms (index 4), node 1 at 1.016415s (index 5), node 5 "
                                 "at 2.294492s (index 6), node 5 at 2.524967s (index 7), node 5 at 3.020439s (index 8) ... "
                                 "and 4 more";
        QTest::newRow("multipaxos")
            << R"({"protocol": "multipaxos", "seed": 3, "until": "1s", "inputs": [{"at": "400ms", "client": "x=1", "node": 3}, {"at": "400ms", "client": "y=2", "node": 3}]})"
            << "leaders:    node 3 at 187.73ms (round 1)"
            << R"(chosen:     node 3 at 414.174ms (slot 1, "x=1"), node 3 at 415.076ms (slot 2, "y=2"))";
        QTest::newRow("paxos") << "paxos-crossed-run.json"
                               << R"(prepared:   node 1 at 16.603ms (ballot 1001, "attack-time-1"), node 2 at 20.745ms (ballot 1002, "attack-time-2"), node 1 at 101.607ms (ballot 2001, "attack-time-2"))"
                               << R"(chosen:     node 2 at 40.148ms ("attack-time-2"))";
        QTest::newRow("zab") << "zab-three-servers.json" << "leaders:    node 3 at 105.187ms (epoch 1)"
                             << "commits:    node 3 at 312.62ms (zxid 4294967297), node 3 at 414.275ms (zxid 4294967298)";
        QTest::newRow("bully") << "bully-flapping.json"
                               << "coordinators: node 5 at 0us (round 1), node 4 at 866.757ms (round 3), node 5 at 1.5s "
                                  "(round 1), node 4 at 2.367071s (round 4), node 5 at 3s (round 1)"
                               << "victories:  node 5 at 0us (round 1), node 4 at 866.757ms (round 3), node 5 at 1.5s "
                                  "(round 1), node 4 at 2.367071s (round 4), node 5 at 3s (round 1)";
        QTest::newRow("2pc") << "2pc-coordinator-crash.json" << "" << R"(decisions:  node 1 at 2s (tx 1, "abort"))";
        // Both sides of the partition decide; the conflicting second decision is news too.
        QTest::newRow("3pc") << "3pc-partition.json"
                             << R"(terminations: node 1 at 367.329ms (tx 1, "1:precommit 2:precommit"), node 3 at 558.667ms (tx 1, "3:ready 4:ready"))"
                             << R"(decisions:  node 1 at 517.329ms (tx 1, "commit"), node 3 at 558.667ms (tx 1, "abort"))";
    }

    void summaryNamesLeadersAndDecisions()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, leaders);
        QFETCH(QString, decisions);
        QString file = QStringLiteral(CS_TEST_DATA_DIR "/../resources/scenarios/") + scenario;
        if (scenario.startsWith(QLatin1Char('{'))) {
            file = path(QStringLiteral("inline.json"));
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(scenario.toUtf8());
        }
        const auto result = cli({"run", "--scenario", file});
        // 3PC's partition breaks Atomic Agreement, which makes the run exit 1.
        QCOMPARE(result.status, scenario.startsWith(QStringLiteral("3pc")) ? 1 : 0);
        const auto lines = result.out.split(QLatin1Char('\n'));
        // The second line names the leaders (2PC declares none), the next the decisions.
        const int first = leaders.isEmpty() ? 1 : 2;
        if (!leaders.isEmpty())
            QCOMPARE(lines.value(1), leaders);
        QCOMPARE(lines.value(first), decisions);
    }

    void traceToStandardOutput()
    {
        const auto result = cli({"run", "--until", "1s", "--out", "-"});
        QCOMPARE(result.status, 0);
        QVERIFY(result.out.startsWith(QStringLiteral("{\n  \"format\": \"clusterscope-trace\"")));
        QVERIFY(result.err.contains(QStringLiteral("leaders:")));
    }

    void badInputExitsTwoWithOneLine_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no verb") << QStringList{} << "clusterscope-cli: missing verb (run, replay, check, list, schema or lesson)";
        QTest::newRow("unknown verb")
            << QStringList{"frobnicate"} << "clusterscope-cli: unknown verb \"frobnicate\" (expected run, replay, check, list, schema or lesson)";
        QTest::newRow("unknown schema") << QStringList{"schema", "lessons"}
                                        << "clusterscope-cli: schema: expected \"scenario\", \"trace\" or \"lesson\"";
        QTest::newRow("control characters in an argument")
            << QStringList{"frob\nni\x1b[2Jcate"}
            << "clusterscope-cli: unknown verb \"frob\\nni\\u001b[2Jcate\" (expected run, replay, check, list, schema or lesson)";
        QTest::newRow("unknown option") << QStringList{"run", "--bogus"} << "clusterscope-cli: unknown option --bogus";
        QTest::newRow("nodes out of range") << QStringList{"run", "--nodes", "0"}
                                            << "clusterscope-cli: --nodes: expected an integer from 1 to 25, got \"0\"";
        QTest::newRow("nodes not a number") << QStringList{"run", "--nodes=five"}
                                            << "clusterscope-cli: --nodes: expected an integer from 1 to 25, got \"five\"";
        QTest::newRow("bad duration") << QStringList{"run", "--until", "10parsecs"}
                                      << "clusterscope-cli: --until: expected a duration up to 24h such as \"10s\", got \"10parsecs\"";
        QTest::newRow("missing value") << QStringList{"run", "--seed"} << "clusterscope-cli: --seed: missing value";
        QTest::newRow("unknown protocol") << QStringList{"run", "--protocol", "gossip"}
                                          << "clusterscope-cli: --protocol: unknown protocol \"gossip\" (see clusterscope-cli list)";
        QTest::newRow("bad faults") << QStringList{"run", "--faults", "many"}
                                    << "clusterscope-cli: --faults: expected none, random or crashes, got \"many\"";
        QTest::newRow("bad set") << QStringList{"run", "--set", "loss=200"}
                                 << "clusterscope-cli: --set loss: expected an integer from 0 to 100, got \"200\"";
        QTest::newRow("missing trace") << QStringList{"replay"} << "clusterscope-cli: replay: missing trace file";
        QTest::newRow("consistency json without a file")
            << QStringList{"check", "trace.json", "--consistency-json"} << "clusterscope-cli: --consistency-json: missing value";
        QTest::newRow("consistency json for run")
            << QStringList{"run", "--consistency-json", "x.json"} << "clusterscope-cli: unknown option --consistency-json";
        QTest::newRow("unwritable output") << QStringList{"run", "--until", "1s", "--out", "/nonexistent-dir/x.json"}
                                           << "clusterscope-cli: /nonexistent-dir/x.json: cannot write:";
        QTest::newRow("bad trace file")
            << QStringList{"check", QStringLiteral(CS_TEST_DATA_DIR "/trace/badinput/trace-version-2.json")}
            << "clusterscope-cli: " CS_TEST_DATA_DIR "/trace/badinput/trace-version-2.json: version: version 2 is not "
               "supported; this build reads \"clusterscope-trace\" version 1";
    }

    void badInputExitsTwoWithOneLine()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const auto result = cli(arguments);
        QCOMPARE(result.status, 2);
        QVERIFY2(result.err.startsWith(message), qPrintable(result.err));
        if (!arguments.isEmpty())
            QCOMPARE(result.err.count(QLatin1Char('\n')), 1);
    }

    // Every hostile file of tests/trace/badinput: status 2 and exactly its expected line, naming the
    // file; scenarios through run --scenario, traces through check and replay.
    void everyBadFileExitsTwoWithItsLine_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QDir dir(QStringLiteral(CS_TEST_DATA_DIR "/trace/badinput"));
        QFile manifest(dir.filePath(QStringLiteral("expected.txt")));
        QVERIFY(manifest.open(QIODevice::ReadOnly | QIODevice::Text));
        int rows = 0;
        while (!manifest.atEnd()) {
            const auto line = QString::fromUtf8(manifest.readLine()).chopped(1);
            const auto bar = line.indexOf(QStringLiteral(" | "));
            if (bar <= 0 || line.endsWith(QStringLiteral("| (accepted)")))
                continue;
            const auto path = dir.filePath(line.left(bar));
            const auto expected = QStringLiteral("clusterscope-cli: %1: %2\n").arg(path, line.mid(bar + 3));
            if (line.startsWith(QStringLiteral("scenario-"))) {
                QTest::newRow(qPrintable(line.left(bar)))
                    << QStringList{QStringLiteral("run"), QStringLiteral("--scenario"), path} << expected;
            } else {
                QTest::newRow(qPrintable(line.left(bar))) << QStringList{QStringLiteral("check"), path} << expected;
                QTest::newRow(qPrintable(QStringLiteral("replay ") + line.left(bar)))
                    << QStringList{QStringLiteral("replay"), path} << expected;
            }
            ++rows;
        }
        QVERIFY(rows >= 80);
    }

    void everyBadFileExitsTwoWithItsLine()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const auto result = cli(arguments);
        QCOMPARE(result.status, 2);
        QCOMPARE(result.err, message);
        QCOMPARE(result.out, QString());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
