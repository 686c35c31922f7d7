#include <QtTest>

#include "brokenvariants.h"
#include "goldenfile.h"
#include "registry.h"
#include "sweep.h"

using namespace cs;
using namespace cs::testing;

// Randomized faults over many seeds: Multi-Paxos never breaks a per-slot safety property, and
// once faults stop every command given to the leader is learned by every node within the bound;
// a leader that drops commands is caught.
class TestMultiPaxosSweep : public QObject
{
    Q_OBJECT

    static SweepPlan plan(const Protocol &protocol, FaultMix mix)
    {
        return {&protocol, mix, 10 * kSecond, [](int seed) { return 3 + 2 * (seed % 2); }, {}};
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
        const auto result = runSweep(plan(*findProtocol("multipaxos"), partitions ? FaultMix::All : FaultMix::CrashesOnly),
                                     1, sweepSeeds());
        QVERIFY2(result.firstFailure.empty(), result.firstFailure.c_str());
        qInfo("%s", describeSweep(result).c_str());
    }

    void leaderDroppingCommandsIsCaught()
    {
        const auto result = runSweep(plan(leaderDropsCommands("multipaxos"), FaultMix::All), 1, 200, false);
        const auto problem = caughtOnly(result, "Commands Learned", 150);
        QVERIFY2(problem.empty(), problem.c_str());
    }
};

QTEST_GUILESS_MAIN(TestMultiPaxosSweep)
#include "tst_multipaxossweep.moc"
