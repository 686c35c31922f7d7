#include <QtTest>

#include "brokenvariants.h"
#include "goldenfile.h"
#include "registry.h"
#include "sweep.h"

using namespace cs;
using namespace cs::testing;

// Randomized faults (crashes, partitions, pauses, slow links, loss) over many seeds for every
// balancing algorithm: the balancer answers each request at most once, the smooth weighted round
// robin's current weights always sum to 0, no resting server is picked, and once faults stop every
// request is answered. Each invariant is shown to fail on a balancer broken on purpose.
class TestBalanceSweep : public QObject
{
    Q_OBJECT

    static SweepPlan plan(const Protocol &protocol, FaultMix mix, std::map<std::string, std::string> settings)
    {
        // Node 1 the balancer, three servers, one to three clients.
        return {&protocol, mix, 20 * kSecond, [](int seed) { return 5 + seed % 3; }, {}, std::move(settings)};
    }

private slots:
    void safeAndLive_data()
    {
        QTest::addColumn<QString>("algorithm");
        QTest::addColumn<QString>("sessions");
        QTest::addColumn<bool>("all");
        for (const char *algorithm : {"round-robin", "weighted-round-robin", "smooth-weighted", "random",
                                      "weighted-random", "least-connections", "weighted-least-connections",
                                      "source-hash", "consistent-hash"}) {
            const bool hashing = QByteArray(algorithm).contains("hash");
            QTest::addRow("%s, all faults", algorithm)
                << QString::fromLatin1(algorithm) << QString::fromLatin1(hashing ? "sticky" : "none") << true;
        }
        QTest::addRow("smooth-weighted, crashes, store") << QStringLiteral("smooth-weighted") << QStringLiteral("store")
                                                         << false;
    }

    void safeAndLive()
    {
        QFETCH(QString, algorithm);
        QFETCH(QString, sessions);
        QFETCH(bool, all);
        const auto result = runSweep(plan(*findProtocol("load-balancer"), all ? FaultMix::All : FaultMix::CrashesOnly,
                                          {{"algorithm", algorithm.toStdString()},
                                           {"sessions", sessions.toStdString()},
                                           {"burst", "3"}}),
                                     1, sweepSeeds(500));
        QVERIFY2(result.firstFailure.empty(), result.firstFailure.c_str());
        qInfo("%s", describeSweep(result).c_str());
    }

    void startingAtTheWeightsIsCaught()
    {
        // The seed's prose starts the current weights at the weights: their sum is the total, never 0.
        const auto result = runSweep(plan(*findProtocol("load-balancer-starts-at-weights"), FaultMix::CrashesOnly,
                                          {{"algorithm", "smooth-weighted"}}),
                                     1, 30, false);
        const auto problem = caughtOnly(result, "Current Weights Sum To Zero", 30);
        QVERIFY2(problem.empty(), problem.c_str());
    }

    void pickingARestingServerIsCaught()
    {
        const auto result = runSweep(plan(*findProtocol("load-balancer-ignores-down"), FaultMix::CrashesOnly,
                                          {{"algorithm", "round-robin"}}),
                                     1, 60, false);
        const auto problem = caughtOnly(result, "Picks Only Available Servers", 20);
        QVERIFY2(problem.empty(), problem.c_str());
    }

    void answeringTwiceIsCaught()
    {
        // Late responses come from servers that were slow, paused or cut off, not crashed.
        const auto result = runSweep(plan(*findProtocol("load-balancer-answers-twice"), FaultMix::All,
                                          {{"algorithm", "round-robin"}, {"burst", "3"}}),
                                     1, 60, false);
        const auto problem = caughtOnly(result, "Answered At Most Once", 10);
        QVERIFY2(problem.empty(), problem.c_str());
    }

    void losingResponsesIsCaught()
    {
        const auto result = runSweep(plan(balancerLosesResponses(), FaultMix::CrashesOnly, {{"algorithm", "round-robin"}}),
                                     1, 30, false);
        const auto problem = caughtOnly(result, "No Request Lost", 20);
        QVERIFY2(problem.empty(), problem.c_str());
    }
};

QTEST_GUILESS_MAIN(TestBalanceSweep)
#include "tst_balancesweep.moc"
