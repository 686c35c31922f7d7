#include <QtTest>

#include "brokenvariants.h"
#include "goldenfile.h"
#include "registry.h"
#include "sweep.h"

using namespace cs;
using namespace cs::testing;

// Randomized faults over many seeds with processes asking for the locks all along: the storage
// never takes a stale token's write after a newer one, ZooKeeper never lets a writer share the
// lock, and once faults stop every waiting process gets the lock (except in the lock table, whose
// crashed holder blocks it forever by design). Clients that ignore fencing are caught.
class TestLockSweep : public QObject
{
    Q_OBJECT

    static SweepPlan plan(const std::string &protocol, FaultMix mix, std::map<std::string, std::string> settings = {})
    {
        const Protocol *found = findProtocol(protocol);
        return {found, mix, 20 * kSecond, [](int seed) { return 3 + seed % 5; },
                found->descriptor().knownLimitations, std::move(settings)};
    }

private slots:
    void safetyAndLiveness_data()
    {
        QTest::addColumn<QString>("protocol");
        QTest::addColumn<QString>("watch");
        QTest::addColumn<bool>("partitions");
        for (const bool partitions : {false, true}) {
            const char *faults = partitions ? "partitions and loss" : "crashes";
            QTest::addRow("lock-table, %s", faults) << "lock-table" << "" << partitions;
            QTest::addRow("lock-cache, %s", faults) << "lock-cache" << "" << partitions;
            QTest::addRow("lock-zookeeper recipe, %s", faults) << "lock-zookeeper" << "predecessor" << partitions;
            QTest::addRow("lock-zookeeper herd, %s", faults) << "lock-zookeeper" << "directory" << partitions;
        }
    }

    void safetyAndLiveness()
    {
        QFETCH(QString, protocol);
        QFETCH(QString, watch);
        QFETCH(bool, partitions);
        std::map<std::string, std::string> settings;
        if (!watch.isEmpty())
            settings["watch"] = watch.toStdString();
        const auto sweep = plan(protocol.toStdString(), partitions ? FaultMix::All : FaultMix::CrashesOnly, settings);
        const auto result = runSweep(sweep, 1, sweepSeeds(1000));
        QVERIFY2(result.firstFailure.empty(), result.firstFailure.c_str());
        qInfo("%s", describeSweep(result).c_str());
    }

    // ZooKeeper processes that never hear a watch event (nor the pong that counts them): a waiter
    // that is not first in line is never woken, which the liveness check must catch.
    void waitersNeverWokenAreCaught()
    {
        NodeFilter filter;
        filter.dropsMessage = [](const FilteredSelf &, NodeId, const Message &message) {
            return message.type() == "WatchEvent" || message.type() == "Pong";
        };
        const FilteredProtocol deaf(*findProtocol("lock-zookeeper"), "lock-zookeeper-waiters-never-woken", filter);
        SweepPlan sweep{&deaf, FaultMix::CrashesOnly, 20 * kSecond, [](int seed) { return 3 + seed % 5; }, {}};
        const auto result = runSweep(sweep, 1, 150, false);
        const auto problem = caughtOnly(result, "Every Waiter Served", 20);
        qInfo("%s", describeSweep(result).c_str());
        QVERIFY2(problem.empty(), problem.c_str());
    }

    void ignoringFencingIsCaught()
    {
        const auto result = runSweep(plan("lock-cache-ignores-fencing", FaultMix::All), 1, 150, false);
        const auto problem = caughtOnly(result, "Fenced Writes", 5);
        qInfo("%s", describeSweep(result).c_str());
        QVERIFY2(problem.empty(), problem.c_str());
    }
};

QTEST_GUILESS_MAIN(TestLockSweep)
#include "tst_locksweep.moc"
