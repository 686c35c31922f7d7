#include <QDir>
#include <QtTest>

#include "goldenfile.h"

using namespace cs::testing;

// Paxos golden scenarios reproducing the source's worked examples (plain and crossed runs)
// the duelling-proposers livelock and how a distinguished proposer ends it, Multi-Paxos with a
// stable leader and a leader change, and the forgetful acceptor caught.
class TestPaxosGolden : public QObject
{
    Q_OBJECT

private slots:
    void scenario_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(CS_TEST_DATA_DIR "/paxos/scenarios"));
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
            QCOMPARE(violations.front().invariant, std::string("Promise Never Decreases"));
        } else {
            QCOMPARE(violations.size(), std::size_t(0));
        }
    }
};

QTEST_GUILESS_MAIN(TestPaxosGolden)
#include "tst_paxosgolden.moc"
