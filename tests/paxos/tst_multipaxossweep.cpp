#include <QtTest>

#include "faultschedule.h"
#include "goldenfile.h"
#include "multipaxosnode.h"
#include "recordedrun.h"
#include "registry.h"

using namespace cs;
using cs::testing::sweepSeeds;

// Randomized faults over many seeds: Multi-Paxos never breaks a per-slot safety property, and
// once faults stop a leader holds a log with no holes.
class TestMultiPaxosSweep : public QObject
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
            auto scenario = defaultScenario(*findProtocol("multipaxos"));
            scenario.seed = static_cast<std::uint64_t>(seed);
            scenario.parameters[kParamNodes] = 3 + 2 * (seed % 2);
            scenario.until = 10 * kSecond;
            scenario.faults = partitions ? "random" : "crashes";
            scenario.inputs = randomFaultSchedule(scenario, defaultFaultsEnd(scenario.until),
                                                  partitions ? FaultMix::All : FaultMix::CrashesOnly);
            RecordedRun run(scenario, false);
            run.runToEnd();
            const auto &simulation = run.simulation();
            const auto reproduce = "clusterscope-cli run --protocol multipaxos --nodes "
                                   + std::to_string(scenario.clusterSize()) + " --seed " + std::to_string(seed)
                                   + " --until 10s --faults " + scenario.faults;
            if (!simulation.violations().empty()) {
                const auto &violation = simulation.violations().front();
                QFAIL(qPrintable(QString::fromStdString("seed " + std::to_string(seed) + ": " + violation.invariant + ": "
                                                        + violation.detail + "\nreproduce: " + reproduce)));
            }
            bool leaderWithFullLog = false;
            for (NodeId id = 1; id <= simulation.clusterSize(); ++id) {
                const auto &node = static_cast<const paxos::MultiPaxosNode &>(simulation.node(id));
                if (!simulation.isUp(id) || node.role() != paxos::MultiPaxosNode::Role::Leader)
                    continue;
                const auto &chosen = node.durable().chosen;
                leaderWithFullLog = chosen.empty() || chosen.rbegin()->first == static_cast<std::int64_t>(chosen.size());
            }
            if (!leaderWithFullLog)
                QFAIL(qPrintable(QString::fromStdString("seed " + std::to_string(seed)
                                                        + ": no leader with a complete log at the end\nreproduce: " + reproduce)));
        }
    }
};

QTEST_GUILESS_MAIN(TestMultiPaxosSweep)
#include "tst_multipaxossweep.moc"
