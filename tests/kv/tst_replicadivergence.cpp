#include <QtTest>

#include "kvprotocol.h"
#include "registry.h"
#include "replicadivergence.h"
#include "scenario.h"

using namespace cs;

namespace {

using Keys = std::vector<std::string>;

// Feeds a run's notes, crashes and restarts to a divergence tracker, as the app's monitor does.
struct DivergenceObserver final : SimulationObserver
{
    ReplicaDivergence divergence;

    DivergenceObserver(const Protocol &protocol, int clusterSize)
        : divergence(findMeaning(protocol.descriptor().meanings, Meaning::ReplicaValue), clusterSize)
    {
    }
    void onNote(VirtualTime, const Note &note) override { divergence.observe(note); }
    void onInput(const Input &input) override
    {
        if (input.kind == InputKind::Crash)
            divergence.observeCrash(input.node);
        else if (input.kind == InputKind::Restart)
            divergence.observeRestart(input.node);
    }
};

// A run of a scenario whose divergent keys are asked at chosen moments.
struct Run
{
    std::unique_ptr<Simulation> simulation;
    std::unique_ptr<DivergenceObserver> observer;

    Run(const Protocol &protocol, const Scenario &scenario, const std::vector<Input> &more = {})
    {
        const auto size = static_cast<int>(scenario.parameters[kParamNodes]);
        simulation = std::make_unique<Simulation>(protocol, scenario.parameters, scenario.seed);
        observer = std::make_unique<DivergenceObserver>(protocol, size);
        simulation->setObserver(observer.get());
        for (const auto &input : scenario.inputs)
            simulation->schedule(input);
        for (const auto &input : more)
            simulation->schedule(input);
    }

    Keys at(VirtualTime t)
    {
        simulation->runUntil(t);
        return observer->divergence.divergentKeys();
    }
};

Scenario capAp()
{
    return loadScenarioFile(CS_TEST_DATA_DIR "/../resources/scenarios/kv-cap-ap.json",
                            [](std::string_view protocol) { return findProtocol(protocol); });
}

Input fault(InputKind kind, VirtualTime at, NodeId node)
{
    Input input;
    input.kind = kind;
    input.at = at;
    input.node = node;
    return input;
}

constexpr NoteSchema kHeld{"held", {"version", {}, {}, {}}, "value"};

Note held(NodeId node, const std::string &text, std::int64_t version)
{
    return {&kHeld, node, {version, 0, 0, 0}, text};
}

} // namespace

// Divergent keys as the lab counts them: the keys whose live replicas hold different values,
// from the replica-value notes a protocol declares. The kv CAP example diverges during the
// partition and converges after the heal; a backup that never applies replication stays divergent.
class TestReplicaDivergence : public QObject
{
    Q_OBJECT

private slots:
    void liveReplicasThatDisagreeDiverge()
    {
        const NoteMeaning meaning{.meaning = Meaning::ReplicaValue, .note = &kHeld, .keyEnd = '=', .everyNode = true};
        ReplicaDivergence divergence(&meaning, 3);
        for (NodeId node = 1; node <= 3; ++node)
            divergence.observe(held(node, "x=V0", 1));
        QCOMPARE(divergence.divergentKeys(), Keys{});
        divergence.observe(held(2, "x=V1", 2));
        divergence.observe(held(1, "y=V1", 3));
        // n2 holds a newer x; only n1 holds y, and every node should.
        QCOMPARE(divergence.divergentKeys(), (Keys{"x", "y"}));
        // A crashed replica does not count: n1 and n3 agree on x.
        divergence.observeCrash(2);
        QCOMPARE(divergence.divergentKeys(), Keys{"y"});
        divergence.observeRestart(2);
        QCOMPARE(divergence.divergentKeys(), (Keys{"x", "y"}));
        divergence.observe(held(1, "x=V1", 2));
        divergence.observe(held(3, "x=V1", 2));
        QCOMPARE(divergence.divergentKeys(), Keys{"y"});
        // The same text under another version is another value.
        divergence.observe(held(3, "x=V1", 4));
        QCOMPARE(divergence.divergentKeys(), (Keys{"x", "y"}));
    }

    void aKeyOnSomeNodesOnlyDivergesWhenTheyDisagree()
    {
        const NoteMeaning meaning{.meaning = Meaning::ReplicaValue, .note = &kHeld, .keyEnd = ' '};
        ReplicaDivergence divergence(&meaning, 5);
        divergence.observe(held(1, "x 1.1", 1));
        divergence.observe(held(2, "x 1.1", 1));
        QCOMPARE(divergence.divergentKeys(), Keys{});
        divergence.observe(held(3, "x 2.3", 2));
        QCOMPARE(divergence.divergentKeys(), Keys{"x"});
    }

    void noDeclarationNoDivergence()
    {
        ReplicaDivergence divergence(nullptr, 3);
        divergence.observe(held(1, "x=V0", 1));
        QCOMPARE(divergence.divergentKeys(), Keys{});
    }

    void kvApDivergesDuringThePartitionAndHeals()
    {
        const auto scenario = capAp();
        Run run(*scenario.protocol, scenario);
        // V0 reaches both nodes before the partition; V1 at n1 only during it; anti-entropy after the heal.
        QCOMPARE(run.at(150 * kMillisecond), Keys{});
        QCOMPARE(run.at(750 * kMillisecond), Keys{"x"});
        QCOMPARE(run.at(1700 * kMillisecond), Keys{"x"});
        QCOMPARE(run.at(3 * kSecond), Keys{});
    }

    void aCrashedReplicaDoesNotCount()
    {
        const auto scenario = capAp();
        Run run(*scenario.protocol, scenario,
                {fault(InputKind::Crash, 750 * kMillisecond, 2), fault(InputKind::Restart, 1200 * kMillisecond, 2)});
        QCOMPARE(run.at(740 * kMillisecond), Keys{"x"});
        QCOMPARE(run.at(760 * kMillisecond), Keys{});
        QCOMPARE(run.at(1250 * kMillisecond), Keys{"x"});
        QCOMPARE(run.at(3 * kSecond), Keys{});
    }

    void aBackupThatNeverAppliesStaysDivergent()
    {
        static const kv::KvProtocol broken(kv::Variant::BackupNeverApplies);
        auto scenario = capAp();
        Run run(broken, scenario);
        QCOMPARE(run.at(150 * kMillisecond), Keys{"x"});
        QCOMPARE(run.at(3 * kSecond), Keys{"x"});
        QCOMPARE(run.at(20 * kSecond), Keys{"x"});
    }

    void quorumKeysLiveOnTheirPreferenceListOnly()
    {
        // Five nodes, N=3: two nodes never hold x, and that is no divergence.
        const auto &protocol = *findProtocol("kv-quorum");
        auto scenario = defaultScenario(protocol);
        scenario.parameters[kParamNodes] = 5;
        Input write;
        write.kind = InputKind::Client;
        write.at = 100 * kMillisecond;
        write.node = 1;
        write.operation = OperationKind::Write;
        write.key = "x";
        write.command = "V1";
        scenario.inputs = {write};
        Run run(protocol, scenario);
        QCOMPARE(run.at(3 * kSecond), Keys{});
    }
};

QTEST_GUILESS_MAIN(TestReplicaDivergence)
#include "tst_replicadivergence.moc"
