#include <QtTest>

#include "pingprotocol.h"
#include "simulation.h"

using namespace cs;
using namespace cs::testing;

namespace {

// Collects deliveries and drops with their reasons.
class NetworkLog final : public SimulationObserver
{
public:
    struct Entry
    {
        VirtualTime at;
        NodeId from;
        NodeId to;
        std::string what;
    };
    std::vector<Entry> delivered;
    std::vector<Entry> dropped;

    void onDeliver(VirtualTime at, const InFlightMessage &message) override
    {
        delivered.push_back({at, message.from, message.to, message.body->label()});
    }
    void onDrop(VirtualTime at, const InFlightMessage &message, DropReason reason) override
    {
        dropped.push_back({at, message.from, message.to, std::string(dropReasonName(reason))});
    }
    int deliveredBetween(NodeId from, NodeId to) const
    {
        return static_cast<int>(std::count_if(delivered.begin(), delivered.end(),
                                              [&](const Entry &e) { return e.from == from && e.to == to; }));
    }
};

Input at(VirtualTime time, InputKind kind, NodeId node = 0, NodeId peer = 0)
{
    Input input;
    input.at = time;
    input.kind = kind;
    input.node = node;
    input.peer = peer;
    return input;
}

} // namespace

// Links, partitions, loss and duplication as the network model promises them.
class TestNetwork : public QObject
{
    Q_OBJECT

private slots:
    void latencyStaysInRange()
    {
        PingProtocol ping;
        auto parameters = pingParameters(3);
        parameters[kParamLatencyMin] = 20 * kMillisecond;
        parameters[kParamLatencyMax] = 30 * kMillisecond;
        Simulation simulation(ping, parameters, 5);
        NetworkLog log;
        simulation.setObserver(&log);
        simulation.runUntil(25 * kMillisecond);
        QVERIFY(!log.delivered.empty());
        for (const auto &entry : log.delivered)
            QVERIFY(entry.at >= 20 * kMillisecond && entry.at <= 30 * kMillisecond);
        for (const auto *message : simulation.inFlight())
            QVERIFY(message->arrivesAt - message->sentAt >= 20 * kMillisecond);
    }

    // A slow link adds its latency to every message sent on it afterwards, both ways, and 0 puts
    // it back; other links and messages already in flight keep theirs.
    void aSlowLinkDelaysWhatIsSentOnIt()
    {
        PingProtocol ping;
        auto parameters = pingParameters(3);
        parameters[kParamLatencyMin] = 20 * kMillisecond;
        parameters[kParamLatencyMax] = 20 * kMillisecond;
        Simulation simulation(ping, parameters, 5);
        NetworkLog log;
        simulation.setObserver(&log);
        auto slow = at(50 * kMillisecond, InputKind::SlowLink, 1, 2);
        slow.value = 300 * kMillisecond;
        simulation.schedule(slow);
        auto restore = at(450 * kMillisecond, InputKind::SlowLink, 2, 1);
        restore.value = 0;
        simulation.schedule(restore);
        simulation.runUntil(1 * kSecond);
        QCOMPARE(simulation.linkDelay(1, 2), VirtualTime(0));
        std::vector<std::string> arrivals;
        for (const auto &entry : log.delivered) {
            if ((entry.from == 1 && entry.to == 2) || (entry.from == 2 && entry.to == 1) || (entry.from == 1 && entry.to == 3))
                arrivals.push_back(std::to_string(entry.from) + ">" + std::to_string(entry.to) + " " + formatDuration(entry.at)
                                   + " " + entry.what);
        }
        // What was sent before 50ms arrives after 20ms; the ticks of 100 to 400ms on 1-2 take 320ms
        // while 1>3 keeps 20ms; from 450ms the link is normal again, so the tick of 500ms arrives
        // at 520ms beside the slow one of 200ms.
        const std::vector<std::string> expected = {
            "1>2 20ms Ping hello", "1>3 20ms Ping hello", "2>1 20ms Ping hello", "2>1 40ms Pong", "1>2 40ms Pong",
            "1>3 40ms Pong", "1>3 120ms Ping tick", "1>3 140ms Pong", "1>3 220ms Ping tick", "1>3 240ms Pong",
            "1>3 320ms Ping tick", "1>3 340ms Pong", "1>2 420ms Ping tick", "2>1 420ms Ping tick", "1>3 420ms Ping tick",
            "1>3 440ms Pong", "1>2 520ms Ping tick", "2>1 520ms Ping tick", "1>2 520ms Ping tick", "1>3 520ms Ping tick",
            "2>1 520ms Ping tick"};
        QCOMPARE(std::vector<std::string>(arrivals.begin(), arrivals.begin() + static_cast<std::ptrdiff_t>(std::min(arrivals.size(), expected.size()))), expected);
    }

    void cutDropsInFlightMessagesWithAReason()
    {
        PingProtocol ping;
        Simulation simulation(ping, pingParameters(2), 1);
        NetworkLog log;
        simulation.setObserver(&log);
        simulation.schedule(at(1 * kMillisecond, InputKind::Cut, 1, 2));
        simulation.runUntil(1 * kMillisecond);
        QCOMPARE(log.delivered.size(), std::size_t(0));
        QCOMPARE(log.dropped.size(), std::size_t(2));
        for (const auto &entry : log.dropped) {
            QCOMPARE(entry.what, std::string("link cut"));
            QCOMPARE(entry.at, 1 * kMillisecond);
        }
        QVERIFY(simulation.inFlight().empty());
    }

