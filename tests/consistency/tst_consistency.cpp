// The consistency checker on the golden histories of the reference (Maelstrom's seq-kv, Whittaker's
// linearizability guesses, the minimal session-guarantee counterexamples, PRAM but not causal, the
// CAP two-node story), its budget, its live labels, and a broken variant the goldens catch.
#include <QtTest>

#include "consistencychecker.h"
#include "deterministicrandom.h"
#include "historybuilder.h"
#include "historytrace.h"
#include "registersearch.h"
#include "sessiongraph.h"

using namespace cs;
using cs::testing::HistoryBuilder;

namespace {

// The models a report finds violated, strongest first, comma-separated.
QString violated(const ConsistencyReport &report)
{
    QStringList names;
    for (int m = 0; m < kConsistencyModelCount; ++m)
        if (report.verdicts[static_cast<std::size_t>(m)] == ModelVerdict::Violated)
            names << QString::fromStdString(std::string(consistencyModelName(static_cast<ConsistencyModel>(m))));
    return names.join(',');
}

QString names(const std::vector<ConsistencyModel> &models)
{
    QStringList out;
    for (const auto model : models)
        out << QString::fromStdString(std::string(consistencyModelName(model)));
    return out.join(',');
}

std::vector<OperationId> ids(std::initializer_list<OperationId> list)
{
    return list;
}

// Session examples judge staleness loosely, so only the guarantee under test can fail.
ConsistencyOptions loose()
{
    ConsistencyOptions options;
    options.stalenessBound = 3600 * kSecond;
    return options;
}

const QString kSessionFailures = QStringLiteral("linearizable,sequential,causal,pram");

} // namespace

class TestConsistency : public QObject
{
    Q_OBJECT

private slots:
    void historyFromTrace();
    void maelstromSequentialNotLinearizable();
    void whittakerGuess();
    void whittakerChallenge();
    void readYourWritesMinimal();
    void unknownWriteOnlyInPastOfItsReaders();
    void sessionOrderIsReturnedBeforeInvoked();
    void causalPastHoldsTheOtherSessionRules();
    void monotonicReadsMinimal();
    void monotonicWritesMinimal();
    void writesFollowReadsMinimal();
    void pramButNotCausal();
    void capTwoNodes();
    void capLostWrite();
    void consistentPrefixAndStaleness();
    void budgetGivesUnknown();
    void liveLabelsEqualBatch();
    void brokenVariantIsCaught();
};

void TestConsistency::historyFromTrace()
{
    // Commands are left out, a read of two keys is split, an unknown write completes at its deadline.
    const auto events = nlohmann::ordered_json::parse(R"([
        {"t":100,"kind":"invoke","node":1,"client":1,"op":1,"operation":"command","command":"x=1"},
        {"t":200,"kind":"invoke","node":2,"client":2,"op":2,"operation":"cas","key":"x","expected":"1","value":"2"},
        {"t":250,"kind":"crash","node":3},
        {"t":300,"kind":"invoke","node":3,"client":3,"op":3,"operation":"read","key":"home,visitors"},
        {"t":400,"kind":"complete","node":3,"client":3,"op":3,"result":"ok","value":"5,2"},
        {"t":2200,"kind":"complete","node":2,"client":2,"op":2,"result":"unknown","error":"timeout"}
    ])");
    const auto history = historyFromTraceEvents(events);
    QCOMPARE(history.operations().size(), std::size_t(2));
    const auto *cas = history.find(2);
    QVERIFY(cas);
    QCOMPARE(cas->kind, OperationKind::Cas);
    QCOMPARE(cas->expected, std::string("1"));
    QCOMPARE(cas->values, std::vector<std::string>{"2"});
    QCOMPARE(cas->result, OperationResult::Unknown);
    QCOMPARE(cas->completedAt, VirtualTime(2200));
    const auto *read = history.find(3);
    QCOMPARE(read->keys, (std::vector<std::string>{"home", "visitors"}));
    QCOMPARE(read->values, (std::vector<std::string>{"5", "2"}));
    QCOMPARE(history.annotations().size(), std::size_t(1));
    QCOMPARE(history.annotations()[0].text, std::string("crash n3"));
}

