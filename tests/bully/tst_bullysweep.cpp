#include <QtTest>

#include "brokenvariants.h"
#include "goldenfile.h"
#include "registry.h"
#include "sweep.h"

using namespace cs;
using namespace cs::testing;

// Randomized faults over many seeds: correct Bully never breaks its properties and, once faults
// stop, every live node follows the highest live id within the quiet period (Highest Live
// Coordinator); the variant that ignores answers and a highest node that never announces are caught.
class TestBullySweep : public QObject
{
    Q_OBJECT

    static SweepPlan plan(const Protocol &protocol, FaultMix mix)
    {
        return {&protocol, mix, 12 * kSecond, [](int seed) { return 2 + seed % 6; }, {}};
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
            runSweep(plan(*findProtocol("bully"), partitions ? FaultMix::All : FaultMix::CrashesOnly), 1, sweepSeeds());
        QVERIFY2(result.firstFailure.empty(), result.firstFailure.c_str());
        qInfo("%s", describeSweep(result).c_str());
    }

    void ignoringAnswersIsCaught()
    {
        const auto result = runSweep(plan(*findProtocol("bully-ignores-answers"), FaultMix::CrashesOnly), 1, 200, false);
        const auto problem = caughtOnly(result, "Victory Only Unanswered", 50);
        QVERIFY2(problem.empty(), problem.c_str());
    }

    void highestNeverAnnouncingIsCaught()
    {
        const auto result = runSweep(plan(highestNeverAnnounces(), FaultMix::All), 1, 200, false);
        const auto problem = caughtOnly(result, "Highest Live Coordinator", 100);
        QVERIFY2(problem.empty(), problem.c_str());
    }
};

QTEST_GUILESS_MAIN(TestBullySweep)
#include "tst_bullysweep.moc"
