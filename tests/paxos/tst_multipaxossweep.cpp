#include <QtTest>

#include "faultschedule.h"
#include "goldenfile.h"
#include "sweep.h"
#include "multipaxosnode.h"
#include "recordedrun.h"
#include "registry.h"

using namespace cs;
using namespace cs::testing;

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
            const auto scenario = sweepScenario("multipaxos", seed, 3 + 2 * (seed % 2), 10 * kSecond,
                                                partitions ? FaultMix::All : FaultMix::CrashesOnly);
            RecordedRun run(scenario, false);
            run.runToEnd();
            const auto &simulation = run.simulation();
            const auto reproduce = reproduceCommand(scenario);
            if (const auto failure = firstViolation(scenario, simulation); !failure.empty())
                QFAIL(failure.c_str());
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
