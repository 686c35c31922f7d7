#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <fstream>
#include <sstream>
#include <functional>
#include <map>

#include "clicommands.h"
#include "goldenfile.h"
#include "stranger/stranger.h"

using namespace cs::stranger;

namespace {

// One protocol as the stranger runs it: the CLI name and the settings each seed gets.
struct Target
{
    QString protocol;
    std::function<QStringList(int seed)> settings = [](int) { return QStringList{}; };
    // The lock services need node 1 for the service, node 2 for the storage and two processes.
    int fewestNodes = 3;
    QString until = QStringLiteral("5s");
};

// What a batch of runs gave: runs the stranger faulted, by property, and runs the CLI flagged.
struct Tally
{
    int runs = 0;
    int runsFaulted = 0;
    int runsFlaggedByProduct = 0;
    std::map<std::string, int> runsBreaking;
    std::string firstFinding;
};

QStringList arguments(const Target &target, int seed, const QString &file)
{
    QStringList list{"run", "--protocol", target.protocol, "--nodes", QString::number(target.fewestNodes + seed % 3),
                     "--seed", QString::number(seed), "--until", target.until, "--faults", "random", "--out", file};
    for (const auto &setting : target.settings(seed))
        list << "--set" << setting;
    return list;
}

nlohmann::json readTrace(const QString &file)
{
    std::ifstream in(file.toStdString());
    return nlohmann::json::parse(in);
}

std::string describe(const Finding &finding, const QStringList &command)
{
    return finding.property + " at events[" + std::to_string(finding.event) + "]: " + finding.detail
           + "\nreproduce: clusterscope-cli " + command.join(' ').toStdString();
}

// Runs the clusterscope-cli command in this process (the same code as the binary, without a
// process start per run); returns its exit status.
int runInProcess(const QStringList &command)
{
    std::vector<std::string> words;
    for (const auto &word : command)
        words.push_back(word.toStdString());
    std::ostringstream out, err;
    return cs::cli::runCommand(cs::cli::parseCliArguments(words), out, err);
}

// Runs seeds 1..seeds of a target as `clusterscope-cli run` does and checks every trace it wrote.
Tally sweep(const Target &target, int seeds, const QString &directory)
{
    Tally tally;
    const auto file = directory + QStringLiteral("/sweep.json");
    for (int seed = 1; seed <= seeds; ++seed) {
        const auto command = arguments(target, seed, file);
        ++tally.runs;
        tally.runsFlaggedByProduct += runInProcess(command) == 1 ? 1 : 0;
        const auto findings = checkTrace(readTrace(file));
        std::set<std::string> properties;
        for (const auto &finding : findings)
            properties.insert(finding.property);
        for (const auto &property : properties)
            ++tally.runsBreaking[property];
        tally.runsFaulted += findings.empty() ? 0 : 1;
        if (!findings.empty() && tally.firstFinding.empty())
            tally.firstFinding = describe(findings.front(), command);
    }
    return tally;
}

std::string summary(const Tally &tally)
{
    std::string text = std::to_string(tally.runsFaulted) + " of " + std::to_string(tally.runs)
                       + " runs faulted by the stranger, " + std::to_string(tally.runsFlaggedByProduct)
                       + " flagged by clusterscope-cli";
    for (const auto &[property, runs] : tally.runsBreaking)
        text += "; " + property + " in " + std::to_string(runs);
    return text;
}

// Single-decree Paxos decides before the first fault unless loss drags its rounds out; the
// forgetful acceptor shows only when a restart falls inside them.
QStringList paxosSettings(int seed)
{
    return {QStringLiteral("proposers=%1").arg(1 + seed % 4), QStringLiteral("loss=%1").arg(seed % 2 ? 40 : 0)};
}

QStringList zabSettings(int seed)
{
    return {QStringLiteral("observers=%1").arg(seed % 2)};
}

// The replicated store in both of its modes; the quorum store with W and R from 1 to 3.
QStringList kvSettings(int seed)
{
    return {seed % 2 ? QStringLiteral("mode=ap") : QStringLiteral("mode=cp")};
}

QStringList quorumSettings(int seed)
{
    return {QStringLiteral("writeQuorum=%1").arg(1 + seed % 3), QStringLiteral("readQuorum=%1").arg(1 + seed / 3 % 3)};
}

// A steady stream of requests; the token ring's time-out is shorter than a busy round, so that a
// ring regenerating without a probe makes its second token while the first is only slow.
QStringList mutexSettings(int)
{
    return {QStringLiteral("requestInterval=150ms"), QStringLiteral("holdTime=20ms")};
}

QStringList tokenRingSettings(int seed)
{
    return mutexSettings(seed) << QStringLiteral("tokenTimeout=60ms");
}

// Every algorithm in turn (the smooth weighted round robin's pick shows its current weights);
// the broken balancers with the algorithm that shows their fault.
QStringList balancerSettings(int seed)
{
    static const char *algorithms[] = {"round-robin", "weighted-round-robin", "smooth-weighted", "random",
                                       "weighted-random", "least-connections", "weighted-least-connections",
                                       "source-hash", "consistent-hash"};
    return {QStringLiteral("algorithm=%1").arg(QLatin1String(algorithms[seed % 9])), QStringLiteral("burst=3")};
}

Target target(const QString &protocol)
{
    if (protocol.startsWith(QStringLiteral("paxos")))
        return {protocol, paxosSettings};
    if (protocol.startsWith(QStringLiteral("zab")))
        return {protocol, zabSettings};
    if (protocol.startsWith(QStringLiteral("kv-quorum")))
        return {protocol, quorumSettings};
    if (protocol.startsWith(QStringLiteral("kv")))
        return {protocol, kvSettings};
    if (protocol.startsWith(QStringLiteral("mutex-token-ring")))
        return {protocol, tokenRingSettings};
    if (protocol.startsWith(QStringLiteral("mutex")))
        return {protocol, mutexSettings};
    if (protocol == QStringLiteral("load-balancer"))
        return {protocol, balancerSettings, 5, QStringLiteral("10s")};
    if (protocol == QStringLiteral("load-balancer-starts-at-weights"))
        return {protocol, [](int) { return QStringList{QStringLiteral("algorithm=smooth-weighted")}; }, 5};
    if (protocol.startsWith(QStringLiteral("load-balancer")))
        return {protocol, [](int) { return QStringList{QStringLiteral("algorithm=round-robin"), QStringLiteral("burst=3")}; },
                5, QStringLiteral("10s")};
    if (protocol.startsWith(QStringLiteral("lock")))
        return {protocol, [](int) { return QStringList{}; }, 4};
    if (protocol == QStringLiteral("failure-detector"))
        return {protocol, [](int) { return QStringList{}; }, 3, QStringLiteral("20s")};
    return {protocol};
}

} // namespace

