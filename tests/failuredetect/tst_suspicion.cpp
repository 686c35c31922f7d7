#include <QtTest>

#include "suspicion.h"

using namespace cs;
using namespace cs::failuredetect;

// The suspicion formulas against the reference's golden values: phi for heartbeats with mean 1 s
// and deviation 100 ms, with the normal distribution and with Akka's logistic approximation, and
// the silence after which each reaches threshold 8.
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
