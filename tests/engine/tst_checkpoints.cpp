#include <QtTest>

#include <algorithm>

#include "faultschedule.h"
#include "pingprotocol.h"
#include "recordedrun.h"
#include "registry.h"
#include "timeline.h"

using namespace cs;
using cs::testing::PingProtocol;
using cs::testing::pingParameters;

namespace {

Scenario faultyRaft(std::uint64_t seed)
{
    auto scenario = defaultScenario(*findProtocol("raft"));
    scenario.seed = seed;
    scenario.until = 20 * kSecond;
    scenario.faults = "random";
    scenario.inputs = randomFaultSchedule(scenario, defaultFaultsEnd(scenario.until));
    return scenario;
}

Simulation startOf(const Scenario &scenario)
{
    Simulation simulation(*scenario.protocol, scenario.parameters, scenario.seed);
    for (const auto &input : scenario.inputs)
        simulation.schedule(input);
    return simulation;
}

std::string fingerprint(const Simulation &simulation)
{
    const auto &stats = simulation.stats();
    return finalStateJson(simulation).dump() + " steps=" + std::to_string(stats.steps) + " in-flight="
           + std::to_string(simulation.inFlight().size());
}

} // namespace

// A copy of a simulation is a checkpoint; seeking restores one and simulates forward.
class TestCheckpoints : public QObject
{
    Q_OBJECT

private slots:
    void copyContinuesIdentically()
    {
        const auto scenario = faultyRaft(5);
        auto original = startOf(scenario);
        original.runUntil(7 * kSecond);
        Simulation copy = original;
        original.runUntil(15 * kSecond);
        copy.runUntil(15 * kSecond);
        QCOMPARE(fingerprint(copy), fingerprint(original));
    }

    // A checker's measures belong to its moment: a copy keeps the figures it had, and the final
    // state names them.
    void measuresFollowTheMoment()
    {
        PingProtocol ping;
        Simulation simulation(ping, pingParameters(3), 1);
        for (const auto at : {5 * kMillisecond, 50 * kMillisecond}) {
            Input input;
            input.at = at;
            input.kind = InputKind::Client;
            input.node = 1;
            input.command = "hello";
            simulation.schedule(input);
        }
        simulation.runUntil(10 * kMillisecond);
        const Simulation early = simulation;
        simulation.runUntil(100 * kMillisecond);
        QCOMPARE(early.measures(), std::vector<Measure>({{"Commands noted", "1", "1"}}));
        QCOMPARE(simulation.measures(), std::vector<Measure>({{"Commands noted", "2", "2"}}));
        QCOMPARE(QString::fromStdString(finalStateJson(simulation)["measures"].dump()),
                 QStringLiteral(R"([{"name":"Commands noted","value":"2","reference":"2"}])"));
        QVERIFY(!finalStateJson(Simulation(*findProtocol("raft"), defaultScenario(*findProtocol("raft")).parameters, 1))
                     .contains("measures"));
    }

    // A copy taken in the middle of a pause is still paused and goes on exactly as the original.
    void aCopyInsideAPauseContinuesIdentically()
    {
        auto scenario = faultyRaft(9);
        Input pause;
        pause.at = 3 * kSecond;
        pause.kind = InputKind::Pause;
        pause.node = 2;
        pause.value = 2 * kSecond;
        scenario.inputs.push_back(pause);
        std::stable_sort(scenario.inputs.begin(), scenario.inputs.end(),
                         [](const Input &a, const Input &b) { return a.at < b.at; });
        auto original = startOf(scenario);
        original.runUntil(4 * kSecond);
        QVERIFY(original.isUp(2) ? original.isPaused(2) : true);
        Simulation copy = original;
        QCOMPARE(copy.pausedUntil(2), original.pausedUntil(2));
        original.runUntil(15 * kSecond);
        copy.runUntil(15 * kSecond);
        QCOMPARE(fingerprint(copy), fingerprint(original));
    }

    void seekMatchesAFreshRun_data()
    {
        QTest::addColumn<qint64>("target");
        QTest::newRow("start") << qint64(0);
        QTest::newRow("first election") << qint64(180 * kMillisecond);
        QTest::newRow("on a checkpoint") << qint64(4 * kSecond);
        QTest::newRow("between checkpoints") << qint64(3 * kSecond + 777 * kMillisecond);
        QTest::newRow("the present") << qint64(18 * kSecond);
    }

    void seekMatchesAFreshRun()
    {
        QFETCH(qint64, target);
        const auto scenario = faultyRaft(11);
        Timeline timeline(startOf(scenario), 1 * kSecond);
        timeline.advanceTo(18 * kSecond);
        QCOMPARE(timeline.checkpointCount(), std::size_t(19));
        auto fresh = startOf(scenario);
        fresh.runUntil(target);
        QCOMPARE(fingerprint(timeline.stateAt(target)), fingerprint(fresh));
    }

    void scrubbingBackLeavesThePresentAlone()
    {
        const auto scenario = faultyRaft(3);
        Timeline timeline(startOf(scenario), 500 * kMillisecond);
        timeline.advanceTo(12 * kSecond);
        const auto before = fingerprint(timeline.present());
        for (VirtualTime t : {2 * kSecond, 9 * kSecond, 100 * kMillisecond})
            timeline.stateAt(t);
        QCOMPARE(fingerprint(timeline.present()), before);
        QCOMPARE(fingerprint(timeline.stateAt(12 * kSecond)), before);
    }

    void seekByStepMatchesStepping_data()
    {
        QTest::addColumn<qint64>("steps");
        QTest::newRow("first") << qint64(1);
        QTest::newRow("early") << qint64(77);
        QTest::newRow("middle") << qint64(2500);
        QTest::newRow("late") << qint64(6000);
    }

    void seekByStepMatchesStepping()
    {
        QFETCH(qint64, steps);
        const auto scenario = faultyRaft(8);
        Timeline timeline(startOf(scenario), 1 * kSecond);
        while (timeline.present().steps() < 7000 && timeline.stepPresent()) {
        }
        QVERIFY(timeline.checkpointCount() > 3);
        auto fresh = startOf(scenario);
        while (fresh.steps() < static_cast<std::uint64_t>(steps))
            fresh.step();
        const auto sought = timeline.stateAtStep(static_cast<std::uint64_t>(steps));
        QCOMPARE(sought.steps(), static_cast<std::uint64_t>(steps));
        QCOMPARE(sought.now(), fresh.now());
        QCOMPARE(fingerprint(sought), fingerprint(fresh));
    }

    void cannotSeekIntoTheFuture()
    {
        const auto scenario = faultyRaft(3);
        Timeline timeline(startOf(scenario), 1 * kSecond);
        timeline.advanceTo(2 * kSecond);
        QVERIFY_THROWS_EXCEPTION(std::out_of_range, timeline.stateAt(3 * kSecond));
    }
};

QTEST_GUILESS_MAIN(TestCheckpoints)
#include "tst_checkpoints.moc"
