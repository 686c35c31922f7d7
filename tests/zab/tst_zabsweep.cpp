#include <QtTest>

#include "brokenvariants.h"
#include "goldenfile.h"
#include "registry.h"
#include "sweep.h"

using namespace cs;
using namespace cs::testing;

// Randomized faults over many seeds: ZAB never breaks its properties and, once faults stop, every
// proposal given to the established leader is delivered on every node within the bound; the
// variant that broadcasts before syncing and a leader that drops commands are caught.
class TestZabSweep : public QObject
{
    Q_OBJECT

    static SweepPlan plan(const Protocol &protocol, FaultMix mix)
    {
        return {&protocol, mix, 12 * kSecond, [](int seed) { return 3 + 2 * (seed % 2); }, {}};
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
        const auto result =
            runSweep(plan(*findProtocol("zab"), partitions ? FaultMix::All : FaultMix::CrashesOnly), 1, sweepSeeds());
        QVERIFY2(result.firstFailure.empty(), result.firstFailure.c_str());
        qInfo("%s", describeSweep(result).c_str());
    }

    void broadcastingBeforeSyncIsCaught()
    {
        const auto result = runSweep(plan(*findProtocol("zab-broadcast-before-sync"), FaultMix::CrashesOnly), 1, 200, false);
        QVERIFY2(result.runsBreaking.size() >= 1 && result.runsBreaking.begin()->second > 20, describeSweep(result).c_str());
    }

    void leaderDroppingCommandsIsCaught()
    {
        const auto result = runSweep(plan(leaderDropsCommands("zab"), FaultMix::All), 1, 200, false);
        const auto problem = caughtOnly(result, "Proposals Delivered", 150);
        QVERIFY2(problem.empty(), problem.c_str());
    }
};

QTEST_GUILESS_MAIN(TestZabSweep)
#include "tst_zabsweep.moc"
