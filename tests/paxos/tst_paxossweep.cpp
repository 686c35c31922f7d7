#include <QtTest>

#include "brokenvariants.h"
#include "goldenfile.h"
#include "registry.h"
#include "sweep.h"

using namespace cs;
using namespace cs::testing;

// Randomized crashes, partitions and loss over many seeds: Paxos never breaks a safety property,
// and once faults stop a value given to a proposer is chosen and learned by every live node within
// the bound; a proposer that never learns is caught.
class TestPaxosSweep : public QObject
{
    Q_OBJECT

    static SweepPlan plan(const Protocol &protocol, FaultMix mix)
    {
        return {&protocol, mix, 10 * kSecond, [](int seed) { return 3 + seed % 5; }, {}};
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
            runSweep(plan(*findProtocol("paxos"), partitions ? FaultMix::All : FaultMix::CrashesOnly), 1, sweepSeeds());
        QVERIFY2(result.firstFailure.empty(), result.firstFailure.c_str());
        qInfo("%s", describeSweep(result).c_str());
    }

    void proposerNeverLearningIsCaught()
    {
        const auto result = runSweep(plan(proposerNeverLearns(), FaultMix::All), 1, 200, false);
        const auto problem = caughtOnly(result, "Value Learned", 150);
        QVERIFY2(problem.empty(), problem.c_str());
    }
};

QTEST_GUILESS_MAIN(TestPaxosSweep)
#include "tst_paxossweep.moc"
