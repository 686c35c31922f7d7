#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

// The clusterscope-cli verbs as a user runs them: exit statuses, summaries and messages.
class TestCli : public QObject
{
    Q_OBJECT

    struct Result
    {
        int status = -1;
        QString out;
        QString err;
    };

    static Result cli(const QStringList &arguments)
    {
        QProcess process;
        process.start(QStringLiteral(CS_BINARY_DIR "/clusterscope-cli"), arguments);
        process.waitForFinished(120000);
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
    }

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
        QTest::newRow("no verb") << QStringList{} << "clusterscope-cli: missing verb (run, replay, check, list or schema)";
        QTest::newRow("unknown verb")
            << QStringList{"frobnicate"} << "clusterscope-cli: unknown verb \"frobnicate\" (expected run, replay, check, list or schema)";
        QTest::newRow("unknown schema") << QStringList{"schema", "lesson"}
                                        << "clusterscope-cli: schema: expected \"scenario\" or \"trace\"";
        QTest::newRow("control characters in an argument")
            << QStringList{"frob\nni\x1b[2Jcate"}
            << "clusterscope-cli: unknown verb \"frob\\nni\\u001b[2Jcate\" (expected run, replay, check, list or schema)";
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
