#include <QDir>
#include <QtTest>

#include "goldenfile.h"

using namespace cs::testing;

// Raft golden scenarios: each file under raft/scenarios is a script whose exact output (times,
// roles, commits, truncations, violations) is checked; CLUSTERSCOPE_REWRITE=1 regenerates them.
class TestRaftGolden : public QObject
{
    Q_OBJECT

private slots:
    void scenario_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(CS_TEST_DATA_DIR "/raft/scenarios"));
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
        if (!QFileInfo(path).fileName().startsWith(QStringLiteral("unsafe")))
            QCOMPARE(driver.simulation()->violations().size(), std::size_t(0));
    }
};

QTEST_GUILESS_MAIN(TestRaftGolden)
#include "tst_raftgolden.moc"