void TestConsistency::maelstromSequentialNotLinearizable()
{
    HistoryBuilder b;
    b.write(1, "x", "1", 0, 10);
    b.cas(2, "x", "1", "2", 20, 30);
    b.write(1, "x", "1", 40, 50);
    b.read(2, "x", "2", 60, 70);
    const auto report = ConsistencyChecker(loose()).check(b.history());
    QCOMPARE(violated(report), QStringLiteral("linearizable"));
    QCOMPARE(report.verdict(ConsistencyModel::Sequential), ModelVerdict::Holds);
    const auto *anomaly = report.anomaly(ConsistencyModel::Linearizable);
    QVERIFY(anomaly);
    QCOMPARE(anomaly->operations, ids({1, 2, 3, 4}));
    QCOMPARE(anomaly->kind, std::string("stale-read"));
    QCOMPARE(QString::fromStdString(anomaly->english), QString("B read x=2 after A's write of x=1 completed"));
    QCOMPARE(QString::fromStdString(anomaly->chinese), QString("B 在 A 写入 x=1 完成之后读到了 x=2"));
    QCOMPARE(names(report.ruledOut(true)), QStringLiteral("linearizable"));
    QVERIFY(report.ruledOut(false).empty());
    QVERIFY(!report.valid());
}

void TestConsistency::whittakerGuess()
{
    // w(2) || w(8), then r -> 2: linearizable only with w(8) before w(2).
    HistoryBuilder concurrent;
    concurrent.write(1, "x", "2", 0, 10);
    concurrent.write(2, "x", "8", 0, 10);
    concurrent.read(3, "x", "2", 20, 30);
    QCOMPARE(violated(ConsistencyChecker(loose()).check(concurrent.history())), QString());
    // Forcing the other order (w(2) completes before w(8) starts) leaves no valid order.
    HistoryBuilder ordered;
    ordered.write(1, "x", "2", 0, 5);
    ordered.write(2, "x", "8", 6, 10);
    ordered.read(3, "x", "2", 20, 30);
    const auto report = ConsistencyChecker(loose()).check(ordered.history());
    QCOMPARE(violated(report), QStringLiteral("linearizable"));
    QCOMPARE(QString::fromStdString(report.anomaly(ConsistencyModel::Linearizable)->english), QString("C read x=2 after B's write of x=8 completed"));
}

void TestConsistency::whittakerChallenge()
{
    // Two readers see the two writes in opposite orders after both completed: no order at all.
    HistoryBuilder b;
    b.write(1, "x", "1", 0, 10);
    b.write(2, "x", "2", 0, 10);
    b.read(3, "x", "1", 20, 30);
    b.read(4, "x", "2", 20, 30);
    b.read(3, "x", "2", 40, 50);
    b.read(4, "x", "1", 40, 50);
    const auto report = ConsistencyChecker(loose()).check(b.history());
    QCOMPARE(report.verdict(ConsistencyModel::Linearizable), ModelVerdict::Violated);
    QCOMPARE(report.verdict(ConsistencyModel::Sequential), ModelVerdict::Violated);
    const auto *anomaly = report.anomaly(ConsistencyModel::Sequential);
    QCOMPARE(anomaly->kind, std::string("no-order"));
    QCOMPARE(QString::fromStdString(anomaly->english), QString("No order of these 6 operations keeps each client's order: A write x=1, "
                                           "B write x=2, C read x=1, D read x=2, C read x=2, D read x=1"));
}

