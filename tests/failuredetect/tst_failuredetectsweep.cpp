#include <QtTest>

#include "brokenvariants.h"
#include "goldenfile.h"
#include "registry.h"
#include "sweep.h"

using namespace cs;
using namespace cs::testing;

// Randomized faults over many seeds for each detector, then a crash once they stop: every live
// monitor suspects every crashed node within the quiet period (Crash Eventually Suspected); a
// detector that never suspects is caught.
class TestFailureDetectSweep : public QObject
{
    Q_OBJECT

    // Random faults until faultsEnd repairs everything, then one node crashes for good, so every
    // run leaves a crash for the live monitors to detect in the quiet phase.
    static SweepPlan plan(const Protocol &protocol, FaultMix mix, const std::string &detector, int retries)
    {
        SweepPlan plan{&protocol, mix, 45 * kSecond, [](int seed) { return 2 + seed % 4; }, {},
                       {{"detector", detector}, {"retries", std::to_string(retries)}}};
        plan.scenario = [plan](int seed) {
            auto scenario = sweepScenario(*plan.protocol, seed, plan.nodes(seed), plan.until, plan.mix, plan.settings);
            Input crash;
            crash.at = defaultFaultsEnd(plan.until) + (seed % 1000) * kMillisecond;
            crash.kind = InputKind::Crash;
            crash.node = 1 + seed % scenario.clusterSize();
            scenario.inputs.push_back(crash);
            std::stable_sort(scenario.inputs.begin(), scenario.inputs.end(),
                             [](const Input &a, const Input &b) { return a.at < b.at; });
            return scenario;
        };
        return plan;
    }

private slots:
    void completeness_data()
    {
        QTest::addColumn<QString>("detector");
        QTest::addColumn<int>("retries");
        QTest::addColumn<bool>("partitions");
        for (const char *detector : {"fixed", "phi-normal", "phi-logistic"}) {
            QTest::addRow("%s, crashes", detector) << QString::fromLatin1(detector) << 0 << false;
            QTest::addRow("%s, all faults, 2 retries", detector) << QString::fromLatin1(detector) << 2 << true;
        }
    }

    void completeness()
    {
        QFETCH(QString, detector);
        QFETCH(int, retries);
        QFETCH(bool, partitions);
        const auto result = runSweep(plan(*findProtocol("failure-detector"),
                                          partitions ? FaultMix::All : FaultMix::CrashesOnly,
                                          detector.toStdString(), retries),
                                     1, sweepSeeds(300));
        QVERIFY2(result.firstFailure.empty(), result.firstFailure.c_str());
        qInfo("%s", describeSweep(result).c_str());
    }

    void neverSuspectingIsCaught()
    {
        const auto result = runSweep(plan(detectorNeverSuspects(), FaultMix::CrashesOnly, "phi-normal", 0), 1, 60, false);
        const auto problem = caughtOnly(result, "Crash Eventually Suspected", 60);
        QVERIFY2(problem.empty(), problem.c_str());
    }
};

QTEST_GUILESS_MAIN(TestFailureDetectSweep)
#include "tst_failuredetectsweep.moc"
