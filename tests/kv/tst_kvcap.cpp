#include <QtTest>

#include "consistencychecker.h"
#include "recordedrun.h"
#include "registry.h"

using namespace cs;

namespace {

// "op1 ok", "op3 ok V0", "op2 fail (no majority reachable)": every operation's outcome in order.
struct Outcomes final : SimulationObserver
{
    std::vector<std::string> lines;
    History history;
    std::string lastToken;

    void onInvoke(VirtualTime at, const PendingOperation &operation) override
    {
        history.invoke(at, operation);
        lastToken = operation.request.token;
    }
    void onComplete(VirtualTime at, const PendingOperation &operation, const OperationOutcome &outcome) override
    {
        history.complete(at, operation, outcome);
        std::string line = formatDuration(at) + " op" + std::to_string(operation.request.operation) + " "
                           + std::string(operationResultName(outcome.result));
        if (!outcome.value.empty())
            line += " " + outcome.value;
        if (!outcome.error.empty())
            line += " (" + outcome.error + ")";
        lines.push_back(line);
    }
};

Scenario load(const char *name)
{
    return loadScenarioFile(std::string(CS_SOURCE_DIR "/resources/scenarios/") + name,
                            [](std::string_view protocol) { return findProtocol(protocol); });
}

std::string values(const Simulation &simulation)
{
    std::string out;
    for (NodeId node = 1; node <= simulation.clusterSize(); ++node)
        out += "n" + std::to_string(node) + " " + simulation.node(node).describe().subtitle + "\n";
    return out;
}

std::string join(const std::vector<std::string> &lines)
{
    std::string out;
    for (const auto &line : lines)
        out += line + "\n";
    return out;
}

} // namespace

// The CAP golden scenarios of resources/scenarios run exactly as a user plays them: each
// operation's outcome and time, the replicas' final values, and the consistency checker's verdict
// on the history (CP linearizable; AP a stale read, not linearizable, and read-your-writes broken).
class TestKvCap : public QObject
{
    Q_OBJECT

    static std::pair<std::string, ConsistencyReport> play(const char *name, Simulation **out, Outcomes &outcomes,
                                                          std::unique_ptr<Simulation> &holder)
    {
        const auto scenario = load(name);
        holder = std::make_unique<Simulation>(*scenario.protocol, scenario.parameters, scenario.seed);
        holder->setObserver(&outcomes);
        for (const auto &input : scenario.inputs)
            holder->schedule(input);
        holder->runUntil(scenario.until);
        holder->finish();
        *out = holder.get();
        ConsistencyOptions options;
        options.quiescentFrom = 2500 * kMillisecond;
        return {join(outcomes.lines), ConsistencyChecker(options).check(outcomes.history)};
    }

private slots:
    void consistentSideRefuses()
    {
        Outcomes outcomes;
        std::unique_ptr<Simulation> holder;
        Simulation *simulation = nullptr;
        const auto [lines, report] = play("kv-cap-cp.json", &simulation, outcomes, holder);
        QCOMPARE(QString::fromStdString(lines), QStringLiteral("132.725ms op1 ok\n"
                                                               "700ms op2 fail (no majority reachable)\n"
                                                               "700ms op3 fail (no majority reachable)\n"
                                                               "1.2s op4 fail (no majority reachable)\n"
                                                               "2.229938s op5 ok\n"
                                                               "2.324271s op6 ok V1\n"));
        QCOMPARE(QString::fromStdString(values(*simulation)), QStringLiteral("n1 x=V1\nn2 x=V1\n"));
        QCOMPARE(report.verdict(ConsistencyModel::Linearizable), ModelVerdict::Holds);
        QVERIFY(simulation->violations().empty());
    }

    void availableSideReadsStale()
    {
        Outcomes outcomes;
        std::unique_ptr<Simulation> holder;
        Simulation *simulation = nullptr;
        const auto [lines, report] = play("kv-cap-ap.json", &simulation, outcomes, holder);
        QCOMPARE(QString::fromStdString(lines), QStringLiteral("100ms op1 ok\n"
                                                               "700ms op2 ok\n"
                                                               "700ms op3 ok V0\n"
                                                               "800ms op4 ok V0\n"
                                                               "2.8s op5 ok V1\n"));
        QCOMPARE(QString::fromStdString(values(*simulation)), QStringLiteral("n1 x=V1\nn2 x=V1\n"));
        QCOMPARE(report.verdict(ConsistencyModel::Linearizable), ModelVerdict::Violated);
        QCOMPARE(report.verdict(ConsistencyModel::ReadYourWrites), ModelVerdict::Violated);
        QCOMPARE(report.verdict(ConsistencyModel::MonotonicReads), ModelVerdict::Holds);
        QCOMPARE(report.verdict(ConsistencyModel::Eventual), ModelVerdict::Holds);
        QVERIFY(simulation->violations().empty());
    }

    void switchingToCpReconcilesFirst()
    {
        Outcomes outcomes;
        std::unique_ptr<Simulation> holder;
        Simulation *simulation = nullptr;
        const auto [lines, report] = play("kv-switch-ap-to-cp.json", &simulation, outcomes, holder);
        QCOMPARE(QString::fromStdString(lines), QStringLiteral("600ms op1 ok\n"
                                                               "700ms op2 ok\n"
                                                               "950ms op3 fail (reconciling replicas)\n"
                                                               "1.27811s op4 ok V2\n"
                                                               "1.3s op5 fail (no majority reachable)\n"));
        QCOMPARE(QString::fromStdString(values(*simulation)), QStringLiteral("n1 x=V2\nn2 x=V2\nn3 x=V2\n"));
        QVERIFY(simulation->violations().empty());
    }

    // The engine's client keeps the token a reply set, sends it with its next request, and a copy
    // of the simulation (a checkpoint) keeps it too. What a client read is kept apart, after "/":
    // read-your-writes waits only for what it wrote.
    void sessionTokenTravelsWithTheClient()
    {
        auto scenario = load("kv-cap-ap.json");
        Simulation simulation(*scenario.protocol, scenario.parameters, scenario.seed);
        Outcomes outcomes;
        simulation.setObserver(&outcomes);
        for (const auto &input : scenario.inputs)
            simulation.schedule(input);
        simulation.runUntil(750 * kMillisecond);
        QCOMPARE(simulation.clients().token(1), std::string("x=1.700000"));
        QCOMPARE(simulation.clients().token(2), std::string("/x=1.100000"));
        QCOMPARE(simulation.clients().token(3), std::string());
        const Simulation checkpoint = simulation;
        QCOMPARE(checkpoint.clients().token(1), std::string("x=1.700000"));
        // A's read-your-writes read at N2, cut off from N1, waits; A's client times out.
        Input read;
        read.at = 750 * kMillisecond;
        read.kind = InputKind::Client;
        read.client = 1;
        read.operation = OperationKind::Read;
        read.key = "x";
        read.node = 2;
        read.consistency = "read-your-writes";
        read.timeout = 500 * kMillisecond;
        simulation.schedule(read);
        simulation.runUntil(1300 * kMillisecond);
        QCOMPARE(outcomes.lastToken, std::string("x=1.700000"));
        QCOMPARE(QString::fromStdString(outcomes.lines.back()), QStringLiteral("1.25s op4 unknown (timeout)"));
    }
};

QTEST_GUILESS_MAIN(TestKvCap)
#include "tst_kvcap.moc"
