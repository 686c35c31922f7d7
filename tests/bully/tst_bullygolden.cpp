#include <QDir>
#include <QtTest>

#include "goldenfile.h"

using namespace cs::testing;

// Bully golden scenarios: the election on the highest id, the takeover when it returns, a flapping
// high node, a partition, and the unsafe variant caught; CLUSTERSCOPE_REWRITE=1 regenerates them.
class TestBullyGolden : public QObject
{
    Q_OBJECT

private slots:
    void scenario_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(CS_TEST_DATA_DIR "/bully/scenarios"));
        const auto files = dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 5);
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
        const auto &violations = driver.simulation()->violations();
        if (QFileInfo(path).fileName().startsWith(QStringLiteral("unsafe"))) {
            QVERIFY(!violations.empty());
            QCOMPARE(violations.front().invariant, std::string("Victory Only Unanswered"));
        } else {
            QCOMPARE(violations.size(), std::size_t(0));
        }
    }
};

QTEST_GUILESS_MAIN(TestBullyGolden)
#include "tst_bullygolden.moc"