void TestConsistency::readYourWritesMinimal()
{
    HistoryBuilder b;
    b.write(1, "x", "1", 0, 10);
    b.read(1, "x", "", 20, 30);
    const auto report = ConsistencyChecker(loose()).check(b.history());
    QCOMPARE(violated(report), kSessionFailures + ",read-your-writes");
    const auto *anomaly = report.anomaly(ConsistencyModel::ReadYourWrites);
    QCOMPARE(anomaly->operations, ids({1, 2}));
    QCOMPARE(QString::fromStdString(anomaly->english), QString("A read x=(initial) after its own write of x=1 completed"));
    QCOMPARE(QString::fromStdString(anomaly->chinese), QString("A 在自己写入 x=1 完成之后读到了 x=（初始值）"));
    QCOMPARE(names(report.ruledOut(true)), QStringLiteral("read-your-writes"));
    QCOMPARE(names(report.ruledOut(false)), kSessionFailures);
}

void TestConsistency::unknownWriteOnlyInPastOfItsReaders()
{
    // A's write timed out (it may never have taken effect), then A read the old value: every model holds.
    HistoryBuilder own;
    own.write(1, "x", "1", 0, 10, OperationResult::Unknown);
    own.read(1, "x", "", 20, 30);
    const auto ownReport = ConsistencyChecker(loose()).check(own.history());
    QCOMPARE(violated(ownReport), QString());
    QVERIFY(ownReport.anomalies.empty());
    // Nor does it come before A's later write: B sees that one and then the old x.
    HistoryBuilder order;
    order.write(1, "x", "1", 0, 10, OperationResult::Unknown);
    order.write(1, "y", "1", 20, 30);
    order.read(2, "y", "1", 40, 50);
    order.read(2, "x", "", 60, 70);
    QCOMPARE(violated(ConsistencyChecker(loose()).check(order.history())), QString());
    // Once a read returned it, it took effect and is in that reader's past.
    HistoryBuilder seen;
    seen.write(1, "x", "1", 0, 10, OperationResult::Unknown);
    seen.read(2, "x", "1", 20, 30);
    seen.read(2, "x", "", 40, 50);
    const auto seenReport = ConsistencyChecker(loose()).check(seen.history());
    QCOMPARE(violated(seenReport), kSessionFailures + ",monotonic-reads");
    QCOMPARE(seenReport.anomaly(ConsistencyModel::MonotonicReads)->operations, ids({1, 2, 3}));
}

void TestConsistency::sessionOrderIsReturnedBeforeInvoked()
{
    // A pipelines: its read was invoked while its write was in flight, so it may read the old value.
    HistoryBuilder pipelined;
    pipelined.write(1, "x", "1", 0, 50);
    pipelined.read(1, "x", "", 10, 20);
    QCOMPARE(violated(ConsistencyChecker(loose()).check(pipelined.history())), QString());
    // kv seed 12677: C's write timed out, C read the older value, and the write took effect later
    // (A read it). The write never returned, so it orders nothing of C's after it: all models hold.
    HistoryBuilder unknown;
    unknown.write(2, "k", "v13", 0, 10);
    unknown.read(1, "k", "v13", 20, 30);
    unknown.write(3, "k", "v27", 40, 45, OperationResult::Unknown);
    unknown.read(3, "k", "v13", 60, 70);
    unknown.read(1, "k", "v27", 80, 90);
    QCOMPARE(violated(ConsistencyChecker(loose()).check(unknown.history())), QString());
    // Had it returned before C's read, no single order of the writes serves everyone (C's own order
    // may still put its write first, so the session guarantees and causal hold).
    HistoryBuilder returned;
    returned.write(2, "k", "v13", 0, 10);
    returned.read(1, "k", "v13", 20, 30);
    returned.write(3, "k", "v27", 40, 50);
    returned.read(3, "k", "v13", 60, 70);
    returned.read(1, "k", "v27", 80, 90);
    QCOMPARE(violated(ConsistencyChecker(loose()).check(returned.history())), QStringLiteral("linearizable,sequential"));
    // Session order still binds across a client's chains: A's write returned before its second
    // read was invoked, though a pipelined read sits between them.
    HistoryBuilder chains;
    chains.write(1, "x", "1", 0, 10);
    chains.read(1, "x", "1", 20, 100);
    chains.write(1, "x", "2", 30, 40);
    chains.read(1, "x", "1", 50, 60);
    QCOMPARE(violated(ConsistencyChecker(loose()).check(chains.history())), kSessionFailures + ",read-your-writes");
}

