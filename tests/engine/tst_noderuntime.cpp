#include <QtTest>

#include <algorithm>

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

// What node 2 handled, and when: deliveries, timers and notes.
struct HandledLog : SimulationObserver
{
    std::vector<std::string> lines;
    void onDeliver(VirtualTime at, const InFlightMessage &message) override
    {
        if (message.to == 2)
            lines.push_back(formatDuration(at) + " deliver from " + std::to_string(message.from));
    }
    void onTimer(VirtualTime at, NodeId node, int) override
    {
        if (node == 2)
            lines.push_back(formatDuration(at) + " timer");
    }
    void onNote(VirtualTime at, const Note &note) override
    {
        if (note.node == 2)
            lines.push_back(formatDuration(at) + " note " + std::string(note.schema->kind) + " " + note.text);
    }
    void onDrop(VirtualTime at, const InFlightMessage &message, DropReason reason) override
    {
        if (message.to == 2)
            lines.push_back(formatDuration(at) + " drop from " + std::to_string(message.from) + " "
                            + std::string(dropReasonName(reason)));
    }
    void onComplete(VirtualTime at, const PendingOperation &, const OperationOutcome &outcome) override
    {
        lines.push_back(formatDuration(at) + " complete " + std::string(operationResultName(outcome.result)));
    }
};

// Pauses node 2 at 50ms for `duration`, and sends it the client command x=1 at 60ms, while paused.
void pauseWithARequest(Simulation &simulation, VirtualTime duration)
{
    auto pause = input(50 * kMillisecond, InputKind::Pause, 2);
    pause.value = duration;
    simulation.schedule(pause);
    auto request = input(60 * kMillisecond, InputKind::Client, 2);
    request.command = "x=1";
    simulation.schedule(request);
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

    // A paused node stays up and loses nothing: what reaches it, its timer and a client's request
    // wait and are handled, in order, the moment it resumes.
    void aPausedNodeHandlesEverythingWhenItResumes()
    {
        PingProtocol ping;
        Simulation simulation(ping, pingParameters(3), 1);
        HandledLog log;
        simulation.setObserver(&log);
        pauseWithARequest(simulation, 300 * kMillisecond);
        simulation.runUntil(50 * kMillisecond);
        const auto before = log.lines.size();
        const int pings = pingNode(simulation, 2).pingsSeen();
        simulation.runUntil(349 * kMillisecond);
        QVERIFY(simulation.isUp(2));
        QVERIFY(simulation.isPaused(2));
        QCOMPARE(simulation.pausedUntil(2), 350 * kMillisecond);
        QCOMPARE(log.lines.size(), before);
        QCOMPARE(pingNode(simulation, 2).pingsSeen(), pings);
        simulation.runUntil(350 * kMillisecond);
        QVERIFY(!simulation.isPaused(2));
        const std::vector<std::string> resumed(log.lines.begin() + static_cast<std::ptrdiff_t>(before), log.lines.end());
        // In the order they reached it: the request at 60ms, the timer due at 100ms, then each round
        // of pings.
        QCOMPARE(resumed, std::vector<std::string>({"350ms note command x=1", "350ms complete ok", "350ms timer",
                                                    "350ms deliver from 3", "350ms deliver from 1",
                                                    "350ms deliver from 3", "350ms deliver from 1",
                                                    "350ms deliver from 3", "350ms deliver from 1"}));
        QCOMPARE(pingNode(simulation, 2).pingsSeen(), pings + 6);
    }

    // A crash ends a pause, and what the paused process was holding dies with it: its messages drop
    // at the crash, and the request it held is not handed to the node that restarts.
    void aCrashEndsAPause()
    {
        PingProtocol ping;
        Simulation simulation(ping, pingParameters(3), 1);
        HandledLog log;
        simulation.setObserver(&log);
        pauseWithARequest(simulation, 5 * kSecond);
        simulation.schedule(input(150 * kMillisecond, InputKind::Crash, 2));
        simulation.schedule(input(200 * kMillisecond, InputKind::Restart, 2));
        simulation.runUntil(6 * kSecond);
        QVERIFY(!simulation.isPaused(2));
        QVERIFY(pingNode(simulation, 2).pingsSeen() > 0);
        for (const auto &line : log.lines)
            QVERIFY2(line.find("command x=1") == std::string::npos, line.c_str());
        QVERIFY(std::find(log.lines.begin(), log.lines.end(), "2.06s complete unknown") != log.lines.end());
        // The pings of 100ms had reached the paused node; they drop at the crash, not at 5.05s.
        QVERIFY(std::find(log.lines.begin(), log.lines.end(), "150ms drop from 1 node down") != log.lines.end());
        for (const auto &line : log.lines)
            QVERIFY2(line.rfind("5.05s", 0) != 0, line.c_str());
    }

    // A pause extended while events wait keeps them in the order they arrived.
    void anExtendedPauseKeepsTheOrder()
    {
        PingProtocol ping;
        Simulation simulation(ping, pingParameters(3), 1);
        HandledLog log;
        simulation.setObserver(&log);
        auto first = input(50 * kMillisecond, InputKind::Pause, 2);
        first.value = 100 * kMillisecond;
        simulation.schedule(first);
        auto second = input(120 * kMillisecond, InputKind::Pause, 2);
        second.value = 200 * kMillisecond;
        simulation.schedule(second);
        simulation.runUntil(400 * kMillisecond);
        std::vector<std::string> resumed;
        for (const auto &line : log.lines) {
            if (line.rfind("320ms", 0) == 0)
                resumed.push_back(line);
        }
        // The timer was due at 100ms and the pings of 100ms arrived after it; those of 200ms and
        // 300ms follow.
        QCOMPARE(resumed, std::vector<std::string>({"320ms timer", "320ms deliver from 3", "320ms deliver from 1",
                                                    "320ms deliver from 3", "320ms deliver from 1",
                                                    "320ms deliver from 3", "320ms deliver from 1"}));
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
