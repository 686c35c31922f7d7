#include <QtTest>

#include "goldenfile.h"
#include "quorumprotocol.h"
#include "registry.h"
#include "sweep.h"

using namespace cs;
using namespace cs::testing;

Q_DECLARE_METATYPE(cs::testing::ParameterSettings)

// Randomized faults over many seeds: the quorum store never lets a replica's version go back,
// acknowledges writes only after W real acks, and once faults and clients stop its replicas
// converge; store variants with one rule broken are caught by the property they break.
class TestQuorumSweep : public QObject
{
    Q_OBJECT

    static SweepPlan plan(const Protocol &protocol, FaultMix mix, ParameterSettings settings = {})
    {
        return {&protocol, mix, 12 * kSecond, [](int seed) { return 3 + seed % 3; }, {}, std::move(settings)};
    }

private slots:
    void safetyAndLiveness_data()
    {
        QTest::addColumn<bool>("partitions");
        QTest::addColumn<ParameterSettings>("settings");
        QTest::newRow("crashes") << false << ParameterSettings{};
        QTest::newRow("partitions and loss") << true << ParameterSettings{};
        QTest::newRow("sloppy quorum, siblings") << true << ParameterSettings{{"sloppy", 1}, {"reconcile", 1}};
        QTest::newRow("W=1, R=1, short anti-entropy") << true
                                                     << ParameterSettings{{"writeQuorum", 1}, {"readQuorum", 1},
                                                                          {"antiEntropyInterval", 300 * kMillisecond}};
    }

    void safetyAndLiveness()
    {
        QFETCH(bool, partitions);
        QFETCH(ParameterSettings, settings);
        const auto result = runSweep(plan(*findProtocol("kv-quorum"), partitions ? FaultMix::All : FaultMix::CrashesOnly,
                                          settings),
                                     1, sweepSeeds() / 2);
        QVERIFY2(result.firstFailure.empty(), result.firstFailure.c_str());
        qInfo("%s", describeSweep(result).c_str());
    }

    void reproduceCommandRunsTheSameScenario()
    {
        const auto scenario = sweepScenario("kv-quorum", 7, 4, 12 * kSecond, FaultMix::All);
        QCOMPARE(reproduceCommand(scenario),
                 std::string("clusterscope-cli run --protocol kv-quorum --nodes 4 --seed 7 --until 12s --faults random"));
        const auto sloppy = sweepScenario(*findProtocol("kv-quorum"), 7, 4, 12 * kSecond, FaultMix::All,
                                          {{"sloppy", 1}, {"antiEntropyInterval", 300 * kMillisecond}});
        QCOMPARE(reproduceCommand(sloppy), std::string("clusterscope-cli run --protocol kv-quorum --nodes 4 --seed 7 "
                                                       "--until 12s --faults random --set sloppy=1 "
                                                       "--set antiEntropyInterval=300ms"));
    }

    void acksOneShortIsCaught()
    {
        const auto result = runSweep(plan(*findProtocol("kv-quorum-acks-one-short"), FaultMix::All), 1, 200, false);
        const auto problem = caughtOnly(result, "Write Quorum", 150);
        QVERIFY2(problem.empty(), problem.c_str());
        qInfo("%s", describeSweep(result).c_str());
    }

    void overwritingBlindlyIsCaught()
    {
        static const kv::QuorumProtocol broken(kv::Variant::OverwritesBlindly);
        const auto result = runSweep(plan(broken, FaultMix::All), 1, 200, false);
        // A replica that takes an older version also breaks what depends on it (an ack for a version it
        // no longer holds, replicas left apart): the first property it breaks is caught in every run.
        QVERIFY2(result.runsBreaking.count("Versions Never Go Back") && result.runsBreaking.at("Versions Never Go Back") >= 150, describeSweep(result).c_str());
        qInfo("%s", describeSweep(result).c_str());
    }

    void writingOnlyAQuorumIsCaught()
    {
        static const kv::QuorumProtocol broken(kv::Variant::WritesOnlyQuorum);
        const auto result = runSweep(plan(broken, FaultMix::All), 1, 200, false);
        const auto problem = caughtOnly(result, "Replicas Converge", 100);
        QVERIFY2(problem.empty(), problem.c_str());
        qInfo("%s", describeSweep(result).c_str());
    }
};

QTEST_GUILESS_MAIN(TestQuorumSweep)
#include "tst_quorumsweep.moc"