void TestConsistency::causalPastHoldsTheOtherSessionRules()
{
    // The checker searches causal with the causal-past rule alone and skips the models weaker than
    // one that held: over random histories (reads of any written value, some writes unknown), the
    // causal past alone finds a violation exactly when all rules together do, and a rule set that
    // holds leaves each of its rules holding.
    const unsigned all = OwnWrites | ObservedWrites | WriterOrder | WriterReads | CausalPast;
    int violations = 0;
    for (std::uint64_t seed = 1; seed <= 2000; ++seed) {
        DeterministicRandom random(seed);
        HistoryBuilder b;
        std::vector<std::pair<std::string, std::string>> written;
        for (int i = 0; i < 8; ++i) {
            const auto client = static_cast<ClientId>(random.uniform(1, 3));
            const std::string key = random.uniform(0, 1) ? "x" : "y";
            if (random.uniform(0, 1)) {
                const auto value = std::to_string(i + 1);
                b.write(client, key, value, i * 10, i * 10 + 5,
                        random.uniform(0, 3) ? OperationResult::Ok : OperationResult::Unknown);
                written.emplace_back(key, value);
                continue;
            }
            std::vector<std::string> values{""};
            for (const auto &[k, v] : written)
                if (k == key)
                    values.push_back(v);
            b.read(client, key, values[static_cast<std::size_t>(random.uniform(0, static_cast<std::int64_t>(values.size()) - 1))],
                   i * 10, i * 10 + 5);
        }
        const auto registers = registerHistory(b.history());
        const bool violated = findSessionViolation(registers, all).has_value();
        QCOMPARE(findSessionViolation(registers, CausalPast).has_value(), violated);
        violations += violated;
        if (!violated)
            for (const unsigned rule : {OwnWrites, ObservedWrites, WriterOrder, WriterReads})
                QVERIFY(!findSessionViolation(registers, rule).has_value());
    }
    QVERIFY(violations >= 200);
}

void TestConsistency::monotonicReadsMinimal()
{
    HistoryBuilder b;
    b.write(1, "x", "1", 0, 10);
    b.read(2, "x", "1", 20, 30);
    b.read(2, "x", "", 40, 50);
    const auto report = ConsistencyChecker(loose()).check(b.history());
    QCOMPARE(violated(report), kSessionFailures + ",monotonic-reads");
    const auto *anomaly = report.anomaly(ConsistencyModel::MonotonicReads);
    QCOMPARE(anomaly->operations, ids({1, 2, 3}));
    QCOMPARE(QString::fromStdString(anomaly->english), QString("B read x=(initial) after it had already read x=1"));
}

void TestConsistency::monotonicWritesMinimal()
{
    HistoryBuilder b;
    b.write(1, "x", "1", 0, 10);
    b.write(1, "y", "1", 20, 30);
    b.read(2, "y", "1", 40, 50);
    b.read(2, "x", "", 60, 70);
    const auto report = ConsistencyChecker(loose()).check(b.history());
    QCOMPARE(violated(report), kSessionFailures + ",monotonic-writes");
    const auto *anomaly = report.anomaly(ConsistencyModel::MonotonicWrites);
    QCOMPARE(anomaly->operations, ids({1, 2, 3, 4}));
    QCOMPARE(QString::fromStdString(anomaly->english), QString("B saw A's later write (A write y=1) but then read x=(initial), missing A's earlier write of x=1"));
}

void TestConsistency::writesFollowReadsMinimal()
{
    HistoryBuilder b;
    b.write(1, "x", "1", 0, 10);
    b.read(2, "x", "1", 20, 30);
    b.write(2, "y", "1", 40, 50);
    b.read(3, "y", "1", 60, 70);
    b.read(3, "x", "", 80, 90);
    const auto report = ConsistencyChecker(loose()).check(b.history());
    QCOMPARE(violated(report), QStringLiteral("linearizable,sequential,causal,writes-follow-reads"));
    const auto *anomaly = report.anomaly(ConsistencyModel::WritesFollowReads);
    QCOMPARE(anomaly->operations, ids({1, 2, 3, 4, 5}));
    QCOMPARE(QString::fromStdString(anomaly->english), QString("C saw B's write (B write y=1), made after B read x=1, but then read x=(initial)"));
}

