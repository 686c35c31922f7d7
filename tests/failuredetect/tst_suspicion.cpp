#include <QtTest>

#include "registry.h"
#include "scenario.h"
#include "simulation.h"
#include "suspicion.h"

using namespace cs;
using namespace cs::failuredetect;

// The suspicion formulas against the reference's golden values: phi for heartbeats with mean 1 s
// and deviation 100 ms, with the normal distribution and with Akka's logistic approximation, and
// the silence after which each reaches threshold 8; and the checker's counts of the trade-off.
class TestSuspicion : public QObject
{
    Q_OBJECT

    static ArrivalWindow regular()
    {
        ArrivalWindow window(10, kSecond);
        for (int i = 0; i < 9; ++i)
            window.add(kSecond);
        return window;
    }

    static QString twoDecimals(double value) { return QString::number(value, 'f', 2); }

private slots:
    void phiNormal_data()
    {
        QTest::addColumn<double>("elapsed");
        QTest::addColumn<QString>("phi");
        QTest::newRow("1.0 s") << 1.0 << QStringLiteral("0.30");
        QTest::newRow("1.3 s") << 1.3 << QStringLiteral("2.87");
        QTest::newRow("1.5 s") << 1.5 << QStringLiteral("6.54");
    }

    void phiNormal()
    {
        QFETCH(double, elapsed);
        QFETCH(QString, phi);
        QCOMPARE(twoDecimals(cs::failuredetect::phiNormal(elapsed, 1.0, 0.1)), phi);
    }

    void phiLogistic()
    {
        QCOMPARE(twoDecimals(cs::failuredetect::phiLogistic(1.5, 1.0, 0.1)), QStringLiteral("7.30"));
        QCOMPARE(twoDecimals(cs::failuredetect::phiLogistic(1.0, 1.0, 0.1)), QStringLiteral("0.30"));
        // Akka quotes the approximation's error as 0.00014 at 3.16 deviations.
        const double tail = std::pow(10.0, -cs::failuredetect::phiLogistic(1.316, 1.0, 0.1));
        const double exact = std::pow(10.0, -cs::failuredetect::phiNormal(1.316, 1.0, 0.1));
        QVERIFY(std::abs(tail - exact) < 0.0002);
    }

    void windowEstimates()
    {
        const auto window = regular();
        QCOMPARE(window.size(), std::size_t(10));
        QCOMPARE(window.mean(), double(kSecond));
        // Perfectly regular heartbeats have no deviation: the minimum is used instead.
        QCOMPARE(window.deviation(100 * kMillisecond), double(100 * kMillisecond));
        ArrivalWindow spread(2, kSecond);
        spread.add(3 * kSecond);
        QCOMPARE(spread.mean(), double(2 * kSecond));
        QCOMPARE(spread.deviation(kMillisecond), double(kSecond));
        // The window keeps only its last intervals.
        spread.add(3 * kSecond);
        QCOMPARE(spread.mean(), double(3 * kSecond));
    }

    void crossingTimes_data()
    {
        QTest::addColumn<int>("formula");
        QTest::addColumn<QString>("crossing");
        QTest::newRow("fixed 1.5 s") << int(Formula::FixedTimeout) << QStringLiteral("1.500");
        QTest::newRow("phi normal") << int(Formula::PhiNormal) << QStringLiteral("1.561");
        QTest::newRow("phi logistic") << int(Formula::PhiLogistic) << QStringLiteral("1.523");
    }

    void crossingTimes()
    {
        QFETCH(int, formula);
        QFETCH(QString, crossing);
        DetectorSettings settings;
        settings.formula = static_cast<Formula>(formula);
        const auto window = regular();
        const VirtualTime at = crossingTime(settings, window);
        QCOMPARE(QString::number(double(at) / kSecond, 'f', 3), crossing);
        // The crossing is the first microsecond at or above the threshold.
        QVERIFY(suspicionLevel(settings, window, at) >= suspicionThreshold(settings));
        QVERIFY(suspicionLevel(settings, window, at - 1) < suspicionThreshold(settings));
    }

    // A run's measures: crashes detected with their mean time, and false suspicions of live nodes.
    void measures_data()
    {
        QTest::addColumn<QString>("detector");
        QTest::addColumn<int>("loss");
        QTest::addColumn<QString>("detected");
        QTest::addColumn<QString>("meanTime");
        QTest::addColumn<QString>("falseSuspicions");
        // Node 2 crashes at 4.5 s, its last heartbeat having reached the others at 4 s: the two
        // monitors suspect it 1.5, 1.561 or 1.523 s later, counted from the crash at 4.5 s.
        QTest::newRow("fixed, crash") << "fixed" << 0 << "2" << "1s" << "0";
        QTest::newRow("phi normal, crash") << "phi-normal" << 0 << "2" << "1.061201s" << "0";
        QTest::newRow("phi logistic, crash") << "phi-logistic" << 0 << "2" << "1.022599s" << "0";
        // The lossy golden: live nodes wrongly suspected, fewer by phi.
        QTest::newRow("fixed, 20% loss") << "fixed" << 20 << "0" << "-" << "46";
        QTest::newRow("phi normal, 20% loss") << "phi-normal" << 20 << "0" << "-" << "26";
    }

    void measures()
    {
        QFETCH(QString, detector);
        QFETCH(int, loss);
        QFETCH(QString, detected);
        QFETCH(QString, meanTime);
        QFETCH(QString, falseSuspicions);
        const auto &protocol = *findProtocol("failure-detector");
        const auto &specs = protocol.descriptor().parameters;
        auto values = defaultScenario(protocol).parameters;
        values[kParamNodes] = 3;
        values[kParamLoss] = loss;
        if (loss == 0)
            values[kParamLatencyMin] = values[kParamLatencyMax] = 0;
        const auto index = static_cast<std::size_t>(*parameterIndex(specs, "detector"));
        values[index] = *choiceValue(specs[index], detector.toStdString());
        Simulation simulation(protocol, values, 7);
        if (loss == 0) {
            Input crash;
            crash.at = 4500 * kMillisecond;
            crash.kind = InputKind::Crash;
            crash.node = 2;
            simulation.schedule(crash);
        }
        simulation.runUntil(60 * kSecond);
        const auto measures = simulation.measures();
        QCOMPARE(measures.size(), std::size_t(3));
        QCOMPARE(QString::fromStdString(measures[0].value), detected);
        QCOMPARE(QString::fromStdString(measures[1].value), meanTime);
        QCOMPARE(QString::fromStdString(measures[2].value), falseSuspicions);
    }

    void higherThresholdWaitsLonger()
    {
        DetectorSettings eight;
        DetectorSettings twelve;
        twelve.threshold = 12;
        QVERIFY(crossingTime(twelve, regular()) > crossingTime(eight, regular()));
    }
};

QTEST_GUILESS_MAIN(TestSuspicion)
#include "tst_suspicion.moc"
