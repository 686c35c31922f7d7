#include <QtTest>

#include "pingprotocol.h"
#include "simulation.h"

using namespace cs;
using namespace cs::testing;

namespace {

Input input(VirtualTime at, InputKind kind, NodeId node)
{
    Input result;
    result.at = at;
    result.kind = kind;
    result.node = node;
    return result;
}

const PingNode &pingNode(const Simulation &simulation, NodeId id)
{
    return static_cast<const PingNode &>(simulation.node(id));
}

} // namespace

// Crash and restart: volatile state and timers go, what the protocol declared durable stays.
class TestNodeRuntime : public QObject
{
    Q_OBJECT

private slots:
    void crashKeepsDurableAndDropsVolatileState()
    {
        PingProtocol ping;
        Simulation simulation(ping, pingParameters(3), 1);
        simulation.runUntil(450 * kMillisecond);
        const int pongs = pingNode(simulation, 1).pongsReceived();
        QVERIFY(pongs > 0);
        QVERIFY(pingNode(simulation, 1).pingsSeen() > 0);
        QVERIFY(simulation.timer(1, 0).armed());

        simulation.schedule(input(450 * kMillisecond, InputKind::Crash, 1));
        simulation.runUntil(450 * kMillisecond);
        QVERIFY(!simulation.isUp(1));
        QCOMPARE(pingNode(simulation, 1).pongsReceived(), pongs);
        QCOMPARE(pingNode(simulation, 1).pingsSeen(), 0);
        QVERIFY(!simulation.timer(1, 0).armed());

        simulation.runUntil(1 * kSecond);
        QCOMPARE(pingNode(simulation, 1).pongsReceived(), pongs);
    }

    void restartHandsDurableStateBack()
    {
        PingProtocol ping;
        Simulation simulation(ping, pingParameters(3), 1);
        simulation.schedule(input(250 * kMillisecond, InputKind::Crash, 2));
        simulation.schedule(input(600 * kMillisecond, InputKind::Restart, 2));
        simulation.runUntil(599 * kMillisecond);
        const int pongsWhileDown = pingNode(simulation, 2).pongsReceived();
        simulation.runUntil(600 * kMillisecond);
        QVERIFY(simulation.isUp(2));
        QCOMPARE(pingNode(simulation, 2).restarts(), 1);
        QCOMPARE(pingNode(simulation, 2).pongsReceived(), pongsWhileDown);
        QVERIFY(simulation.timer(2, 0).armed());
        QCOMPARE(simulation.timer(2, 0).deadline, 700 * kMillisecond);
        simulation.runUntil(700 * kMillisecond);
        QVERIFY(pingNode(simulation, 2).pongsReceived() > pongsWhileDown);
    }

    void impossibleInputsChangeNothing()
    {
        PingProtocol ping;
        Simulation simulation(ping, pingParameters(2), 1);
        simulation.schedule(input(10 * kMillisecond, InputKind::Restart, 1));
        simulation.schedule(input(10 * kMillisecond, InputKind::Crash, 7));
        simulation.runUntil(20 * kMillisecond);
        QVERIFY(simulation.isUp(1));
        QCOMPARE(pingNode(simulation, 1).restarts(), 0);
    }

    void timersFireAtTheirDeadline()
    {
        PingProtocol ping;
        Simulation simulation(ping, pingParameters(1), 1);
        QCOMPARE(simulation.stats().sent, std::uint64_t(0));
        simulation.runUntil(99 * kMillisecond);
        QCOMPARE(simulation.stats().steps, std::uint64_t(1));
        simulation.runUntil(100 * kMillisecond);
        QCOMPARE(simulation.stats().steps, std::uint64_t(2));
        QCOMPARE(simulation.timer(1, 0).startedAt, 100 * kMillisecond);
        QCOMPARE(simulation.timer(1, 0).deadline, 200 * kMillisecond);
    }
};

QTEST_GUILESS_MAIN(TestNodeRuntime)
#include "tst_noderuntime.moc"