void TestConsistency::pramButNotCausal()
{
    HistoryBuilder b;
    b.write(1, "x", "1", 0, 10);
    b.read(2, "x", "1", 20, 30);
    b.write(2, "x", "2", 40, 50);
    b.read(3, "x", "1", 60, 70);
    b.read(4, "x", "2", 60, 70);
    b.read(3, "x", "2", 80, 90);
    b.read(4, "x", "1", 80, 90);
    const auto report = ConsistencyChecker(loose()).check(b.history());
    QCOMPARE(violated(report), QStringLiteral("linearizable,sequential,causal"));
    QCOMPARE(names(report.ruledOut(true)), QStringLiteral("causal"));
    const auto *anomaly = report.anomaly(ConsistencyModel::Causal);
    QCOMPARE(QString::fromStdString(anomaly->english), QString("D read x=1 although x=2 was in its causal past"));
}

void TestConsistency::capTwoNodes()
{
    // N1 and N2 hold V0; a partition; A writes V1 at N1 (AP: ok), B reads V0 at N2.
    HistoryBuilder b;
    b.write(1, "x", "V1", 100, 110);
    b.read(2, "x", "V0", 200, 210);
    auto options = loose();
    options.initialValues = {{"x", "V0"}};
    auto report = ConsistencyChecker(options).check(b.history());
    QCOMPARE(violated(report), QStringLiteral("linearizable"));
    QCOMPARE(QString::fromStdString(report.anomaly(ConsistencyModel::Linearizable)->english),
             QStringLiteral("B read x=V0 after A's write of x=V1 completed"));
    QCOMPARE(report.anomaly(ConsistencyModel::Linearizable)->operations, ids({1, 2}));
    // With no staleness allowed, the same read is too stale.
    auto strict = options;
    strict.stalenessBound = 0;
    QCOMPARE(violated(ConsistencyChecker(strict).check(b.history())), QStringLiteral("linearizable,bounded-staleness"));
    // A then reads at N2 and gets V0: read-your-writes breaks, and with it PRAM, causal, sequential.
    b.read(1, "x", "V0", 300, 310);
    report = ConsistencyChecker(options).check(b.history());
    QCOMPARE(violated(report), kSessionFailures + ",read-your-writes");
    QCOMPARE(QString::fromStdString(report.anomaly(ConsistencyModel::ReadYourWrites)->english),
             QStringLiteral("A read x=V0 after its own write of x=V1 completed"));
    QCOMPARE(report.anomaly(ConsistencyModel::ReadYourWrites)->operations, ids({1, 3}));
    // After heal both replicas hold V1: reads after quiescence agree (eventual), or not.
    b.read(1, "x", "V1", 500, 510);
    b.read(2, "x", "V1", 520, 530);
    options.quiescentFrom = 400 * kMillisecond;
    QCOMPARE(ConsistencyChecker(options).check(b.history()).verdict(ConsistencyModel::Eventual), ModelVerdict::Holds);
    b.read(3, "x", "V0", 540, 550);
    report = ConsistencyChecker(options).check(b.history());
    QCOMPARE(report.verdict(ConsistencyModel::Eventual), ModelVerdict::Violated);
    QCOMPARE(QString::fromStdString(report.anomaly(ConsistencyModel::Eventual)->english),
             QStringLiteral("After the run went quiet, A read x=V1 but C read x=V0"));
}

void TestConsistency::capLostWrite()
{
    // Concurrent V1 at N1 and V2 at N2 during a partition; last-writer-wins keeps V2 on heal.
    HistoryBuilder b;
    b.write(1, "x", "V1", 100, 110);
    b.write(2, "x", "V2", 120, 130);
    auto options = loose();
    options.finalValues = {{"x", {"V2", "V2"}}};
    auto report = ConsistencyChecker(options).check(b.history());
    QCOMPARE(report.lostWrites, ids({1}));
    QVERIFY(!report.valid());
    // A write its overwriter had seen is not lost.
    b.read(2, "x", "V1", 200, 210);
    report = ConsistencyChecker(options).check(b.history());
    QVERIFY(report.lostWrites.empty());
}

