#include <QtTest>

#include "goldenfile.h"
#include "registry.h"
#include "sweep.h"

using namespace cs;
using namespace cs::testing;

// Randomized faults over many seeds for each mutual-exclusion algorithm, with every process asking
// for the critical section by itself: never two processes inside, never two tokens, and once the
// faults stop every request is served. The broken variants are caught: a Ricart-Agrawala process
// that replies at once lets two in, a ring that regenerates without a probe makes two tokens.
class TestMutexSweep : public QObject
{
    Q_OBJECT

    static SweepPlan plan(const std::string &protocol, FaultMix mix, std::map<std::string, std::string> settings)
    {
        settings.emplace("requestInterval", "150ms");
        settings.emplace("holdTime", "20ms");
        return {findProtocol(protocol), mix, 12 * kSecond, [](int seed) { return 2 + seed % 5; }, {}, settings};
    }

private slots:
    void safetyAndLiveness_data()
    {
        QTest::addColumn<QString>("protocol");
        QTest::addColumn<bool>("partitions");
        QTest::addColumn<QString>("timeout");
        QTest::newRow("central, crashes") << "mutex-central" << false << "retryTimeout";
        QTest::newRow("central, partitions and loss") << "mutex-central" << true << "retryTimeout";
        QTest::newRow("ricart-agrawala, crashes") << "mutex-ricart-agrawala" << false << "retryTimeout";
        QTest::newRow("ricart-agrawala, partitions and loss") << "mutex-ricart-agrawala" << true << "retryTimeout";
        QTest::newRow("ricart-agrawala skipping failed, crashes")
            << "mutex-ricart-agrawala-skips-failed" << false << "retryTimeout";
        QTest::newRow("token ring, crashes") << "mutex-token-ring" << false << "tokenTimeout";
        QTest::newRow("token ring, partitions and loss") << "mutex-token-ring" << true << "tokenTimeout";
    }

    void safetyAndLiveness()
    {
        QFETCH(QString, protocol);
        QFETCH(bool, partitions);
        QFETCH(QString, timeout);
        const auto result = runSweep(plan(protocol.toStdString(), partitions ? FaultMix::All : FaultMix::CrashesOnly,
                                          {{timeout.toStdString(), "300ms"}}),
                                     1, sweepSeeds(5000));
        QVERIFY2(result.firstFailure.empty(), result.firstFailure.c_str());
        qInfo("%s", describeSweep(result).c_str());
    }

    void replyingAtOnceIsCaught()
    {
        const auto result = runSweep(plan("mutex-ricart-agrawala-replies-at-once", FaultMix::CrashesOnly,
                                          {{"retryTimeout", "300ms"}}),
                                     1, 200, false);
        const auto problem = caughtOnly(result, "Mutual Exclusion", 100);
        QVERIFY2(problem.empty(), problem.c_str());
        qInfo("%s", describeSweep(result).c_str());
    }

    void regeneratingBlindlyIsCaught()
    {
        // A time-out shorter than a busy round: the old token is only slow when the new one is made.
        const auto result = runSweep(plan("mutex-token-ring-regenerates-blindly", FaultMix::CrashesOnly,
                                          {{"tokenTimeout", "60ms"}}),
                                     1, 200, false);
        // A second token also lets a second process in, so Mutual Exclusion breaks beside it.
        QVERIFY2(result.runsBreaking.contains("Single Token") && result.runsBreaking.at("Single Token") >= 100,
                 describeSweep(result).c_str());
        for (const auto &[invariant, runs] : result.runsBreaking)
            QVERIFY2(invariant == "Single Token" || invariant == "Mutual Exclusion", invariant.c_str());
        qInfo("%s", describeSweep(result).c_str());
    }

    void textbookStallsAreCaught()
    {
        // Without a retry time-out, a lost message under faults stalls a requester for good.
        const auto result = runSweep(plan("mutex-ricart-agrawala", FaultMix::All, {}), 1, 200, false);
        const auto problem = caughtOnly(result, "No Starvation", 100);
        QVERIFY2(problem.empty(), problem.c_str());
        qInfo("%s", describeSweep(result).c_str());
    }
};

QTEST_GUILESS_MAIN(TestMutexSweep)
#include "tst_mutexsweep.moc"
