#include <QtTest>

#include <map>
#include <set>

#include "consistencychecker.h"
#include "quorumnotes.h"
#include "quorumprotocol.h"
#include "recordedrun.h"
#include "registry.h"
#include "tracereplay.h"

using namespace cs;

namespace {

// Collects what every read returned, by key, and the history for the consistency checker.
class ReadLog final : public SimulationObserver
{
public:
    void onInvoke(VirtualTime at, const PendingOperation &operation) override { history.invoke(at, operation); }
    void onComplete(VirtualTime at, const PendingOperation &operation, const OperationOutcome &outcome) override
    {
        history.complete(at, operation, outcome);
        if (operation.request.kind == OperationKind::Read)
            reads[operation.request.key] = std::string(operationResultName(outcome.result)) + " " + outcome.value;
    }

    std::map<std::string, std::string> reads;
    History history;
};

Input at(VirtualTime time, Input input)
{
    input.at = time;
    return input;
}

Input request(ClientId client, NodeId node, OperationKind kind, const std::string &key, const std::string &value = {})
{
    Input input;
    input.kind = InputKind::Client;
    input.client = client;
    input.node = node;
    input.operation = kind;
    input.key = key;
    input.command = value;
    return input;
}

Input partition(const std::vector<NodeId> &inside, int size)
{
    Input input;
    input.kind = InputKind::Partition;
    std::vector<NodeId> outside;
    for (NodeId id = 1; id <= size; ++id) {
        if (std::find(inside.begin(), inside.end(), id) == inside.end())
            outside.push_back(id);
    }
    input.groups = {inside, outside};
    return input;
}

ParameterValues quorumParameters(const Protocol &protocol, int writeQuorum, int readQuorum)
{
    const auto &specs = protocol.descriptor().parameters;
    auto values = defaultValues(specs);
    values[kParamNodes] = 3;
    values[quorum::kParamWriteQuorum] = writeQuorum;
    values[quorum::kParamReadQuorum] = readQuorum;
    // No anti-entropy during the experiment, so only the chosen sets hold the new version.
    values[quorum::kParamAntiEntropy] = 60 * kSecond;
    return values;
}

// Every (write set, read set) pair of the N=3 store, one key each: v0 reaches all three replicas,
// then a partition lets the write of v1 reach exactly the write set and the read exactly the read
// set. Returns each pair's read outcome, keyed "write set/read set", and the linearizability verdict
// of the whole history.
std::pair<std::map<std::string, std::string>, ModelVerdict> readEveryPair(const Protocol &protocol, int quorum)
{
    std::vector<std::vector<NodeId>> sets;
    if (quorum == 2)
        sets = {{1, 2}, {1, 3}, {2, 3}};
    else
        sets = {{1}, {2}, {3}};
    Simulation simulation(protocol, quorumParameters(protocol, quorum, quorum), 1);
    ReadLog log;
    simulation.setObserver(&log);
    VirtualTime base = 0;
    std::map<std::string, std::string> names;
    for (const auto &written : sets) {
        for (const auto &read : sets) {
            std::string name;
            for (const auto node : written)
                name += std::to_string(node);
            name += "/";
            for (const auto node : read)
                name += std::to_string(node);
            const std::string key = "k" + name;
            simulation.schedule(at(base, request(1, 1, OperationKind::Write, key, "v0")));
            simulation.schedule(at(base + 100 * kMillisecond, partition(written, 3)));
            simulation.schedule(at(base + 100 * kMillisecond, request(1, written.front(), OperationKind::Write, key, "v1")));
            simulation.schedule(at(base + 400 * kMillisecond, partition(read, 3)));
            simulation.schedule(at(base + 400 * kMillisecond, request(2, read.front(), OperationKind::Read, key)));
            Input heal;
            heal.kind = InputKind::HealAll;
            simulation.schedule(at(base + 700 * kMillisecond, heal));
            base += kSecond;
        }
    }
    simulation.runUntil(base);
    std::map<std::string, std::string> results;
    for (const auto &[key, outcome] : log.reads)
        results[key.substr(1)] = outcome;
    const auto report = ConsistencyChecker().check(log.history);
    return {results, report.verdict(ConsistencyModel::Linearizable)};
}

} // namespace

// The quorum arithmetic a user sees with N=3: which (write set, read set) pairs read the newest
// version, a read that answers before R replies is caught, and W or R above N is refused.
class TestQuorumReads : public QObject
{
    Q_OBJECT

private slots:
    void majorityQuorumsAlwaysReadTheNewest()
    {
        const auto [results, linearizable] = readEveryPair(*findProtocol("kv-quorum"), 2);
        QCOMPARE(linearizable, ModelVerdict::Holds);
        QCOMPARE(results.size(), std::size_t(9));
        for (const auto &[pair, outcome] : results)
            QVERIFY2(outcome == "ok v1", (pair + ": " + outcome).c_str());
    }