void TestConsistency::consistentPrefixAndStaleness()
{
    HistoryBuilder b;
    b.write(1, "visitors", "1", 0, 10);
    b.write(1, "home", "1", 20, 30);
    b.read(2, "home,visitors", "1,", 40, 50);
    const auto report = ConsistencyChecker(loose()).check(b.history());
    QCOMPARE(report.verdict(ConsistencyModel::ConsistentPrefix), ModelVerdict::Violated);
    const auto *anomaly = report.anomaly(ConsistencyModel::ConsistentPrefix);
    QVERIFY(anomaly);
    QCOMPARE(QString::fromStdString(anomaly->english), QString("B read home=1, visitors=(initial), which no prefix of the writes gives: it saw home=1 but not "
                         "visitors=1, written before it"));
}

void TestConsistency::budgetGivesUnknown()
{
    HistoryBuilder b;
    for (int i = 0; i < 6; ++i)
        b.write(i + 1, "x", std::to_string(i + 1), 0, 100);
    b.read(7, "x", "1", 200, 210);
    ConsistencyOptions options = loose();
    options.searchBudget = 3;
    const auto report = ConsistencyChecker(options).check(b.history());
    QCOMPARE(report.verdict(ConsistencyModel::Linearizable), ModelVerdict::Unknown);
    QCOMPARE(report.verdict(ConsistencyModel::Sequential), ModelVerdict::Unknown);
    QVERIFY(!report.valid());
    QCOMPARE(ConsistencyChecker(loose()).check(b.history()).verdict(ConsistencyModel::Linearizable), ModelVerdict::Holds);
}

void TestConsistency::liveLabelsEqualBatch()
{
    // Random histories fed event by event: the label of each read, given when it completes, equals
    // the batch verdicts of the history as it stood then.
    int reads = 0;
    int labelsWithViolation = 0;
    for (std::uint64_t seed = 1; seed <= 40; ++seed) {
        DeterministicRandom random(seed);
        struct Event { VirtualTime at; bool complete; PendingOperation op; OperationOutcome outcome; };
        std::vector<Event> invocations;
        std::vector<VirtualTime> freeAt(4, 0);
        for (int i = 0; i < 14; ++i) {
            const auto client = static_cast<ClientId>(random.uniform(1, 3));
            const VirtualTime start = freeAt[static_cast<std::size_t>(client)] + random.uniform(1, 30) * 7 + i;
            const VirtualTime end = start + random.uniform(1, 40) * 11 + 1;
            freeAt[static_cast<std::size_t>(client)] = end;
            ClientRequest request{0, client, OperationKind::Write, random.uniform(0, 1) ? "x" : "y", {}, {}};
            OperationOutcome outcome;
            if (random.uniform(0, 1)) {
                request.kind = OperationKind::Read;
                outcome.value = std::to_string(random.uniform(0, 3));
                if (outcome.value == "0")
                    outcome.value.clear();
            } else {
                request.value = std::to_string(random.uniform(1, 3));
            }
            invocations.push_back({start, false, PendingOperation{request, 1, start, end}, outcome});
        }
        // Operations are numbered in invocation order, as the engine's clients number them.
        std::stable_sort(invocations.begin(), invocations.end(), [](const Event &a, const Event &b) { return a.at < b.at; });
        std::vector<Event> events;
        OperationId next = 1;
        for (auto &invocation : invocations) {
            invocation.op.request.operation = next++;
            events.push_back({invocation.at, false, invocation.op, {}});
            events.push_back({invocation.op.deadline, true, invocation.op, invocation.outcome});
        }
        std::stable_sort(events.begin(), events.end(), [](const Event &a, const Event &b) { return a.at < b.at; });
        History live;
        ConsistencyChecker checker(loose());
        std::map<OperationId, History> prefixes;
        for (const auto &event : events) {
            if (event.complete)
                live.complete(event.at, event.op, event.outcome);
            else
                live.invoke(event.at, event.op);
            checker.observe(live);
            if (event.complete && event.op.request.kind == OperationKind::Read)
                prefixes[event.op.request.operation] = live;
        }
        for (const auto &[id, prefix] : prefixes) {
            const auto verdicts = ConsistencyChecker(loose()).check(prefix).verdicts;
            std::uint32_t expected = 0;
            for (int m = 0; m < kConsistencyModelCount; ++m)
                if (verdicts[static_cast<std::size_t>(m)] == ModelVerdict::Holds)
                    expected |= 1u << m;
            QCOMPARE(checker.readLabel(id), expected);
            ++reads;
            labelsWithViolation += expected != (1u << kConsistencyModelCount) - 1 ? 1 : 0;
        }
    }
    QVERIFY(reads > 100);
    QVERIFY(labelsWithViolation > 20);
}

