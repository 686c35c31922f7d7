#include <QProcess>
#include <QtTest>

#include "recordedrun.h"
#include "registry.h"
#include "clirun.h"
#include "sweep.h"

using namespace cs;
using namespace cs::testing;

namespace {

// Runs clusterscope-cli with the words of a printed command line (its first word is the program).
QString runPrinted(const std::string &command, int *status)
{
    auto words = QString::fromStdString(command).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    words.removeFirst();
    const auto outcome = runCli(words);
    *status = outcome.status;
    return outcome.out;
}

} // namespace

// The reproduce line a sweep prints runs, from the command line, the very scenario the sweep ran.
class TestReproduce : public QObject
{
    Q_OBJECT

private slots:
    void commandBuildsTheSweepScenario_data()
    {
        QTest::addColumn<QString>("protocol");
        QTest::addColumn<bool>("partitions");
        for (const auto *protocol : allProtocols()) {
            const auto name = QString::fromStdString(protocol->descriptor().name);
            QTest::newRow(qPrintable(name + QStringLiteral(", crashes"))) << name << false;
            QTest::newRow(qPrintable(name + QStringLiteral(", partitions and loss"))) << name << true;
        }
    }

    void commandBuildsTheSweepScenario()
    {
        QFETCH(QString, protocol);
        QFETCH(bool, partitions);
        const auto scenario = sweepScenario(protocol.toStdString(), 37, 5, 8 * kSecond,
                                            partitions ? FaultMix::All : FaultMix::CrashesOnly);
        int status = 0;
        const auto trace = runPrinted(reproduceCommand(scenario) + " --out -", &status);
        QVERIFY(status == 0 || status == 1);
        const auto json = nlohmann::ordered_json::parse(trace.toStdString());
        QCOMPARE(QString::fromStdString(json["scenario"].dump()), QString::fromStdString(scenarioToJson(scenario).dump()));
    }

    void commandKeepsChoiceSettings()
    {
        const auto scenario = sweepScenario(*findProtocol("kv"), 37, 3, 8 * kSecond, FaultMix::All,
                                            {{"mode", "ap"}, {"reconcile", "siblings"}});
        const auto command = reproduceCommand(scenario);
        QVERIFY2(command.find(" --set mode=ap --set reconcile=siblings") != std::string::npos, command.c_str());
        int status = 0;
        const auto trace = runPrinted(command + " --out -", &status);
        QVERIFY(status == 0 || status == 1);
        const auto json = nlohmann::ordered_json::parse(trace.toStdString());
        QCOMPARE(QString::fromStdString(json["scenario"].dump()), QString::fromStdString(scenarioToJson(scenario).dump()));
        QCOMPARE(QString::fromStdString(json["scenario"]["parameters"]["mode"].dump()), QStringLiteral("\"ap\""));
    }

    void commandGivesTheSameFirstFailure_data()
    {
        QTest::addColumn<QString>("protocol");
        QTest::addColumn<bool>("partitions");
        QTest::newRow("bully-ignores-answers") << QStringLiteral("bully-ignores-answers") << false;
        QTest::newRow("kv-quorum-acks-one-short") << QStringLiteral("kv-quorum-acks-one-short") << true;
    }

    void commandGivesTheSameFirstFailure()
    {
        QFETCH(QString, protocol);
        QFETCH(bool, partitions);
        SweepPlan plan{findProtocol(protocol.toStdString()), partitions ? FaultMix::All : FaultMix::CrashesOnly,
                       12 * kSecond, [](int seed) { return 2 + seed % 6; }, {}};
        int seed = 1;
        SweepResult result;
        for (; seed <= 200 && result.firstFailure.empty(); ++seed)
            result = runSweep(plan, seed, seed);
        QVERIFY2(!result.firstFailure.empty(), "no seed fails");
        const auto scenario = sweepScenario(*plan.protocol, seed - 1, plan.nodes(seed - 1), plan.until, plan.mix);
        RecordedRun run(scenario, false);
        run.runToEnd();
        const auto &violation = run.simulation().violations().front();

        const auto printed = result.firstFailure.substr(result.firstFailure.find("reproduce: ") + 11);
        QCOMPARE(printed, reproduceCommand(scenario));
        int status = 0;
        const auto out = runPrinted(printed, &status);
        QCOMPARE(status, 1);
        const auto expected = QString::fromStdString(formatDuration(violation.at) + "  " + violation.invariant + " (node "
                                                     + std::to_string(violation.node) + "): " + violation.detail);
        const auto lines = out.split(QLatin1Char('\n'));
        const auto summary = lines.indexOf(QRegularExpression(QStringLiteral("^invariants: .*")));
        QVERIFY2(summary >= 0 && summary + 1 < lines.size(), qPrintable(out));
        QCOMPARE(lines[summary + 1].trimmed(), expected);
    }

    // A sweep over a shipped scenario with randomized timing writes the failing scenario to a file,
    // and its printed command plays exactly that scenario: the same settings and inputs, the same run.
    void scenarioSweepWritesTheScenarioItPrints()
    {
        SweepPlan plan;
        plan.protocol = findProtocol("kv");
        plan.scenario = [&plan](int seed) {
            auto scenario = loadScenarioFile(CS_SOURCE_DIR "/resources/scenarios/kv-baseball.json",
                                             [](std::string_view name) { return findProtocol(name); });
            scenario.seed = static_cast<std::uint64_t>(seed);
            scenario.parameters[kParamLatencyMax] += seed * kMillisecond;
            scenario.inputs.back().at += seed * kMillisecond;
            return scenario;
        };
        plan.judgeName = "Every Run Fails";
        plan.judge = [](const Scenario &, const RecordedRun &) { return std::string("judged"); };
        const auto result = runSweep(plan, 41, 41);
        const auto printed = result.firstFailure.substr(result.firstFailure.find("reproduce: ") + 11);
        QVERIFY2(printed.rfind("clusterscope-cli run --scenario ", 0) == 0, printed.c_str());

        const auto scenario = plan.scenario(41);
        RecordedRun run(scenario);
        run.runToEnd();
        int status = 0;
        const auto trace = runPrinted(printed + " --out -", &status);
        QCOMPARE(status, 0);
        const auto json = nlohmann::ordered_json::parse(trace.toStdString());
        QCOMPARE(QString::fromStdString(json["scenario"].dump()), QString::fromStdString(scenarioToJson(scenario).dump()));
        QCOMPARE(json["inputs"].size(), scenario.inputs.size());
        QCOMPARE(json["events"].size(), run.recorder().size());
    }
};

QTEST_GUILESS_MAIN(TestReproduce)
#include "tst_reproduce.moc"
