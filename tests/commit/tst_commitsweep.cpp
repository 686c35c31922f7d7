#include <QtTest>

#include "brokenvariants.h"
#include "goldenfile.h"
#include "registry.h"
#include "sweep.h"

using namespace cs;
using namespace cs::testing;

// Randomized faults over many seeds for 2PC and 3PC: with crashes only, no atomicity violation for
// either; with partitions and loss too, none for 2PC and only the known kind for 3PC; and once
// faults stop, every transaction a client starts is decided on every node within the bound. A
// coordinator that never decides is caught.
class TestCommitSweep : public QObject
{
    Q_OBJECT

    static SweepPlan plan(const Protocol &protocol, FaultMix mix)
    {
        SweepPlan plan{&protocol, mix, 10 * kSecond, [](int seed) { return 3 + seed % 3; }, {}};
        if (protocol.descriptor().name == "3pc" && mix == FaultMix::All)
            plan.knownLimitations = {"Atomic Agreement"};
        return plan;
    }

private slots:
    void sweep_data()
    {
        QTest::addColumn<QString>("protocol");
        QTest::addColumn<bool>("partitions");
        QTest::newRow("2pc, crashes") << "2pc" << false;
        QTest::newRow("3pc, crashes") << "3pc" << false;
        QTest::newRow("2pc, partitions and loss") << "2pc" << true;
        QTest::newRow("3pc, partitions and loss") << "3pc" << true;
    }

    void sweep()
    {
        QFETCH(QString, protocol);
        QFETCH(bool, partitions);
        const auto result = runSweep(
            plan(*findProtocol(protocol.toStdString()), partitions ? FaultMix::All : FaultMix::CrashesOnly), 1, sweepSeeds());
        QVERIFY2(result.firstFailure.empty(), result.firstFailure.c_str());
        qInfo("%s: %s", qPrintable(QTest::currentDataTag()), describeSweep(result).c_str());
        if (protocol == QStringLiteral("3pc") && partitions)
            QVERIFY(result.runsBreaking.count("Atomic Agreement") == 1);
    }

    void coordinatorNeverDecidingIsCaught_data()
    {
        QTest::addColumn<QString>("protocol");
        QTest::newRow("2pc") << "2pc";
        QTest::newRow("3pc") << "3pc";
    }

    void coordinatorNeverDecidingIsCaught()
    {
        QFETCH(QString, protocol);
        const auto result =
            runSweep(plan(coordinatorNeverDecides(protocol.toStdString()), FaultMix::CrashesOnly), 1, 200, false);
        const auto problem = caughtOnly(result, "Transactions Decided", 150);
        QVERIFY2(problem.empty(), problem.c_str());
    }
};

QTEST_GUILESS_MAIN(TestCommitSweep)
#include "tst_commitsweep.moc"
