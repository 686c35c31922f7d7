#include <QtTest>

#include <map>
#include <string>
#include <vector>

#include "faultschedule.h"
#include "pingprotocol.h"

using namespace cs;
using namespace cs::testing;

namespace {

// What is wrong with a generated partition, or "" if it splits every node into two non-empty,
// disjoint groups.
std::string partitionFault(const Input &input, int size)
{
    if (input.groups.size() != 2)
        return std::to_string(input.groups.size()) + " groups";
    std::vector<int> seen(static_cast<std::size_t>(size) + 1, 0);
    for (const auto &group : input.groups) {
        if (group.empty())
            return "an empty group";
        for (NodeId node : group) {
            if (node < 1 || node > size)
                return "node " + std::to_string(node) + " outside the cluster";
            ++seen[static_cast<std::size_t>(node)];
        }
    }
    for (NodeId node = 1; node <= size; ++node) {
        if (seen[static_cast<std::size_t>(node)] != 1)
            return "node " + std::to_string(node) + " in " + std::to_string(seen[static_cast<std::size_t>(node)]) + " groups";
    }
    return {};
}

} // namespace

// The random fault schedule of sweeps and `--faults random`: every partition it writes splits the
// cluster into two non-empty groups, for every cluster size a scenario allows in a sweep.
class TestFaultSchedule : public QObject
{
    Q_OBJECT

private slots:
    void partitionFaultCatchesBadGroups()
    {
        Input input;
        input.kind = InputKind::Partition;
        input.groups = {{}, {1, 2}};
        QCOMPARE(partitionFault(input, 2), std::string("an empty group"));
        input.groups = {{1}, {1, 2}};
        QCOMPARE(partitionFault(input, 2), std::string("node 1 in 2 groups"));
        input.groups = {{1}, {3}};
        QCOMPARE(partitionFault(input, 3), std::string("node 2 in 0 groups"));
        input.groups = {{2}, {1}};
        QCOMPARE(partitionFault(input, 2), std::string());
    }

    void noPartitionHasAnEmptyGroup()
    {
        const PingProtocol protocol;
        int partitions = 0;
        for (int size = 1; size <= 9; ++size) {
            for (int seed = 1; seed <= 2000; ++seed) {
                auto scenario = defaultScenario(protocol);
                scenario.parameters[kParamNodes] = size;
                scenario.seed = static_cast<std::uint64_t>(seed);
                scenario.until = 12 * kSecond;
                for (const auto &input : randomFaultSchedule(scenario, defaultFaultsEnd(scenario.until))) {
                    if (input.kind != InputKind::Partition)
                        continue;
                    ++partitions;
                    const auto fault = partitionFault(input, size);
                    if (!fault.empty())
                        QFAIL(qPrintable(QString::fromStdString("size " + std::to_string(size) + ", seed "
                                                                + std::to_string(seed) + ": a partition with " + fault)));
                }
            }
        }
        // Sizes 2..9 partition often; size 1 never can.
        QVERIFY2(partitions > 8 * 2000, qPrintable(QString::number(partitions)));
    }

    // Pauses and slow links are faults like the others: every pause ends by the repair, every link
    // slowed is restored by then, and both kinds occur.
    void pausesEndAndSlowLinksAreRestoredByTheRepair()
    {
        const PingProtocol protocol;
        int pauses = 0, slowed = 0;
        for (int seed = 1; seed <= 2000; ++seed) {
            auto scenario = defaultScenario(protocol);
            scenario.parameters[kParamNodes] = 2 + seed % 5;
            scenario.seed = static_cast<std::uint64_t>(seed);
            scenario.until = 10 * kSecond;
            const auto faultsEnd = defaultFaultsEnd(scenario.until);
            std::map<std::pair<NodeId, NodeId>, VirtualTime> latency;
            for (const auto &input : randomFaultSchedule(scenario, faultsEnd)) {
                if (input.kind == InputKind::Pause) {
                    ++pauses;
                    QVERIFY2(input.value > 0 && input.at + input.value <= faultsEnd, qPrintable(QString::number(seed)));
                } else if (input.kind == InputKind::SlowLink) {
                    slowed += input.value > 0 ? 1 : 0;
                    QVERIFY(input.at <= faultsEnd);
                    latency[{input.node, input.peer}] = input.value;
                    if (input.bothWays)
                        latency[{input.peer, input.node}] = input.value;
                }
            }
            for (const auto &[link, added] : latency)
                QVERIFY2(added == 0, qPrintable(QStringLiteral("seed %1: a link stays slow").arg(seed)));
        }
        QVERIFY2(pauses > 1000 && slowed > 1000, qPrintable(QStringLiteral("%1 pauses, %2 slow links").arg(pauses).arg(slowed)));
    }
};

QTEST_GUILESS_MAIN(TestFaultSchedule)
#include "tst_faultschedule.moc"
