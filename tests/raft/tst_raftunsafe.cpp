#include <QtTest>

#include "datadriven.h"
#include "raftchecker.h"
#include "raftnotes.h"
#include "scenariodriver.h"

using namespace cs;
using namespace cs::testing;

// The unsafe Raft variant (old-term entries committed by counting replicas, no no-op) must be
// caught by the checkers in the Figure 8 scenario, and correct Raft must survive the same inputs.
class TestRaftUnsafe : public QObject
{
    Q_OBJECT

private slots:
    void figureEightIsCaught_data()
    {
        QTest::addColumn<QString>("protocol");
        QTest::addColumn<bool>("expectViolation");
        QTest::newRow("unsafe variant") << "raft-unsafe-commit" << true;
        QTest::newRow("correct raft") << "raft" << false;
    }

    void figureEightIsCaught()
    {
        QFETCH(QString, protocol);
        QFETCH(bool, expectViolation);
        const auto cases = readDataDrivenFile(CS_TEST_DATA_DIR "/raft/scenarios/unsafe_figure8.txt");
        ScenarioDriver driver;
        for (const auto &testCase : cases) {
            auto command = testCase.command;
            if (command.rfind("cluster", 0) == 0)
                command += " protocol=" + protocol.toStdString();
            driver.execute(command);
        }
        const auto &violations = driver.simulation()->violations();
        QCOMPARE(!violations.empty(), expectViolation);
        if (expectViolation) {
            // The bad commit itself is flagged the moment it happens, before anything is lost.
            QCOMPARE(QString::fromStdString(violations.front().invariant), QStringLiteral("Leader Commits Own Term"));
            QCOMPARE(QString::fromStdString(violations.front().detail),
                     QStringLiteral("leader of term 6 committed up to 2@t1 \"b=2\", an entry of an earlier term"));
            bool stateMachineSafety = false;
            for (const auto &violation : violations)
                stateMachineSafety = stateMachineSafety || violation.invariant == "State Machine Safety";
            QVERIFY(stateMachineSafety);
        }
    }

    // No variant of Raft commits on a minority, so the checker is fed one by hand: a leader of a
    // three-node cluster commits an entry only its own log holds.
    void commitOnAMinorityIsCaught()
    {
        raft::RaftChecker checker(3, ProgressBound{});
        checker.observeNote(0, Note{&raft::kRoleNote, 1, {1, 0, 0, 0}, "leader"});
        checker.observeNote(0, Note{&raft::kAppendNote, 1, {1, 1, 0, 0}, "x=1"});
        checker.observeNote(0, Note{&raft::kAppendNote, 2, {1, 1, 0, 0}, "x=1"});
        checker.observeNote(0, Note{&raft::kAppendNote, 1, {2, 1, 0, 0}, "x=2"});
        checker.observeNote(0, Note{&raft::kCommitNote, 1, {1, 0, 0, 0}, ""});
        std::vector<Violation> violations;
        checker.check(0, violations);
        QVERIFY(violations.empty());
        checker.observeNote(0, Note{&raft::kCommitNote, 1, {2, 0, 0, 0}, ""});
        checker.check(0, violations);
        QCOMPARE(violations.size(), std::size_t(1));
        QCOMPARE(QString::fromStdString(violations.front().invariant), QStringLiteral("Commit By Majority"));
        QCOMPARE(QString::fromStdString(violations.front().detail),
                 QStringLiteral("leader of term 1 committed 2@t1 \"x=2\", held by 1 of 3 nodes"));
    }
};

QTEST_GUILESS_MAIN(TestRaftUnsafe)
#include "tst_raftunsafe.moc"
