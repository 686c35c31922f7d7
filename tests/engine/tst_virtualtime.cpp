#include <QtTest>

#include "virtualtime.h"

using namespace cs;

// Durations as users write them in scenario files and flags, and as the app prints them.
class TestVirtualTime : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("bare microseconds") << "250" << qint64(250);
        QTest::newRow("us") << "40us" << qint64(40);
        QTest::newRow("ms") << "1500ms" << qint64(1500000);
        QTest::newRow("s") << "3s" << qint64(3000000);
        QTest::newRow("minutes") << "2m" << qint64(120000000);
        QTest::newRow("zero") << "0ms" << qint64(0);
        QTest::newRow("hours") << "1h" << qint64(3600000000);
        QTest::newRow("fractional seconds") << "1.5s" << qint64(1500000);
        QTest::newRow("printed form") << "1.008917s" << qint64(1008917);
        QTest::newRow("fractional ms") << "213.456ms" << qint64(213456);
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(qint64, expected);
        const auto parsed = parseDuration(text.toStdString());
        QVERIFY(parsed.has_value());
        QCOMPARE(*parsed, expected);
    }

    void parseRejects_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *bad : {"", "ms", "-5ms", "1.s", "1.5us", "1.0000001s", "10 s", "3d", "5sec", "99999999999999999999s", "1e3"})
            QTest::newRow(bad) << QString::fromLatin1(bad);
    }

    void parseRejects()
    {
        QFETCH(QString, text);
        QVERIFY(!parseDuration(text.toStdString()).has_value());
    }

    void format_data()
    {
        QTest::addColumn<qint64>("time");
        QTest::addColumn<QString>("expected");
        QTest::newRow("us") << qint64(40) << "40us";
        QTest::newRow("ms") << qint64(150000) << "150ms";
        QTest::newRow("fractional ms") << qint64(213456) << "213.456ms";
        QTest::newRow("s") << qint64(10000000) << "10s";
        QTest::newRow("fractional s") << qint64(1008917) << "1.008917s";
        QTest::newRow("half second above one") << qint64(1500000) << "1.5s";
        QTest::newRow("negative") << qint64(-2000) << "-2ms";
    }

    void format()
    {
        QFETCH(qint64, time);
        QFETCH(QString, expected);
        QCOMPARE(QString::fromStdString(formatDuration(time)), expected);
        QCOMPARE(parseDuration(formatDuration(time)).value_or(-1), time < 0 ? -1 : time);
    }
};

QTEST_GUILESS_MAIN(TestVirtualTime)
#include "tst_virtualtime.moc"
