#include <QtTest>

#include "faultschedule.h"
#include "goldenfile.h"
#include "paxosnode.h"
#include "recordedrun.h"
#include "registry.h"

using namespace cs;
using cs::testing::sweepSeeds;

// Randomized crashes, partitions and loss over many seeds: Paxos never breaks a safety property,
// and once faults stop, a value is chosen and every proposer learns it.
class TestPaxosSweep : public QObject
{
    Q_OBJECT

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
            auto scenario = defaultScenario(*findProtocol("paxos"));
            scenario.seed = static_cast<std::uint64_t>(seed);
            scenario.parameters[kParamNodes] = 3 + seed % 5;
            scenario.until = 10 * kSecond;
            scenario.faults = partitions ? "random" : "crashes";
            scenario.inputs = randomFaultSchedule(scenario, defaultFaultsEnd(scenario.until),
                                                  partitions ? FaultMix::All : FaultMix::CrashesOnly);
            RecordedRun run(scenario, false);
            run.runToEnd();
            const auto &simulation = run.simulation();
            const auto reproduce = "clusterscope-cli run --protocol paxos --nodes " + std::to_string(scenario.clusterSize())
                                   + " --seed " + std::to_string(seed) + " --until 10s --faults " + scenario.faults;
            if (!simulation.violations().empty()) {
                const auto &violation = simulation.violations().front();
                QFAIL(qPrintable(QString::fromStdString("seed " + std::to_string(seed) + ": " + violation.invariant + ": "
                                                        + violation.detail + "\nreproduce: " + reproduce)));
            }
            std::string learned;
            for (NodeId id = 1; id <= 2; ++id) {
                const auto &node = static_cast<const paxos::PaxosNode &>(simulation.node(id));
                if (node.durable().learned.empty())
                    QFAIL(qPrintable(QString::fromStdString("seed " + std::to_string(seed) + ": proposer "
                                                            + std::to_string(id) + " learned nothing\nreproduce: "
                                                            + reproduce)));
                if (!learned.empty())
                    QCOMPARE(node.durable().learned, learned);
                learned = node.durable().learned;
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestPaxosSweep)
#include "tst_paxossweep.moc"
