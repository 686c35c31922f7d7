#include <QDir>
#include <QtTest>

#include "goldenfile.h"

using namespace cs::testing;

// ZAB golden scenarios: the three-server start converging on server 3, and a leader crash where
// the servers with the newest zxid win; CLUSTERSCOPE_REWRITE=1 regenerates them.
class TestZabGolden : public QObject
{
    Q_OBJECT

private slots:
    void scenario_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(CS_TEST_DATA_DIR "/zab/scenarios"));
        const auto files = dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 2);
        for (const auto &file : files)
            QTest::newRow(qPrintable(file)) << dir.filePath(file);
    }

    void scenario()
    {
        QFETCH(QString, path);
        ScenarioDriver driver;
        const auto failure = runGoldenFile(path.toStdString(), driver);
        if (!failure.empty())
            QFAIL(failure.c_str());
        QCOMPARE(driver.simulation()->violations().size(), std::size_t(0));
    }
};

QTEST_GUILESS_MAIN(TestZabGolden)
#include "tst_zabgolden.moc"