void TestConsistency::brokenVariantIsCaught()
{
    // A linearizability check that ignores real time (the sequential search run per key) passes
    // the Maelstrom and CAP histories that the golden expectations above say are not linearizable.
    auto brokenLinearizable = [](const History &history) {
        const auto registers = registerHistory(history);
        for (int key = 0; key < static_cast<int>(registers.keyNames.size()); ++key) {
            std::uint64_t visited = 0;
            if (searchOrder(projectOnKey(registers.ops, key), 1, false, 1'000'000, visited) != ModelVerdict::Holds)
                return false;
        }
        return true;
    };
    HistoryBuilder maelstrom;
    maelstrom.write(1, "x", "1", 0, 10);
    maelstrom.cas(2, "x", "1", "2", 20, 30);
    maelstrom.write(1, "x", "1", 40, 50);
    maelstrom.read(2, "x", "2", 60, 70);
    HistoryBuilder cap;
    cap.write(1, "x", "V1", 100, 110);
    cap.read(2, "x", "", 200, 210);
    for (const auto *history : {&maelstrom.history(), &cap.history()}) {
        QVERIFY(brokenLinearizable(*history));
        QCOMPARE(ConsistencyChecker(loose()).check(*history).verdict(ConsistencyModel::Linearizable),
                 ModelVerdict::Violated);
    }
    // A session check that forgets one rule (each model judged with the rules of the others) passes
    // that model's minimal counterexample; the real one does not.
    HistoryBuilder ryw;
    ryw.write(1, "x", "1", 0, 10);
    ryw.read(1, "x", "", 20, 30);
    HistoryBuilder mr;
    mr.write(1, "x", "1", 0, 10);
    mr.read(2, "x", "1", 20, 30);
    mr.read(2, "x", "", 40, 50);
    HistoryBuilder mw;
    mw.write(1, "x", "1", 0, 10);
    mw.write(1, "y", "1", 20, 30);
    mw.read(2, "y", "1", 40, 50);
    mw.read(2, "x", "", 60, 70);
    HistoryBuilder wfr;
    wfr.write(1, "x", "1", 0, 10);
    wfr.read(2, "x", "1", 20, 30);
    wfr.write(2, "y", "1", 40, 50);
    wfr.read(3, "y", "1", 60, 70);
    wfr.read(3, "x", "", 80, 90);
    const std::pair<const History *, unsigned> cases[] = {
        {&ryw.history(), OwnWrites}, {&mr.history(), ObservedWrites}, {&mw.history(), WriterOrder}, {&wfr.history(), WriterReads}};
    const unsigned all = OwnWrites | ObservedWrites | WriterOrder | WriterReads;
    for (const auto &[history, rule] : cases) {
        const auto registers = registerHistory(*history);
        QVERIFY(findSessionViolation(registers, rule));
        QVERIFY(!findSessionViolation(registers, all & ~rule));
    }
}

QTEST_APPLESS_MAIN(TestConsistency)
#include "tst_consistency.moc"