    void singleReplicaQuorumsReadTheNewestInThreeOfNine()
    {
        const auto [results, linearizable] = readEveryPair(*findProtocol("kv-quorum"), 1);
        QCOMPARE(linearizable, ModelVerdict::Violated);
        const std::map<std::string, std::string> expected{
            {"1/1", "ok v1"}, {"1/2", "ok v0"}, {"1/3", "ok v0"}, {"2/1", "ok v0"}, {"2/2", "ok v1"},
            {"2/3", "ok v0"}, {"3/1", "ok v0"}, {"3/2", "ok v0"}, {"3/3", "ok v1"}};
        QCOMPARE(results, expected);
    }

    void readingOneShortIsCaught()
    {
        // R=2 reads answered after one reply: every read breaks Read Quorum, and nothing else does.
        static const quorum::QuorumProtocol broken(quorum::Variant::ReadsOneShort);
        Simulation simulation(broken, quorumParameters(broken, 2, 2), 1);
        simulation.schedule(at(0, request(1, 1, OperationKind::Write, "x", "v0")));
        simulation.schedule(at(100 * kMillisecond, request(2, 2, OperationKind::Read, "x")));
        simulation.runUntil(kSecond);
        QCOMPARE(simulation.violations().size(), std::size_t(1));
        QCOMPARE(simulation.violations().front().invariant, std::string("Read Quorum"));
        QCOMPARE(simulation.violations().front().detail,
                 std::string("op2 (read x) answered after 1 distinct replies (n2), R is 2"));

        Simulation correct(*findProtocol("kv-quorum"), quorumParameters(broken, 2, 2), 1);
        correct.schedule(at(0, request(1, 1, OperationKind::Write, "x", "v0")));
        correct.schedule(at(100 * kMillisecond, request(2, 2, OperationKind::Read, "x")));
        correct.runUntil(kSecond);
        QVERIFY(correct.violations().empty());
    }

    // W and R change while the store runs: the checker counts each reply against the quorum in
    // force, live and when a trace is checked again, so lowering R is no violation and a read one
    // reply short of a raised R still is.
    void theCheckerCountsAgainstTheQuorumInForce()
    {
        static const quorum::QuorumProtocol broken(quorum::Variant::ReadsOneShort);
        const auto violationsOf = [](const Protocol &protocol, int from, int to) {
            auto scenario = defaultScenario(protocol);
            scenario.parameters = quorumParameters(protocol, 2, from);
            scenario.until = kSecond;
            Input set;
            set.kind = InputKind::SetParameter;
            set.parameter = "readQuorum";
            set.value = to;
            scenario.inputs = {at(0, request(1, 1, OperationKind::Write, "x", "v0")), at(50 * kMillisecond, set),
                               at(100 * kMillisecond, request(2, 2, OperationKind::Read, "x"))};
            RecordedRun run(scenario);
            run.runToEnd();
            std::vector<std::string> live;
            for (const auto &violation : run.simulation().violations())
                live.push_back(violation.invariant + ": " + violation.detail);
            std::vector<std::string> replayed;
            for (const auto &violation : checkTrace(run.document()))
                replayed.push_back(violation.invariant + ": " + violation.detail);
            return std::pair{live, replayed};
        };
        const std::vector<std::string> none;
        QCOMPARE(violationsOf(*findProtocol("kv-quorum"), 2, 1), std::pair(none, none));
        QCOMPARE(violationsOf(*findProtocol("kv-quorum"), 1, 2), std::pair(none, none));
        const std::vector<std::string> shortRead{"Read Quorum: op2 (read x) answered after 1 distinct replies (n2), R is 2"};
        QCOMPARE(violationsOf(broken, 1, 2), std::pair(shortRead, shortRead));
    }

    void quorumsAboveTheReplicaCountAreRefused()
    {
        const auto &specs = findProtocol("kv-quorum")->descriptor().parameters;
        auto values = defaultValues(specs);
        QCOMPARE(parameterConsistencyProblem(specs, values), std::string());
        values[quorum::kParamWriteQuorum] = 4;
        QCOMPARE(parameterConsistencyProblem(specs, values), std::string("writeQuorum (4) is above replicas (3)"));
        values[quorum::kParamWriteQuorum] = 3;
        values[quorum::kParamReplicas] = 5;
        QCOMPARE(parameterConsistencyProblem(specs, values), std::string("replicas (5) is above nodes (3)"));
    }
};

QTEST_GUILESS_MAIN(TestQuorumReads)
#include "tst_quorumreads.moc"
