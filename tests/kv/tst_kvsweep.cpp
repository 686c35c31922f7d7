#include <QtTest>

#include "goldenfile.h"
#include "kvprotocol.h"
#include "registry.h"
#include "sweep.h"

using namespace cs;
using namespace cs::testing;

// Randomized faults with a read and write load over many seeds, in both modes: CP never
// acknowledges a write before a majority holds it and never answers a read older than a write
// acknowledged before the read began; in both modes every replica converges once faults stop. A CP
// mode serving reads from any replica and a backup that never applies replication are caught.
class TestKvSweep : public QObject
{
    Q_OBJECT

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
        const auto result = runSweep(plan(*findProtocol("kv"), partitions ? FaultMix::All : FaultMix::CrashesOnly,
                                          mode.toStdString(), reconcile.toStdString()),
                                     1, sweepSeeds() / 4);
        QVERIFY2(result.firstFailure.empty(), result.firstFailure.c_str());
        qInfo("%s", describeSweep(result).c_str());
    }

    void readsFromAnyReplicaAreCaught()
    {
        static const kv::KvProtocol broken(kv::Variant::AnyReplicaReads);
        const auto result = runSweep(plan(broken, FaultMix::All, "cp"), 1, 300, false);
        const auto problem = caughtOnly(result, "Linearizable Reads", 10);
        QVERIFY2(problem.empty(), problem.c_str());
        qInfo("%s", describeSweep(result).c_str());
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
