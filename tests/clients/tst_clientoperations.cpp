#include <QtTest>

#include <map>

#include "faultschedule.h"
#include "recordedrun.h"
#include "registry.h"
#include "runsummary.h"
#include "silentclients.h"
#include "sweep.h"
#include "tracereplay.h"

using namespace cs;
using namespace cs::testing;

namespace {

// Watches a run's client history as it happens: every invocation gets exactly one completion, no
// earlier than the invocation, and "unknown" only at the client's deadline; after the run it also
// asks that every operation invoked once faults have long stopped got an answer (ok or fail).
class HistoryCheck final : public SimulationObserver
{
public:
    void onInvoke(VirtualTime at, const PendingOperation &operation) override
    {
        const auto id = operation.request.operation;
        if (mOperations.contains(id))
            fail("operation " + std::to_string(id) + " invoked twice");
        mOperations[id] = Operation{at, operation.deadline};
    }

    void onComplete(VirtualTime at, const PendingOperation &operation, const OperationOutcome &outcome) override
    {
        const auto id = operation.request.operation;
        const auto it = mOperations.find(id);
        if (it == mOperations.end()) {
            fail("operation " + std::to_string(id) + " completed without an invocation");
            return;
        }
        auto &recorded = it->second;
        if (++recorded.completions > 1)
            fail("operation " + std::to_string(id) + " completed twice");
        if (at < recorded.invoked)
            fail("operation " + std::to_string(id) + " completed before its invocation");
        if (outcome.result == OperationResult::Unknown && at != recorded.deadline)
            fail("operation " + std::to_string(id) + " became unknown before its deadline");
        recorded.result = outcome.result;
        ++mResults[outcome.result];
    }

    // The first problem of the run, or "".
    std::string verdict(VirtualTime end, VirtualTime answeredAfter)
    {
        for (const auto &[id, operation] : mOperations) {
            if (operation.deadline <= end && operation.completions != 1)
                fail("operation " + std::to_string(id) + " invoked at " + formatDuration(operation.invoked)
                     + " never completed");
            if (operation.invoked >= answeredAfter && operation.completions == 1
                && operation.result == OperationResult::Unknown)
                fail("operation " + std::to_string(id) + " invoked at " + formatDuration(operation.invoked)
                     + ", after the faults stopped, got no answer");
        }
        return mProblem;
    }

    std::size_t invoked() const { return mOperations.size(); }
    std::uint64_t count(OperationResult result) const
    {
        const auto it = mResults.find(result);
        return it == mResults.end() ? 0 : it->second;
    }

private:
    struct Operation
    {
        VirtualTime invoked = 0;
        VirtualTime deadline = 0;
        int completions = 0;
        OperationResult result = OperationResult::Ok;
    };

    void fail(const std::string &problem)
    {
        if (mProblem.empty())
            mProblem = problem;
    }

    std::map<OperationId, Operation> mOperations;
    std::map<OperationResult, std::uint64_t> mResults;
    std::string mProblem;
};

constexpr VirtualTime kUntil = 12 * kSecond;
// Operations invoked this long after the repair must be answered: by then every protocol has a
// leader (or coordinator) again and no message is lost.
constexpr VirtualTime kSettle = 1 * kSecond;

Scenario sweepRun(const std::string &protocol, int seed)
{
    return sweepScenario(protocol, seed, 3 + 2 * (seed % 2), kUntil, FaultMix::All);
}

// Runs one sweep scenario (optionally with another protocol object) and returns its history's problem.
std::string checkHistory(const Scenario &scenario, HistoryCheck &history, bool answeredAfterFaults = true)
{
    Simulation simulation(*scenario.protocol, scenario.parameters, scenario.seed);
    simulation.setObserver(&history);
    for (const auto &input : scenario.inputs)
        simulation.schedule(input);
    simulation.runUntil(scenario.until);
    return history.verdict(scenario.until, answeredAfterFaults ? defaultFaultsEnd(scenario.until) + kSettle
                                                               : scenario.until + 1);
}

Input clientInput(VirtualTime at, ClientId client, NodeId node, OperationKind kind, std::string key, std::string value)
{
    Input input;
    input.at = at;
    input.kind = InputKind::Client;
    input.client = client;
    input.node = node;
    input.operation = kind;
    input.key = std::move(key);
    input.command = std::move(value);
    return input;
}

} // namespace

