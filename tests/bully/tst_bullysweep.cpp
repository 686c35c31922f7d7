#include <QtTest>

#include "bullynode.h"
#include "faultschedule.h"
#include "goldenfile.h"
#include "sweep.h"
#include "recordedrun.h"
#include "registry.h"

using namespace cs;
using namespace cs::testing;

// Randomized faults over many seeds: correct Bully never breaks its properties and, once faults
// stop, every node follows the highest id; the variant that ignores answers is caught.
class TestBullySweep : public QObject
{
    Q_OBJECT

    static Scenario scenarioFor(const char *protocol, int seed, FaultMix mix)
    {
        return sweepScenario(protocol, seed, 2 + seed % 6, 12 * kSecond, mix);
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
        for (int seed = 1; seed <= sweepSeeds(); ++seed) {
            const auto scenario = scenarioFor("bully", seed, partitions ? FaultMix::All : FaultMix::CrashesOnly);
            RecordedRun run(scenario, false);
            run.runToEnd();
            const auto &simulation = run.simulation();
            const auto reproduce = reproduceCommand(scenario);
            if (const auto failure = firstViolation(scenario, simulation); !failure.empty())
                QFAIL(failure.c_str());
            const NodeId highest = simulation.clusterSize();
            for (NodeId id = 1; id <= simulation.clusterSize(); ++id) {
                const auto &node = static_cast<const bully::BullyNode &>(simulation.node(id));
                if (node.coordinator() != highest)
                    QFAIL(qPrintable(QString::fromStdString("seed " + std::to_string(seed) + ": node " + std::to_string(id)
                                                            + " follows " + std::to_string(node.coordinator())
                                                            + " at the end\nreproduce: " + reproduce)));
            }
        }
    }

    void ignoringAnswersIsCaught()
    {
        int caught = 0;
        for (int seed = 1; seed <= 200; ++seed) {
            RecordedRun run(scenarioFor("bully-ignores-answers", seed, FaultMix::CrashesOnly), false);
            run.runToEnd();
            for (const auto &violation : run.simulation().violations()) {
                QCOMPARE(violation.invariant, std::string("Victory Only Unanswered"));
                ++caught;
            }
        }
        QVERIFY2(caught > 50, qPrintable(QString::number(caught)));
    }
};

QTEST_GUILESS_MAIN(TestBullySweep)
#include "tst_bullysweep.moc"
