#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QtTest>

#include <set>

#include "goldenfile.h"

using namespace cs::testing;

namespace {

const QStringList kProtocolFolders = {QStringLiteral("raft"), QStringLiteral("paxos"), QStringLiteral("zab"),
                                      QStringLiteral("bully"), QStringLiteral("commit"), QStringLiteral("kv"),
                                      QStringLiteral("mutex"), QStringLiteral("locks"),
                                      QStringLiteral("failuredetect"), QStringLiteral("balance")};

// The invariants a scenario is meant to break, from its "# expect: A, B" line; empty if none.
std::set<std::string> expectedViolations(const QString &path)
{
    QFile file(path);
    std::set<std::string> expected;
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return expected;
    const QRegularExpression line(QStringLiteral("^# expect: (.+)$"), QRegularExpression::MultilineOption);
    const auto match = line.match(QString::fromUtf8(file.readAll()));
    if (match.hasMatch()) {
        for (const auto &name : match.captured(1).split(QLatin1Char(','), Qt::SkipEmptyParts))
            expected.insert(name.trimmed().toStdString());
    }
    return expected;
}

} // namespace

// Every protocol's golden scenarios (etcd raft's datadriven style): each file's exact output —
// times, roles, messages, decisions, violations — is checked, and a run breaks exactly the
// invariants its "# expect:" line names, or none. CLUSTERSCOPE_REWRITE=1 regenerates the outputs.
class TestGoldenScenarios : public QObject
{
    Q_OBJECT

private slots:
    void scenario_data()
    {
        QTest::addColumn<QString>("path");
        int files = 0;
        for (const auto &folder : kProtocolFolders) {
            const QDir dir(QStringLiteral(CS_TEST_DATA_DIR "/") + folder + QStringLiteral("/scenarios"));
            const auto names = dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
            QVERIFY2(names.size() >= 2, qPrintable(folder));
            for (const auto &name : names) {
                QTest::newRow(qPrintable(folder + QLatin1Char('/') + name)) << dir.filePath(name);
                ++files;
            }
        }
        QVERIFY(files >= 25);
    }

    void scenario()
    {
        QFETCH(QString, path);
        ScenarioDriver driver;
        const auto failure = runGoldenFile(path.toStdString(), driver);
        if (!failure.empty())
            QFAIL(failure.c_str());
        const auto expected = expectedViolations(path);
        const auto &violations = driver.simulation()->violations();
        if (expected.empty()) {
            QCOMPARE(violations.size(), std::size_t(0));
            return;
        }
        QVERIFY(!violations.empty());
        for (const auto &violation : violations)
            QVERIFY2(expected.contains(violation.invariant), violation.invariant.c_str());
    }
};

QTEST_GUILESS_MAIN(TestGoldenScenarios)
#include "tst_goldenscenarios.moc"
