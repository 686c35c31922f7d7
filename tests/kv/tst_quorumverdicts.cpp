#include <QtTest>

#include "consistencychecker.h"
#include "quorumnode.h"
#include "registry.h"
#include "scenario.h"

using namespace cs;

namespace {

// Records a run's operation history as the consistency checker reads it.
class HistoryLog final : public SimulationObserver
{
public:
    void onInvoke(VirtualTime at, const PendingOperation &operation) override { history.invoke(at, operation); }
    void onComplete(VirtualTime at, const PendingOperation &operation, const OperationOutcome &outcome) override
    {
        history.complete(at, operation, outcome);
    }

    History history;
};

// Runs a shipped scenario to its end and returns its history and final simulation.
struct ScenarioRun
{
    Scenario scenario;
    std::unique_ptr<Simulation> simulation;
    HistoryLog log;
};

std::unique_ptr<ScenarioRun> runShipped(const char *file)
{
    auto run = std::make_unique<ScenarioRun>();
    run->scenario = loadScenarioFile(std::string(CS_TEST_DATA_DIR "/../resources/scenarios/") + file,
                                     [](std::string_view name) { return findProtocol(name); });
    run->simulation = std::make_unique<Simulation>(*run->scenario.protocol, run->scenario.parameters, run->scenario.seed);
    run->simulation->setObserver(&run->log);
    for (const auto &input : run->scenario.inputs)
        run->simulation->schedule(input);
    run->simulation->runUntil(run->scenario.until);
    return run;
}

// What each replica holds for a key at the end, for the checker's lost-write judgement.
std::vector<std::string> finalValues(const Simulation &simulation, const std::string &key)
{
    std::vector<std::string> values;
    for (NodeId id = 1; id <= simulation.clusterSize(); ++id) {
        const auto &store = dynamic_cast<const quorum::QuorumNode &>(simulation.node(id)).store();
        if (const auto it = store.find(key); it != store.end())
            values.push_back(quorum::readValue(it->second));
    }
    return values;
}

Input request(VirtualTime at, ClientId client, NodeId node, OperationKind kind, const std::string &key,
              const std::string &value = {})
{
    Input input;
    input.at = at;
    input.kind = InputKind::Client;
    input.client = client;
    input.node = node;
    input.operation = kind;
    input.key = key;
    input.command = value;
    return input;
}

} // namespace

// The consistency checker's verdicts on the quorum store's runs: W + R > N without faults is
// linearizable, the sloppy quorum's stale read is not, and the W=1 write lost to last-writer-wins
// is reported as a lost write.
class TestQuorumVerdicts : public QObject
{
    Q_OBJECT

private slots:
    void overlappingQuorumsAreLinearizableWithoutFaults()
    {
        // Three clients write and read two keys through every node, overlapping in time.
        const auto *protocol = findProtocol("kv-quorum");
        Simulation simulation(*protocol, defaultValues(protocol->descriptor().parameters), 3);
        HistoryLog log;
        simulation.setObserver(&log);
        int value = 0;
        for (VirtualTime at = 0; at < 2 * kSecond; at += 7 * kMillisecond) {
            const auto client = static_cast<ClientId>(1 + value % 3);
            const auto node = static_cast<NodeId>(1 + (value / 3) % 3);
            const std::string key = value % 2 ? "x" : "y";
            if (value % 3 == 0)
                simulation.schedule(request(at, client, node, OperationKind::Write, key, "v" + std::to_string(value)));
            else
                simulation.schedule(request(at, client, node, OperationKind::Read, key));
            ++value;
        }
        simulation.runUntil(4 * kSecond);
        QVERIFY(simulation.violations().empty());
        QVERIFY(log.history.operations().size() > 250);
        const auto report = ConsistencyChecker().check(log.history);
        QCOMPARE(report.verdict(ConsistencyModel::Linearizable), ModelVerdict::Holds);
        QVERIFY(report.valid());
    }

    void aSloppyQuorumsStaleReadIsNotLinearizable()
    {
        const auto run = runShipped("quorum-sloppy-stale-read.json");
        const auto report = ConsistencyChecker().check(run->log.history);
        QCOMPARE(report.verdict(ConsistencyModel::Linearizable), ModelVerdict::Violated);
        const auto *anomaly = report.anomaly(ConsistencyModel::Linearizable);
        QVERIFY(anomaly);
        // The stale read (op3, v0) after the acknowledged write of v1 (op2) is part of the proof.
        QVERIFY(std::find(anomaly->operations.begin(), anomaly->operations.end(), OperationId(3))
                != anomaly->operations.end());
        // After the handoff every replica holds v1, and the last read returns it.
        QCOMPARE(finalValues(*run->simulation, "y"), (std::vector<std::string>{"v1", "v1", "v1"}));
        QCOMPARE(run->log.history.find(4)->values, std::vector<std::string>{"v1"});
    }

    void anAcknowledgedW1WriteIsLost()
    {
        const auto run = runShipped("quorum-lost-write.json");
        ConsistencyOptions options;
        options.finalValues["x"] = finalValues(*run->simulation, "x");
        QCOMPARE(options.finalValues["x"], (std::vector<std::string>{"v2", "v2", "v2"}));
        const auto report = ConsistencyChecker(options).check(run->log.history);
        QCOMPARE(run->log.history.find(2)->result, OperationResult::Ok);
        QCOMPARE(report.lostWrites, std::vector<OperationId>{2});
        QCOMPARE(report.verdict(ConsistencyModel::Linearizable), ModelVerdict::Violated);
    }
};

QTEST_GUILESS_MAIN(TestQuorumVerdicts)
#include "tst_quorumverdicts.moc"
