#include <QtTest>

#include <algorithm>

#include "faultschedule.h"
#include "goldenfile.h"
#include "raftnode.h"
#include "raftnotes.h"
#include "recordedrun.h"
#include "registry.h"

using namespace cs;
using cs::testing::sweepSeeds;

namespace {

std::string reproduce(const Scenario &scenario)
{
    return "reproduce: clusterscope-cli run --protocol raft --nodes " + std::to_string(scenario.clusterSize())
           + " --seed " + std::to_string(scenario.seed) + " --until " + formatDuration(scenario.until)
           + " --faults random";
}

} // namespace

// Randomized faults (crashes, restarts, partitions, cut links, loss) over many seeds: no
// invariant may break, and once faults stop a leader must appear within ten election timeouts.
class TestRaftSweep : public QObject
{
    Q_OBJECT

private slots:
    void safetyAndLiveness()
    {
        const auto *protocol = findProtocol("raft");
        const int seeds = sweepSeeds();
        int leadersFound = 0;
        for (int seed = 1; seed <= seeds; ++seed) {
            auto scenario = defaultScenario(*protocol);
            scenario.seed = static_cast<std::uint64_t>(seed);
            scenario.parameters[kParamNodes] = 1 + 2 * (seed % 4) + (seed % 3 == 0 ? 1 : 0);
            scenario.until = 8 * kSecond;
            scenario.faults = "random";
            const VirtualTime faultsEnd = 4 * kSecond;
            scenario.inputs = randomFaultSchedule(scenario, faultsEnd);

            RecordedRun run(scenario, false);
            const auto deadline = faultsEnd + 10 * scenario.parameters[raft::kParamElectionMax];
            auto &simulation = run.simulation();
            simulation.runUntil(deadline);

            if (!simulation.violations().empty()) {
                const auto &violation = simulation.violations().front();
                QFAIL(qPrintable(QString::fromStdString("seed " + std::to_string(seed) + ": " + violation.invariant + " at "
                                                        + formatDuration(violation.at) + ": " + violation.detail + "\n"
                                                        + reproduce(scenario))));
            }

            std::int64_t highestTerm = 0;
            bool leader = false;
            for (NodeId id = 1; id <= simulation.clusterSize(); ++id)
                highestTerm = std::max(highestTerm, static_cast<const raft::RaftNode &>(simulation.node(id)).currentTerm());
            for (NodeId id = 1; id <= simulation.clusterSize(); ++id) {
                const auto &node = static_cast<const raft::RaftNode &>(simulation.node(id));
                leader = leader || (node.role() == raft::Role::Leader && node.currentTerm() == highestTerm);
            }
            if (!leader)
                QFAIL(qPrintable(QString::fromStdString("seed " + std::to_string(seed) + ": no leader "
                                                        + formatDuration(deadline - faultsEnd)
                                                        + " after faults stopped\n" + reproduce(scenario))));
            ++leadersFound;
        }
        QCOMPARE(leadersFound, seeds);
    }
};

QTEST_GUILESS_MAIN(TestRaftSweep)
#include "tst_raftsweep.moc"