// Client operations as first-class history: each invocation completes exactly once, as ok, fail or
// unknown, in every protocol under random faults; the history survives a trace round trip and
// replays identically; and a node that never answers is caught.
class TestClientOperations : public QObject
{
    Q_OBJECT

private slots:
    void everyInvocationCompletesOnce_data()
    {
        QTest::addColumn<QString>("protocol");
        QTest::addColumn<bool>("answeredAfterFaults");
        for (const char *name : {"raft", "multipaxos", "zab", "2pc", "paxos", "bully"})
            QTest::newRow(name) << QString::fromLatin1(name) << true;
        // 3PC's recovery from a coordinator crash (a termination that must hear from every node)
        // can outlast a client's timeout after the repair (seed 171): only the history is checked.
        QTest::newRow("3pc") << QStringLiteral("3pc") << false;
    }

    void everyInvocationCompletesOnce()
    {
        QFETCH(QString, protocol);
        QFETCH(bool, answeredAfterFaults);
        constexpr int kSeeds = 2000;
        std::uint64_t invoked = 0, ok = 0, failed = 0, unknown = 0;
        for (int seed = 1; seed <= kSeeds; ++seed) {
            const auto scenario = sweepRun(protocol.toStdString(), seed);
            HistoryCheck history;
            if (const auto problem = checkHistory(scenario, history, answeredAfterFaults); !problem.empty())
                QFAIL(("seed " + std::to_string(seed) + ": " + problem + "\nreproduce: " + reproduceCommand(scenario)).c_str());
            invoked += history.invoked();
            ok += history.count(OperationResult::Ok);
            failed += history.count(OperationResult::Fail);
            unknown += history.count(OperationResult::Unknown);
        }
        QVERIFY(invoked > 0);
        QCOMPARE(ok + failed + unknown, invoked);
        qInfo("%s: %d seeds, %llu operations: %llu ok, %llu fail, %llu unknown", qPrintable(protocol), kSeeds,
              static_cast<unsigned long long>(invoked), static_cast<unsigned long long>(ok),
              static_cast<unsigned long long>(failed), static_cast<unsigned long long>(unknown));
    }

    void aNodeThatNeverAnswersIsCaught()
    {
        const SilentClientsProtocol silent(*findProtocol("raft"));
        auto scenario = sweepRun("raft", 1);
        scenario.protocol = &silent;
        HistoryCheck history;
        const auto problem = checkHistory(scenario, history);
        QVERIFY2(problem.find("after the faults stopped, got no answer") != std::string::npos, problem.c_str());
        QCOMPARE(history.count(OperationResult::Ok), std::uint64_t(0));
    }

    void aDownNodeFailsAtOnceAndACheckpointKeepsPendingOperations()
    {
        Simulation simulation(*findProtocol("raft"), defaultValues(findProtocol("raft")->descriptor().parameters), 2);
        HistoryCheck history;
        simulation.setObserver(&history);
        Input crash;
        crash.at = 100 * kMillisecond;
        crash.kind = InputKind::Crash;
        crash.node = 2;
        simulation.schedule(crash);
        simulation.schedule(clientInput(200 * kMillisecond, 1, 2, OperationKind::Write, "a", "1"));
        simulation.runUntil(200 * kMillisecond);
        QCOMPARE(history.count(OperationResult::Fail), std::uint64_t(1));
        QCOMPARE(simulation.clients().pendingCount(), std::size_t(0));

        // n4 leads from 171.811ms; its crash strands the write, which a copy taken now still waits for.
        simulation.schedule(clientInput(300 * kMillisecond, 2, 4, OperationKind::Write, "b", "2"));
        crash.at = 300 * kMillisecond;
        crash.node = 4;
        simulation.schedule(crash);
        simulation.runUntil(300 * kMillisecond);
        QCOMPARE(simulation.clients().pendingCount(), std::size_t(1));
        Simulation checkpoint = simulation;
        QCOMPARE(checkpoint.clients().pendingCount(), std::size_t(1));
        for (auto *run : {&simulation, &checkpoint}) {
            run->runUntil(2299 * kMillisecond);
            QCOMPARE(run->clients().pendingCount(), std::size_t(1));
            run->runUntil(2300 * kMillisecond);
            QCOMPARE(run->clients().pendingCount(), std::size_t(0));
            QCOMPARE(run->clients().tallies().at(2).unknown, std::uint64_t(1));
        }
        QCOMPARE(history.verdict(2300 * kMillisecond, 0).find("got no answer") != std::string::npos, true);
    }