    void messagesOnACutLinkAreDroppedAndHealRestores()
    {
        PingProtocol ping;
        Simulation simulation(ping, pingParameters(3), 1);
        NetworkLog log;
        simulation.setObserver(&log);
        simulation.schedule(at(0, InputKind::Cut, 1, 2));
        simulation.runUntil(500 * kMillisecond);
        QCOMPARE(log.deliveredBetween(1, 2), 0);
        QCOMPARE(log.deliveredBetween(2, 1), 0);
        QVERIFY(log.deliveredBetween(1, 3) > 0);
        const auto dropsWhileCut = log.dropped.size();
        QVERIFY(dropsWhileCut > 0);
        simulation.schedule(at(500 * kMillisecond, InputKind::Heal, 1, 2));
        simulation.runUntil(1 * kSecond);
        QVERIFY(log.deliveredBetween(1, 2) > 0);
        QCOMPARE(log.dropped.size(), dropsWhileCut);
    }

    void oneWayCutKeepsTheOtherDirection()
    {
        PingProtocol ping;
        Simulation simulation(ping, pingParameters(2), 1);
        NetworkLog log;
        simulation.setObserver(&log);
        auto cut = at(0, InputKind::Cut, 1, 2);
        cut.bothWays = false;
        simulation.schedule(cut);
        simulation.runUntil(300 * kMillisecond);
        QCOMPARE(log.deliveredBetween(1, 2), 0);
        QVERIFY(log.deliveredBetween(2, 1) > 0);
        QVERIFY(!simulation.linkUp(1, 2));
        QVERIFY(simulation.linkUp(2, 1));
    }

    void partitionIsolatesGroups()
    {
        PingProtocol ping;
        Simulation simulation(ping, pingParameters(5), 3);
        NetworkLog log;
        simulation.setObserver(&log);
        auto partition = at(0, InputKind::Partition);
        partition.groups = {{1, 2}, {3, 4, 5}};
        simulation.schedule(partition);
        simulation.runUntil(1 * kSecond);
        for (NodeId a = 1; a <= 5; ++a) {
            for (NodeId b = 1; b <= 5; ++b) {
                if (a == b)
                    continue;
                const bool sameSide = (a <= 2) == (b <= 2);
                QCOMPARE(simulation.linkUp(a, b), sameSide);
                QCOMPARE(log.deliveredBetween(a, b) > 0, sameSide);
            }
        }
        simulation.schedule(at(1 * kSecond, InputKind::HealAll));
        simulation.runUntil(2 * kSecond);
        QVERIFY(log.deliveredBetween(1, 5) > 0);
    }

    void messagesToADownNodeAreDropped()
    {
        PingProtocol ping;
        Simulation simulation(ping, pingParameters(2), 1);
        NetworkLog log;
        simulation.setObserver(&log);
        simulation.schedule(at(1 * kMillisecond, InputKind::Crash, 2));
        simulation.runUntil(50 * kMillisecond);
        // Node 1's ping to node 2, and node 1's pong to node 2's earlier ping, both find it down.
        QCOMPARE(log.dropped.size(), std::size_t(2));
        for (const auto &entry : log.dropped) {
            QCOMPARE(entry.what, std::string("node down"));
            QCOMPARE(entry.to, 2);
            QVERIFY(entry.at > 1 * kMillisecond);
        }
    }

    void totalLossLosesEverything()
    {
        PingProtocol ping;
        auto parameters = pingParameters(3);
        parameters[kParamLoss] = 100;
        Simulation simulation(ping, parameters, 1);
        NetworkLog log;
        simulation.setObserver(&log);
        simulation.runUntil(1 * kSecond);
        QVERIFY(log.delivered.empty());
        QVERIFY(!log.dropped.empty());
        for (const auto &entry : log.dropped)
            QCOMPARE(entry.what, std::string("lost"));
    }

    void duplicationDeliversTwice()
    {
        PingProtocol ping;
        auto parameters = pingParameters(2);
        parameters[kParamDuplicate] = 100;
        Simulation simulation(ping, parameters, 1);
        NetworkLog log;
        simulation.setObserver(&log);
        simulation.runUntil(20 * kMillisecond);
        QCOMPARE(simulation.stats().sent, std::uint64_t(2 * 2 + 2 * 4));
        // Two copies of node 1's ping, and two copies of each of its two pongs to node 2's pings.
        QCOMPARE(log.deliveredBetween(1, 2), 6);
    }

    void userDropsAndDuplicatesAMessageInFlight()
    {
        PingProtocol ping;
        Simulation simulation(ping, pingParameters(2), 1);
        NetworkLog log;
        simulation.setObserver(&log);
        simulation.runUntil(1 * kMillisecond);
        const auto inFlight = simulation.inFlight();
        QCOMPARE(inFlight.size(), std::size_t(2));
        Input drop = at(1 * kMillisecond, InputKind::DropMessage);
        drop.messageId = inFlight[0]->id;
        Input duplicate = at(1 * kMillisecond, InputKind::DuplicateMessage);
        duplicate.messageId = inFlight[1]->id;
        const NodeId duplicatedTo = inFlight[1]->to;
        simulation.schedule(drop);
        simulation.schedule(duplicate);
        simulation.runUntil(1 * kMillisecond);
        QCOMPARE(log.dropped.size(), std::size_t(1));
        QCOMPARE(log.dropped[0].what, std::string("dropped by user"));
        QCOMPARE(simulation.inFlight().size(), std::size_t(2));
        QCOMPARE(simulation.inFlight()[0]->to, duplicatedTo);
        QCOMPARE(simulation.inFlight()[1]->to, duplicatedTo);
        QVERIFY(simulation.inFlight()[1]->duplicate);
    }
};

QTEST_GUILESS_MAIN(TestNetwork)
#include "tst_network.moc"
