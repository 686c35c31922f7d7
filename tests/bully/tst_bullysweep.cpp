#include <QtTest>

#include "bullynode.h"
#include "faultschedule.h"
#include "goldenfile.h"
#include "recordedrun.h"
#include "registry.h"

using namespace cs;
using cs::testing::sweepSeeds;

// Randomized faults over many seeds: correct Bully never breaks its properties and, once faults
// stop, every node follows the highest id; the variant that ignores answers is caught.
class TestBullySweep : public QObject
{
    Q_OBJECT

    static Scenario scenarioFor(const char *protocol, int seed, FaultMix mix)
    {
        auto scenario = defaultScenario(*findProtocol(protocol));
        scenario.seed = static_cast<std::uint64_t>(seed);
        scenario.parameters[kParamNodes] = 2 + seed % 6;
        scenario.until = 12 * kSecond;
        scenario.faults = mix == FaultMix::All ? "random" : "crashes";
        scenario.inputs = randomFaultSchedule(scenario, defaultFaultsEnd(scenario.until), mix);
        return scenario;
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
            const auto reproduce = "clusterscope-cli run --protocol bully --nodes " + std::to_string(scenario.clusterSize())
                                   + " --seed " + std::to_string(seed) + " --until 12s --faults " + scenario.faults;
            if (!simulation.violations().empty()) {
                const auto &violation = simulation.violations().front();
                QFAIL(qPrintable(QString::fromStdString("seed " + std::to_string(seed) + ": " + violation.invariant
                                                        + ": " + violation.detail + "\nreproduce: " + reproduce)));
            }
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
