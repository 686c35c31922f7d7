#include <QtTest>

#include "consistencychecker.h"
#include "registersearch.h"
#include "goldenfile.h"
#include "kvprotocol.h"
#include "registry.h"
#include "sweep.h"

using namespace cs;
using namespace cs::testing;

// Randomized faults with a read and write load over many seeds, in both modes: CP never
// acknowledges a write before a majority holds it and never answers a read older than a write
// acknowledged before the read began; in both modes every replica converges once faults stop. A CP
// mode serving reads from any replica, a CP leader that acknowledges before a majority stores the
// write and a backup that never applies replication are caught.
class TestKvSweep : public QObject
{
    Q_OBJECT

    // The run's operation history, from its recorded invoke and complete events.
    static History historyOf(const RecordedRun &run)
    {
        History history;
        const auto &recorder = run.recorder();
        for (std::size_t i = 0; i < recorder.size(); ++i) {
            const auto *operation = recorder.operationOf(i);
            if (!operation)
                continue;
            const auto at = recorder.events()[i].t;
            if (recorder.events()[i].kind == TraceKind::Invoke)
                history.invoke(at, operation->operation);
            else
                history.complete(at, operation->operation, operation->outcome);
        }
        return history;
    }

    // Judges a CP run's history with the consistency checker: it must be linearizable (a search
    // that gives up counts in `undecided`).
    static void judgeLinearizable(SweepPlan &plan, int *undecided)
    {
        plan.judgeName = "Linearizable History";
        plan.judge = [undecided](const Scenario &, const RecordedRun &run) -> std::string {
            const auto report = ConsistencyChecker().check(historyOf(run));
            const auto verdict = report.verdict(ConsistencyModel::Linearizable);
            if (verdict == ModelVerdict::Unknown)
                ++*undecided;
            if (verdict != ModelVerdict::Violated)
                return {};
            const auto *anomaly = report.anomaly(ConsistencyModel::Linearizable);
            return anomaly ? anomaly->english : std::string("no linearization");
        };
    }

    // The per-key Wing-Gong search's verdict on a history: violated if any key's is, else unknown if
    // any key's is.
    static ModelVerdict keySearch(const History &history)
    {
        const auto registers = registerHistory(history);
        auto verdict = ModelVerdict::Holds;
        for (int key = 0; key < static_cast<int>(registers.keyNames.size()); ++key) {
            std::uint64_t visited = 0;
            const auto one = searchOrder(projectOnKey(registers.ops, key), 1, true, 1'000'000, visited);
            if (one == ModelVerdict::Violated)
                return one;
            if (one == ModelVerdict::Unknown)
                verdict = one;
        }
        return verdict;
    }

    static SweepPlan plan(const Protocol &protocol, FaultMix mix, const std::string &mode,
                          const std::string &reconcile = "lww")
    {
        SweepPlan plan{&protocol, mix, 10 * kSecond, [](int seed) { return 2 + seed % 4; }, {}};
        plan.settings = {{"mode", mode}, {"reconcile", reconcile}};
        return plan;
    }

private slots:
    void safetyAndLiveness_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("reconcile");
        QTest::addColumn<bool>("partitions");
        QTest::newRow("cp, crashes") << "cp" << "lww" << false;
        QTest::newRow("cp, partitions and loss") << "cp" << "lww" << true;
        QTest::newRow("ap lww, partitions and loss") << "ap" << "lww" << true;
        QTest::newRow("ap siblings, partitions and loss") << "ap" << "siblings" << true;
    }

    void safetyAndLiveness()
    {
        QFETCH(QString, mode);
        QFETCH(QString, reconcile);
        QFETCH(bool, partitions);
        auto sweep = plan(*findProtocol("kv"), partitions ? FaultMix::All : FaultMix::CrashesOnly, mode.toStdString(),
                          reconcile.toStdString());
        int undecided = 0;
        if (mode == QLatin1String("cp"))
            judgeLinearizable(sweep, &undecided);
        const auto result = runSweep(sweep, 1, sweepSeeds() / 4);
        QVERIFY2(result.firstFailure.empty(), result.firstFailure.c_str());
        qInfo("%s; linearizability undecided in %d runs", describeSweep(result).c_str(), undecided);
    }

    // Over 1,000 random CP histories with crashes (clients timing out, writes unknown), the checker's
    // linearizable verdict, with everything else it judges, is the per-key search's.
    void checkerAgreesWithKeySearch()
    {
        auto sweep = plan(*findProtocol("kv"), FaultMix::CrashesOnly, "cp");
        int unknownWrites = 0;
        int linearizable = 0;
        sweep.judgeName = "Checker Agrees With Key Search";
        sweep.judge = [&](const Scenario &, const RecordedRun &run) -> std::string {
            const auto history = historyOf(run);
            for (const auto &operation : history.operations())
                unknownWrites += operation.kind == OperationKind::Write && operation.result == OperationResult::Unknown;
            const auto checked = ConsistencyChecker().check(history).verdict(ConsistencyModel::Linearizable);
            const auto searched = keySearch(history);
            linearizable += checked == ModelVerdict::Holds;
            if (checked == searched)
                return {};
            const char *names[] = {"holds", "violated", "unknown"};
            return std::string("check() says linearizable ") + names[static_cast<int>(checked)] + ", the per-key search "
                   + names[static_cast<int>(searched)];
        };
        const auto result = runSweep(sweep, 1, 1000);
        QVERIFY2(result.firstFailure.empty(), result.firstFailure.c_str());
        qInfo("%d runs, %d linearizable, %d writes unknown", result.seeds, linearizable, unknownWrites);
        QVERIFY(unknownWrites >= 40);
        QCOMPARE(linearizable, result.seeds);
    }

    void readsFromAnyReplicaAreCaught()
    {
        static const kv::KvProtocol broken(kv::Variant::AnyReplicaReads);
        auto sweep = plan(broken, FaultMix::All, "cp");
        int undecided = 0;
        judgeLinearizable(sweep, &undecided);
        const auto result = runSweep(sweep, 1, 300, false);
        qInfo("%s", describeSweep(result).c_str());
        // Both the protocol's own check and the consistency checker over the history catch it, in
        // the same runs or not; nothing else breaks.
        QVERIFY(result.runsBreaking.count("Linearizable Reads") && result.runsBreaking.at("Linearizable Reads") >= 10);
        QVERIFY(result.runsBreaking.count("Linearizable History")
                && result.runsBreaking.at("Linearizable History") >= 10);
        QCOMPARE(result.runsBreaking.size(), std::size_t(2));
    }

    void ackBeforeMajorityIsCaught()
    {
        static const kv::KvProtocol broken(kv::Variant::AcksBeforeMajority);
        const auto result = runSweep(plan(broken, FaultMix::All, "cp"), 1, 200, false);
        qInfo("%s", describeSweep(result).c_str());
        QVERIFY(result.runsBreaking.count("Acknowledged Write On Majority")
                && result.runsBreaking.at("Acknowledged Write On Majority") >= 100);
    }

    void backupNeverApplyingIsCaught()
    {
        static const kv::KvProtocol broken(kv::Variant::BackupNeverApplies);
        const auto result = runSweep(plan(broken, FaultMix::All, "ap"), 1, 200, false);
        const auto problem = caughtOnly(result, "Replicas Converge", 100);
        QVERIFY2(problem.empty(), problem.c_str());
        qInfo("%s", describeSweep(result).c_str());
    }
};

QTEST_GUILESS_MAIN(TestKvSweep)
#include "tst_kvsweep.moc"
