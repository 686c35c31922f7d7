#include <QDir>
#include <QtTest>

#include "goldenfile.h"

using namespace cs::testing;

// Two- and three-phase commit golden scenarios: each file's exact output (votes, decisions,
// outcomes, locks, timeouts, violations) is checked; CLUSTERSCOPE_REWRITE=1 regenerates them.
class TestCommitGolden : public QObject
{
    Q_OBJECT

private slots:
    void scenario_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(CS_TEST_DATA_DIR "/commit/scenarios"));
        const auto files = dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 6);
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
        if (QFileInfo(path).fileName() == QStringLiteral("3pc_partition.txt")) {
            QVERIFY(!violations.empty());
            for (const auto &violation : violations)
                QCOMPARE(violation.invariant, std::string("Atomic Agreement"));
        } else {
            QCOMPARE(violations.size(), std::size_t(0));
        }
    }
};

QTEST_GUILESS_MAIN(TestCommitGolden)
#include "tst_commitgolden.moc"
