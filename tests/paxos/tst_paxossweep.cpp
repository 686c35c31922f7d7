#include <QtTest>

#include "faultschedule.h"
#include "goldenfile.h"
#include "sweep.h"
#include "paxosnode.h"
#include "recordedrun.h"
#include "registry.h"

using namespace cs;
using namespace cs::testing;

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
            const auto scenario = sweepScenario("paxos", seed, 3 + seed % 5, 10 * kSecond,
                                                partitions ? FaultMix::All : FaultMix::CrashesOnly);
            RecordedRun run(scenario, false);
            run.runToEnd();
            const auto &simulation = run.simulation();
            const auto reproduce = reproduceCommand(scenario);
            if (const auto failure = firstViolation(scenario, simulation); !failure.empty())
                QFAIL(failure.c_str());
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
