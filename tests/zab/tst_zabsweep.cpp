#include <QtTest>

#include "faultschedule.h"
#include "goldenfile.h"
#include "sweep.h"
#include "recordedrun.h"
#include "registry.h"
#include "zabnode.h"

using namespace cs;
using namespace cs::testing;

// Randomized faults over many seeds: ZAB never breaks its properties and, once faults stop, an
// established leader and its followers agree on the committed history; the variant that
// broadcasts before syncing its followers is caught.
class TestZabSweep : public QObject
{
    Q_OBJECT

    static Scenario scenarioFor(const char *protocol, int seed, FaultMix mix)
    {
        return sweepScenario(protocol, seed, 3 + 2 * (seed % 2), 12 * kSecond, mix);
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
            const auto scenario = scenarioFor("zab", seed, partitions ? FaultMix::All : FaultMix::CrashesOnly);
            RecordedRun run(scenario, false);
            run.runToEnd();
            const auto &simulation = run.simulation();
            const auto reproduce = reproduceCommand(scenario);
            if (const auto failure = firstViolation(scenario, simulation); !failure.empty())
                QFAIL(failure.c_str());
            int leaders = 0;
            for (NodeId id = 1; id <= simulation.clusterSize(); ++id) {
                const auto &node = static_cast<const zab::ZabNode &>(simulation.node(id));
                leaders += node.state() == zab::ZabNode::State::Leading && node.established() ? 1 : 0;
            }
            if (leaders != 1)
                QFAIL(qPrintable(QString::fromStdString("seed " + std::to_string(seed) + ": " + std::to_string(leaders)
                                                        + " established leaders at the end\nreproduce: " + reproduce)));
        }
    }

    void broadcastingBeforeSyncIsCaught()
    {
        int caught = 0;
        for (int seed = 1; seed <= 200; ++seed) {
            RecordedRun run(scenarioFor("zab-broadcast-before-sync", seed, FaultMix::CrashesOnly), false);
            run.runToEnd();
            caught += run.simulation().violations().empty() ? 0 : 1;
        }
        QVERIFY2(caught > 20, qPrintable(QString::number(caught)));
    }
};

QTEST_GUILESS_MAIN(TestZabSweep)
#include "tst_zabsweep.moc"