    void traceRoundTripKeepsTheHistory()
    {
        // Raft, five nodes, seed 2: n4 leads term 1 from 171.811ms.
        auto scenario = defaultScenario(*findProtocol("raft"));
        scenario.seed = 2;
        scenario.until = 3 * kSecond;
        scenario.inputs = {
            clientInput(500 * kMillisecond, 1, 4, OperationKind::Command, {}, "x=1"),
            clientInput(500 * kMillisecond, 2, 2, OperationKind::Write, "y", "2"),
            clientInput(700 * kMillisecond, 3, 3, OperationKind::Read, "y", {}),
            clientInput(800 * kMillisecond, 1, 4, OperationKind::Write, "z", "3"),
        };
        Input crash;
        crash.at = 800 * kMillisecond;
        crash.kind = InputKind::Crash;
        crash.node = 4;
        scenario.inputs.push_back(crash);
        RecordedRun run(scenario);
        run.runToEnd();
        const auto text = serializeTrace(run.document());

        const auto lookup = [](std::string_view name) { return findProtocol(name); };
        const auto parsed = parseTrace(text, lookup);
        QCOMPARE(parsed.scenario.inputs, scenario.inputs);
        QCOMPARE(serializeTrace(parsed), text);
        QVERIFY(!replayTrace(parsed).has_value());

        std::vector<std::string> history;
        for (const auto &event : parsed.events) {
            const auto &kind = event["kind"].get_ref<const std::string &>();
            if (kind == "invoke" || kind == "complete")
                history.push_back(formatDuration(event["t"].get<VirtualTime>()) + " " + kind + " op"
                                  + std::to_string(event["op"].get<int>()) + " "
                                  + (kind == "invoke" ? event["operation"].get<std::string>()
                                                      : event["result"].get<std::string>() + " "
                                                            + event.value("value", std::string("-"))));
        }
        const std::vector<std::string> expected = {
            "500ms invoke op1 command", "500ms invoke op2 write", "513.814ms complete op1 ok -",
            "523.392ms complete op2 ok -", "700ms invoke op3 read", "721.404ms complete op3 ok 2",
            "800ms invoke op4 write", "2.8s complete op4 unknown -"};
        for (const auto &line : history)
            qInfo("%s", line.c_str());
        QCOMPARE(history, expected);

        // The summary counts them, with the latency of the answered ones.
        const auto summary = cli::runSummary(parsed, {});
        QVERIFY2(summary.find("clients:    4 operations by 3 clients: 3 ok, 0 fail, 1 unknown\n") != std::string::npos,
                 summary.c_str());
        QVERIFY2(summary.find("latency:    answered operations (ok or fail): median 21.404ms, p99 23.392ms, max 23.392ms")
                     != std::string::npos, summary.c_str());

        // A history that was tampered with no longer replays, and a bad result is refused.
        auto tampered = parsed;
        for (auto &event : tampered.events) {
            if (event["kind"] == "complete" && event.contains("value"))
                event["value"] = "9";
        }
        QVERIFY(replayTrace(tampered).has_value());
        auto bad = text;
        bad.replace(bad.find("\"result\":\"ok\""), 13, "\"result\":\"maybe\"");
        try {
            parseTrace(bad, lookup);
            QFAIL("a complete event with result \"maybe\" was accepted");
        } catch (const InputError &error) {
            QVERIFY2(std::string(error.what()).find("result") != std::string::npos, error.what());
        }
    }
};

QTEST_GUILESS_MAIN(TestClientOperations)
#include "tst_clientoperations.moc"