// The independent second opinion of issue 16: every protocol's traces, under random faults, pass
// the stranger's checks written from docs/trace-format.md alone; the unsafe variants and
// hand-edited traces show that the checks can fail.
class TestStrangerCheck : public QObject
{
    Q_OBJECT

    QTemporaryDir mDirectory;

private slots:
    void correctProtocolsPass_data()
    {
        QTest::addColumn<QString>("protocol");
        for (const char *name : {"raft", "paxos", "multipaxos", "zab", "bully", "2pc", "3pc", "kv", "kv-quorum",
                                 "mutex-central", "mutex-ricart-agrawala", "mutex-token-ring", "lock-table",
                                 "lock-cache", "lock-zookeeper", "failure-detector", "load-balancer"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void correctProtocolsPass()
    {
        QFETCH(QString, protocol);
        const auto tally = sweep(target(protocol), cs::testing::sweepSeeds(200), mDirectory.path());
        qInfo("%s: %s", qPrintable(protocol), summary(tally).c_str());
        auto breaking = tally.runsBreaking;
        if (protocol == QStringLiteral("3pc"))
            breaking.erase("Atomic Agreement"); // the known limitation under partitions
        QVERIFY2(breaking.empty(), tally.firstFinding.c_str());
    }

    void unsafeVariantsAreCaught_data()
    {
        QTest::addColumn<QString>("protocol");
        QTest::addColumn<QString>("property");
        QTest::newRow("raft-unsafe-commit") << "raft-unsafe-commit" << "Leader Commits Own Term";
        QTest::newRow("paxos-forgetful-acceptor") << "paxos-forgetful-acceptor" << "Promise Never Decreases";
        QTest::newRow("bully-ignores-answers") << "bully-ignores-answers" << "Victory Only Unanswered";
        QTest::newRow("zab-broadcast-before-sync") << "zab-broadcast-before-sync" << "Commit By Quorum";
        QTest::newRow("kv-quorum-acks-one-short") << "kv-quorum-acks-one-short" << "Write Quorum";
        QTest::newRow("mutex-ricart-agrawala-replies-at-once") << "mutex-ricart-agrawala-replies-at-once"
                                                               << "Mutual Exclusion";
        QTest::newRow("mutex-token-ring-regenerates-blindly") << "mutex-token-ring-regenerates-blindly"
                                                              << "Single Token";
        QTest::newRow("lock-cache-ignores-fencing") << "lock-cache-ignores-fencing" << "Fenced Writes";
        QTest::newRow("load-balancer-starts-at-weights") << "load-balancer-starts-at-weights"
                                                         << "Current Weights Sum To Zero";
        QTest::newRow("load-balancer-ignores-down") << "load-balancer-ignores-down" << "Picks Only Available Servers";
        QTest::newRow("load-balancer-answers-twice") << "load-balancer-answers-twice" << "Answered At Most Once";
    }

    void unsafeVariantsAreCaught()
    {
        QFETCH(QString, protocol);
        QFETCH(QString, property);
        const auto tally = sweep(target(protocol), cs::testing::sweepSeeds(200), mDirectory.path());
        qInfo("%s: %s", qPrintable(protocol), summary(tally).c_str());
        QVERIFY2(tally.runsBreaking.contains(property.toStdString()), summary(tally).c_str());
    }

    // The failure detector's one property is judged at the end of a run whose crash lasts: the
    // shipped example passes, and the same trace without node 1's suspicion of node 3 does not.
    void failureDetectorMustSuspectACrash()
    {
        const auto file = mDirectory.path() + QStringLiteral("/detector.json");
        QCOMPARE(runInProcess({"run", "--scenario",
                               CS_TEST_DATA_DIR "/../resources/scenarios/failure-detector-crash.json", "--out", file}),
                 0);
        auto trace = readTrace(file);
        constexpr std::int64_t bound = 5'000'000;
        QVERIFY(checkFailureDetector(trace, bound).empty());
        auto &events = trace["events"];
        const auto before = events.size();
        events.erase(std::remove_if(events.begin(), events.end(),
                                    [](const nlohmann::json &e) {
                                        return e["kind"] == "note" && e["note"] == "suspect" && e["node"] == 1
                                               && e["peer"] == 3;
                                    }),
                     events.end());
        QCOMPARE(events.size(), before - 1);
        const auto findings = checkFailureDetector(trace, bound);
        QCOMPARE(findings.size(), std::size_t(1));
        QCOMPARE(findings.front().property, std::string("Crash Eventually Suspected"));
        QCOMPARE(findings.front().detail, std::string("node 1 still trusts node 3, down since t=4500000"));
    }

    void handEditedTracesAreCaught_data()
    {
        QTest::addColumn<QString>("protocol");
        QTest::addColumn<QString>("note");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("property");
        QTest::newRow("multipaxos: a learned value") << "multipaxos" << "learn" << "value" << "Learners Learn Only Chosen";
        QTest::newRow("2pc: an outcome") << "2pc" << "outcome" << "decision" << "Atomic Agreement";
        QTest::newRow("3pc: an outcome") << "3pc" << "outcome" << "decision" << "Atomic Agreement";
        QTest::newRow("paxos: an acceptor's role") << "paxos" << "role" << "acceptor" << "Only Acceptors Accept";
        QTest::newRow("zab: a delivered value") << "zab" << "deliver" << "value" << "Delivered Was Proposed";
        QTest::newRow("zab: a synced history") << "zab" << "sync" << "history" << "History Length";
        QTest::newRow("kv: an acknowledged version") << "kv" << "ack" << "counter" << "Acknowledged Write On Majority";
        QTest::newRow("kv: a version read") << "kv" << "read" << "counter" << "Linearizable Reads";
        QTest::newRow("kv-quorum: the replicas counted") << "kv-quorum" << "written" << "replicas" << "Write Quorum";
    }

    // Changes one field of one note in a trace the stranger passes; the stranger must notice.
    void handEditedTracesAreCaught()
    {
        QFETCH(QString, protocol);
        QFETCH(QString, note);
        QFETCH(QString, field);
        QFETCH(QString, property);
        for (int seed = 1; seed <= 20; ++seed) {
            const auto file = mDirectory.path() + QStringLiteral("/edit-%1.json").arg(seed);
            const auto command = arguments(target(protocol), seed, file);
            QProcess process;
            process.start(QStringLiteral(CS_BINARY_DIR "/clusterscope-cli"), command);
            process.waitForFinished(300000);
            const auto trace = readTrace(file);
            QVERIFY2(checkTrace(trace).empty(), qPrintable(command.join(' ')));
            const auto &events = trace.at("events");
            for (std::size_t i = 0, tried = 0; i < events.size() && tried < 20; ++i) {
                if (events[i]["kind"] != "note" || events[i]["note"] != note.toStdString())
                    continue;
                ++tried;
                auto edited = trace;
                if (!edit(edited["events"][i], field.toStdString()))
                    continue;
                for (const auto &finding : checkTrace(edited)) {
                    if (finding.property == property.toStdString()) {
                        qInfo("seed %d, events[%zu].%s edited: %s", seed, i, qPrintable(field),
                              describe(finding, command).c_str());
                        return;
                    }
                }
            }
        }
        QFAIL("no edit of that field in 20 runs was caught");
    }

private:
    // Changes one field: a decision flips, a history empties, a text gets a suffix, an acceptor
    // stops accepting, an acknowledged version becomes one nobody holds, a read returns the
    // oldest version, a write is counted with no replica.
    static bool edit(nlohmann::json &event, const std::string &field)
    {
        auto &value = event[field];
        if (field == "counter" && event["note"] == "ack")
            value = value.get<std::int64_t>() + 1'000'000'000;
        else if (field == "counter")
            value = 0;
        else if (field == "replicas")
            value = value.get<std::string>().substr(0, value.get<std::string>().find(' ')) + " -";
        else if (field == "history" && value != "")
            value = "";
        else if (field == "decision")
            value = value == "commit" ? "abort" : "commit";
        else if (value.is_string())
            value = value.get<std::string>() + " (edited)";
        else if (value == 1)
            value = 0;
        else
            return false;
        return true;
    }
};

QTEST_GUILESS_MAIN(TestStrangerCheck)
#include "tst_strangercheck.moc"
