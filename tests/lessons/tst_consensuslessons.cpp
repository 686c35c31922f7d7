#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "clirun.h"

namespace {

const QString kSource = QStringLiteral(CS_TEST_DATA_DIR "/..");

cs::testing::CliOutcome cli(const QStringList &arguments)
{
    return cs::testing::runCli(arguments, kSource);
}

// Runs the scenario a lesson embeds, with the scenario's inputs alone (no learner), and returns
// the CLI's summary.
cs::testing::CliOutcome runLessonScenario(const QString &id)
{
    QFile file(kSource + QStringLiteral("/resources/lessons/") + id + QStringLiteral(".json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const auto scenario = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("scenario")).toObject();
    QTemporaryDir dir;
    QFile out(dir.filePath(QStringLiteral("scenario.json")));
    if (!out.open(QIODevice::WriteOnly))
        return {};
    out.write(QJsonDocument(scenario).toJson());
    out.close();
    return cli({QStringLiteral("run"), QStringLiteral("--scenario"), out.fileName(), QStringLiteral("--out"),
                dir.filePath(QStringLiteral("trace.json"))});
}

} // namespace

// The consensus lessons (Paxos, Multi-Paxos, Raft log replication and Figure 8) reveal what their
// texts say at the moments a teacher sees, and the runs their texts describe happen as described.
class TestConsensusLessons : public QObject
{
    Q_OBJECT

private slots:
    void revealsAtExactTimes_data()
    {
        QTest::addColumn<QString>("lesson");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain run: the proposer knows first") << "paxos-basic" << 5
                                                              << "  5  predict  35.143ms  revealed node 1 (as stated)";
        QTest::newRow("plain run: officer 2 adopts dawn") << "paxos-basic" << 9
                                                          << "  9  predict  61.826ms  revealed choice dawn (as stated)";
        QTest::newRow("crossed run: general 4 refuses #1.1") << "paxos-crossed" << 5
                                                             << "  5  predict  29.091ms  revealed choice reject (as stated)";
        QTest::newRow("crossed run: officer 1 carries time 2") << "paxos-crossed" << 8
                                                               << "  8  predict  101.607ms revealed choice time2 (as stated)";
        QTest::newRow("duel: still undecided at 300 ms") << "paxos-livelock" << 5
                                                         << "  5  predict  300ms     revealed choice duel (as stated)";
        QTest::newRow("duel: the distinguished proposer decides") << "paxos-livelock" << 8
                                                                  << "  8  predict  375.789ms revealed node 1 (as stated)";
        QTest::newRow("multi-paxos: no prepare per command") << "multi-paxos" << 3
                                                             << "  3  predict  405.208ms revealed choice accept (as stated)";
        QTest::newRow("multi-paxos: slot 3 re-proposed") << "multi-paxos" << 8
                                                         << "  8  predict  853.226ms revealed choice z3 (as stated)";
        QTest::newRow("raft: three of five commit") << "raft-log-replication" << 6
                                                    << "  6  predict  1.014162s revealed choice yes (as stated)";
        QTest::newRow("raft: node 4 resumes at index 3") << "raft-log-replication" << 10
                                                         << "  10 predict  1.375516s revealed choice i3 (as stated)";
        QTest::newRow("figure 8: old entry committed by counting") << "raft-figure8" << 5
                                                                   << "  5  predict  1.822982s revealed choice commit (as stated)";
        QTest::newRow("figure 8: the committed entry is lost") << "raft-figure8" << 9
                                                               << "  9  predict  2.924402s revealed choice lost (as stated)";
    }

    void revealsAtExactTimes()
    {
        QFETCH(QString, lesson);
        QFETCH(int, line);
        QFETCH(QString, expected);
        const auto result = cli({QStringLiteral("lesson"), QStringLiteral("check"), lesson});
        QCOMPARE(result.status, 0);
        const auto lines = result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(line < lines.size());
        QCOMPARE(lines[line], expected);
    }

    // Left alone, the three officers duel until 858 ms, as the livelock lesson tells the learner.
    void theDuelLastsWithoutTheLearner()
    {
        const auto result = runLessonScenario(QStringLiteral("paxos-livelock"));
        QVERIFY2(result.out.contains(QStringLiteral("chosen:     node 1 at 858.261ms (\"retreat\")")), qPrintable(result.out));
    }

    // Without the learner's restart of node 5, the broken Raft of Figure 8 commits b=2 and keeps it:
    // the checker flags the bad commit itself, and nothing more; the learner's act is what lets the
    // stale leader win and lose a committed entry.
    void figureEightNeedsTheRestart()
    {
        const auto result = runLessonScenario(QStringLiteral("raft-figure8"));
        QCOMPARE(result.status, 1);
        QVERIFY2(result.out.contains(QStringLiteral("invariants: 1 violation\n")), qPrintable(result.out));
        QVERIFY2(result.out.contains(QStringLiteral("1.822982s  Leader Commits Own Term (node 1)")), qPrintable(result.out));
        QVERIFY2(result.out.contains(QStringLiteral("node 1 at 1.822982s (index 2)")), qPrintable(result.out));
    }

    // Without the learner's crash, slot 3 stays in flight: z=3 is never chosen.
    void slotThreeStaysInFlightWithoutTheCrash()
    {
        const auto result = runLessonScenario(QStringLiteral("multi-paxos"));
        QVERIFY2(result.out.contains(QStringLiteral("(slot 2, \"y=2\")\n")), qPrintable(result.out));
        QVERIFY2(!result.out.contains(QStringLiteral("slot 3")), qPrintable(result.out));
    }
};

QTEST_GUILESS_MAIN(TestConsensusLessons)
#include "tst_consensuslessons.moc"
