#include <QtTest>

#include "brokenvariants.h"
#include "goldenfile.h"
#include "registry.h"
#include "sweep.h"

using namespace cs;
using namespace cs::testing;

// Randomized faults (crashes, restarts, partitions, cut links, loss) over many seeds: no safety
// invariant may break, and once faults stop every client command is applied on every node within
// the bound; a leader that drops commands, and one that commits old-term entries, are caught.
class TestRaftSweep : public QObject
{
    Q_OBJECT

    static SweepPlan plan(const Protocol &protocol, FaultMix mix)
    {
        return {&protocol, mix, 8 * kSecond, [](int seed) { return 1 + 2 * (seed % 4) + (seed % 3 == 0 ? 1 : 0); }, {}};
    }

private slots:
    void safetyAndLiveness_data()
    {
        QTest::addColumn<bool>("partitions");
        QTest::newRow("crashes") << false;
        QTest::newRow("partitions and loss") << true;
    }

    void safetyAndLiveness()
    {
        QFETCH(bool, partitions);
        const auto result = runSweep(plan(*findProtocol("raft"), partitions ? FaultMix::All : FaultMix::CrashesOnly), 1,
                                     sweepSeeds());
        QVERIFY2(result.firstFailure.empty(), result.firstFailure.c_str());
        qInfo("%s", describeSweep(result).c_str());
    }

    void leaderDroppingCommandsIsCaught()
    {
        const auto result = runSweep(plan(leaderDropsCommands("raft"), FaultMix::All), 1, 200, false);
        const auto problem = caughtOnly(result, "Commands Applied", 150);
        QVERIFY2(problem.empty(), problem.c_str());
    }

    // The variant that commits old-term entries by counting replicas is flagged at its first bad
    // commit, in most random runs, whether or not anything is lost afterwards.
    void committingOldTermEntriesIsCaught()
    {
        const auto result = runSweep(plan(*findProtocol("raft-unsafe-commit"), FaultMix::All), 1, 300, false);
        qInfo("%s", describeSweep(result).c_str());
        const auto caught = result.runsBreaking.find("Leader Commits Own Term");
        QVERIFY2(caught != result.runsBreaking.end() && caught->second >= 150, describeSweep(result).c_str());
        for (const auto &[invariant, runs] : result.runsBreaking)
            QVERIFY2(runs <= caught->second, describeSweep(result).c_str());
    }
};

QTEST_GUILESS_MAIN(TestRaftSweep)
#include "tst_raftsweep.moc"
