#include <QtTest>

#include "faultschedule.h"
#include "pingprotocol.h"
#include "recordedrun.h"
#include "registry.h"
#include "simulation.h"
#include "tracefile.h"

using namespace cs;
using namespace cs::testing;

namespace {

// Records the order in which inputs and deliveries reach the observer.
class OrderLog final : public SimulationObserver
{
public:
    std::vector<std::string> lines;
    void onInput(const Input &input) override
    {
        lines.push_back(std::to_string(input.at) + " input " + input.command);
    }
    void onDeliver(VirtualTime at, const InFlightMessage &message) override
    {
        lines.push_back(std::to_string(at) + " deliver " + std::to_string(message.id));
    }
};

std::string traceBytes(const Scenario &scenario)
{
    RecordedRun run(scenario);
    run.runToEnd();
    return serializeTrace(run.document());
}

} // namespace

// The event queue's order and the determinism of whole runs.
class TestEventOrder : public QObject
{
    Q_OBJECT

private slots:
    void equalTimesKeepInsertionOrder()
    {
        PingProtocol ping;
        Simulation simulation(ping, pingParameters(2), 1);
        OrderLog log;
        simulation.setObserver(&log);
        for (const char *name : {"first", "second", "third"}) {
            Input input;
            input.at = 5 * kMillisecond;
            input.kind = InputKind::Client;
            input.node = 1;
            input.command = name;
            simulation.schedule(input);
        }
        simulation.runUntil(5 * kMillisecond);
        QStringList inputs;
        for (const auto &line : log.lines) {
            if (line.find(" input ") != std::string::npos)
                inputs << QString::fromStdString(line);
        }
        QCOMPARE(inputs, QStringList({"5000 input first", "5000 input second", "5000 input third"}));
    }

    void eventsAreProcessedInTimeOrder()
    {
        PingProtocol ping;
        Simulation simulation(ping, pingParameters(5), 9);
        OrderLog log;
        simulation.setObserver(&log);
        simulation.runUntil(2 * kSecond);
        QVERIFY(log.lines.size() > 100);
        std::int64_t previous = 0;
        for (const auto &line : log.lines) {
            const auto time = std::stoll(line);
            QVERIFY(time >= previous);
            previous = time;
        }
    }

    void stepProcessesExactlyOneEvent()
    {
        PingProtocol ping;
        Simulation simulation(ping, pingParameters(3), 1);
        QVERIFY(simulation.step());
        QCOMPARE(simulation.stats().steps, std::uint64_t(1));
        QCOMPARE(simulation.stats().sent, std::uint64_t(2));
        QVERIFY(simulation.step());
        QCOMPARE(simulation.stats().steps, std::uint64_t(2));
    }

    void sameSeedGivesIdenticalBytes()
    {
        auto scenario = defaultScenario(*findProtocol("raft"));
        scenario.seed = 1234;
        scenario.faults = "random";
        scenario.until = 6 * kSecond;
        scenario.inputs = randomFaultSchedule(scenario, defaultFaultsEnd(scenario.until));
        const auto first = traceBytes(scenario);
        const auto second = traceBytes(scenario);
        QVERIFY(first.size() > 10000);
        QVERIFY(first == second);
    }

    void differentSeedsDiffer()
    {
        auto scenario = defaultScenario(*findProtocol("raft"));
        scenario.until = 2 * kSecond;
        scenario.seed = 1;
        const auto first = traceBytes(scenario);
        scenario.seed = 2;
        QVERIFY(first != traceBytes(scenario));
    }
};

QTEST_GUILESS_MAIN(TestEventOrder)
#include "tst_eventorder.moc"
