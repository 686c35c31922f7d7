// Linearization points: where each operation took effect in its key's witness order, exact on small
// histories, the impossible operations of Whittaker's challenge, and a property test over random
// histories that replays every witness on a register (with wrong witnesses the replay catches) and
// checks the verdict against a brute force over every order.
#include <QtTest>

#include <functional>
#include <map>

#include "consistencychecker.h"
#include "deterministicrandom.h"
#include "historybuilder.h"

using namespace cs;
using cs::testing::HistoryBuilder;

namespace {

constexpr VirtualTime ms = kMillisecond;

QString pointsText(const std::vector<LinearizationPoint> &points)
{
    QStringList out;
    for (const auto &point : points)
        out << QStringLiteral("%1@%2").arg(point.operation).arg(point.tookEffect ? QString::number(point.at) : QStringLiteral("none"));
    return out.join(' ');
}

// Why `points` is not a valid linearization of `key`'s operations in `history` ("" when it is): each
// point inside its operation's bar (from invocation on for an unknown one), non-decreasing, and the
// order replayed on a register explains every read and compare-and-set. `complete` also asks every
// operation of the key that completed ok to have a point (a prefix of a violated key need not).
QString witnessError(const History &history, const std::string &key, const std::vector<LinearizationPoint> &points,
                     bool complete)
{
    std::string value;
    VirtualTime last = 0;
    std::map<OperationId, int> placed;
    for (const auto &point : points) {
        if (point.key != key)
            continue;
        const auto *operation = history.find(point.operation);
        if (!operation)
            return QStringLiteral("no operation %1").arg(point.operation);
        if (++placed[point.operation] > 1)
            return QStringLiteral("operation %1 placed twice").arg(point.operation);
        const bool unknown = operation->pending || operation->result == OperationResult::Unknown;
        if (!point.tookEffect) {
            if (!unknown || operation->kind == OperationKind::Read)
                return QStringLiteral("operation %1 must take effect").arg(point.operation);
            continue;
        }
        if (point.at < operation->invokedAt || (!unknown && point.at > operation->completedAt))
            return QStringLiteral("operation %1 at %2 is outside its bar").arg(point.operation).arg(point.at);
        if (point.at < last)
            return QStringLiteral("operation %1 at %2 goes back in time").arg(point.operation).arg(point.at);
        last = point.at;
        const auto k = static_cast<std::size_t>(std::find(operation->keys.begin(), operation->keys.end(), key) - operation->keys.begin());
        const auto &own = operation->values[k];
        if (operation->kind == OperationKind::Read && own != value)
            return QStringLiteral("operation %1 read %2 but the register holds %3")
                .arg(point.operation).arg(QString::fromStdString(own), QString::fromStdString(value));
        if (operation->kind == OperationKind::Cas && operation->expected != value)
            return QStringLiteral("operation %1 expected %2 but the register holds %3")
                .arg(point.operation).arg(QString::fromStdString(operation->expected), QString::fromStdString(value));
        if (operation->kind != OperationKind::Read)
            value = own;
    }
    for (const auto &operation : history.operations()) {
        const bool touches = std::find(operation.keys.begin(), operation.keys.end(), key) != operation.keys.end();
        if (complete && touches && !operation.pending && operation.result == OperationResult::Ok && !placed.contains(operation.id))
            return QStringLiteral("operation %1 has no point").arg(operation.id);
    }
    return {};
}

// An independent brute force over every order of x's operations: each next operation invoked before
// every other remaining completed one returned, read and compare-and-set values explained by a
// register, unknown ones taking effect or not.
bool linearizableByBruteForce(const History &history)
{
    std::vector<const HistoryOperation *> ops;
    for (const auto &operation : history.operations()) {
        const bool unknown = operation.result == OperationResult::Unknown;
        if (operation.result == OperationResult::Fail || (unknown && operation.kind == OperationKind::Read))
            continue;
        ops.push_back(&operation);
    }
    std::vector<bool> used(ops.size(), false);
    auto required = [&](std::size_t i) { return ops[i]->result == OperationResult::Ok; };
    std::function<bool(const std::string &)> next = [&](const std::string &value) {
        VirtualTime deadline = kNotCompleted;
        for (std::size_t i = 0; i < ops.size(); ++i)
            if (!used[i] && required(i))
                deadline = std::min(deadline, ops[i]->completedAt);
        if (deadline == kNotCompleted)
            return true;
        for (std::size_t i = 0; i < ops.size(); ++i) {
            if (used[i] || ops[i]->invokedAt >= deadline)
                continue;
            const auto &op = *ops[i];
            if ((op.kind == OperationKind::Read && op.values[0] != value) || (op.kind == OperationKind::Cas && op.expected != value))
                continue;
            used[i] = true;
            const bool found = next(op.kind == OperationKind::Read ? value : op.values[0]);
            used[i] = false;
            if (found)
                return true;
        }
        return false;
    };
    return next("");
}

// A small random history of one register: three clients, each invoking after its previous operation
// returned; writes of fresh values (some unknown), compare-and-sets, reads of any value written.
History randomHistory(DeterministicRandom &random)
{
    HistoryBuilder b;
    std::vector<int> freeAt(4, 0);
    std::vector<std::string> written{""};
    const auto count = random.uniform(3, 7);
    std::vector<std::tuple<int, int, int>> plan;
    for (int i = 0; i < count; ++i) {
        const auto client = static_cast<int>(random.uniform(1, 3));
        const int from = freeAt[static_cast<std::size_t>(client)] + static_cast<int>(random.uniform(0, 4));
        const int to = from + static_cast<int>(random.uniform(1, 8));
        freeAt[static_cast<std::size_t>(client)] = to + 1;
        plan.emplace_back(from, client, to);
    }
    std::stable_sort(plan.begin(), plan.end());
    for (const auto &[from, client, to] : plan) {
        const auto pick = [&] { return written[static_cast<std::size_t>(random.uniform(0, static_cast<std::int64_t>(written.size()) - 1))]; };
        switch (random.uniform(0, 3)) {
        case 0:
        case 1: b.read(client, "x", pick(), from, to); break;
        case 2:
            written.push_back("v" + std::to_string(written.size()));
            b.write(client, "x", written.back(), from, to, random.uniform(0, 3) == 0 ? OperationResult::Unknown : OperationResult::Ok);
            break;
        default:
            written.push_back("v" + std::to_string(written.size()));
            b.cas(client, "x", pick(), written.back(), from, to);
            break;
        }
    }
    return b.history();
}

} // namespace

class TestLinearizationPoints : public QObject
{
    Q_OBJECT

private slots:
    void twoOverlappingWritesAndARead();
    void anUnknownWriteThatTookEffect();
    void anUnknownWriteThatDidNot();
    void everyKeyHasItsPoints();
    void whittakersChallengeMarksTheImpossibleRead();
    void maelstromsReadIsImpossible();
    void randomWitnessesReplayOnARegister();
    void theReplayCatchesWrongWitnesses();
};

void TestLinearizationPoints::twoOverlappingWritesAndARead()
{
    // w(2) || w(8), then r -> 2: w(8) first; the two writes share [0, 10] ms and are spread over it.
    HistoryBuilder b;
    b.write(1, "x", "2", 0, 10);
    b.write(2, "x", "8", 0, 10);
    b.read(3, "x", "2", 20, 30);
    const auto report = ConsistencyChecker().check(b.history());
    QCOMPARE(pointsText(report.linearization), QStringLiteral("2@3333 1@6666 3@25000"));
    QVERIFY(report.impossible.empty());
    QCOMPARE(witnessError(b.history(), "x", report.linearization, true), QString());
}

void TestLinearizationPoints::anUnknownWriteThatTookEffect()
{
    // The write timed out at 10 ms but the read at 20-30 ms saw it: it took effect between its call
    // and the read's return, so in the middle of [0, 30] ms.
    HistoryBuilder b;
    b.write(1, "x", "1", 0, 10, OperationResult::Unknown);
    b.read(2, "x", "1", 20, 30);
    const auto report = ConsistencyChecker().check(b.history());
    QCOMPARE(pointsText(report.linearization), QStringLiteral("1@15000 2@25000"));
    QCOMPARE(witnessError(b.history(), "x", report.linearization, true), QString());
}

void TestLinearizationPoints::anUnknownWriteThatDidNot()
{
    HistoryBuilder b;
    b.write(1, "x", "1", 0, 10, OperationResult::Unknown);
    b.read(2, "x", "", 20, 30);
    const auto report = ConsistencyChecker().check(b.history());
    QCOMPARE(pointsText(report.linearization), QStringLiteral("2@25000 1@none"));
    QCOMPARE(report.linearization[1].at, kNotCompleted);
    QVERIFY(report.impossible.empty());
}

void TestLinearizationPoints::everyKeyHasItsPoints()
{
    // A read of two keys has a point on each; a failed write and a pending read have none.
    HistoryBuilder b;
    b.write(1, "home", "1", 0, 10);
    b.write(1, "visitors", "1", 20, 30, OperationResult::Fail);
    b.read(2, "home,visitors", "1,", 40, 60);
    const auto report = ConsistencyChecker().check(b.history());
    QCOMPARE(report.linearization.size(), std::size_t{3});
    QCOMPARE(report.linearization[0].key, std::string("home"));
    QCOMPARE(pointsText(report.linearization), QStringLiteral("1@5000 3@50000 3@50000"));
    QCOMPARE(report.linearization[2].key, std::string("visitors"));
    // Not judging linearizable draws nothing.
    ConsistencyOptions options;
    options.judgeLinearizable = false;
    QVERIFY(ConsistencyChecker(options).check(b.history()).linearization.empty());
}

void TestLinearizationPoints::whittakersChallengeMarksTheImpossibleRead()
{
    // Two readers see the two writes in opposite orders after both completed. The longest prefix
    // is A's w(1), B's w(2), D's r -> 2; C's r -> 1 cannot follow it.
    HistoryBuilder b;
    b.write(1, "x", "1", 0, 10);
    b.write(2, "x", "2", 0, 10);
    b.read(3, "x", "1", 20, 30);
    b.read(4, "x", "2", 20, 30);
    b.read(3, "x", "2", 40, 50);
    b.read(4, "x", "1", 40, 50);
    const auto report = ConsistencyChecker().check(b.history());
    QCOMPARE(report.verdict(ConsistencyModel::Linearizable), ModelVerdict::Violated);
    QCOMPARE(pointsText(report.linearization), QStringLiteral("1@3333 2@6666 4@25000"));
    QCOMPARE(report.impossible.size(), std::size_t{1});
    QCOMPARE(report.impossible[0].operation, OperationId{3});
    QCOMPARE(report.impossible[0].key, std::string("x"));
    QCOMPARE(report.impossible[0].prefixLength, std::size_t{3});
    QCOMPARE(report.impossible[0].valueAfterPrefix, std::string("2"));
    QCOMPARE(witnessError(b.history(), "x", report.linearization, false), QString());
}

void TestLinearizationPoints::maelstromsReadIsImpossible()
{
    // write 1, cas 1->2, write 1, read 2: the read of 2 cannot follow the second write of 1.
    HistoryBuilder b;
    b.write(1, "x", "1", 0, 10);
    b.cas(2, "x", "1", "2", 20, 30);
    b.write(1, "x", "1", 40, 50);
    b.read(2, "x", "2", 60, 70);
    const auto report = ConsistencyChecker().check(b.history());
    QCOMPARE(pointsText(report.linearization), QStringLiteral("1@5000 2@25000 3@45000"));
    QCOMPARE(report.impossible.size(), std::size_t{1});
    QCOMPARE(report.impossible[0].operation, OperationId{4});
    QCOMPARE(report.impossible[0].valueAfterPrefix, std::string("1"));
}

void TestLinearizationPoints::randomWitnessesReplayOnARegister()
{
    DeterministicRandom random(10);
    int linearizable = 0;
    int violated = 0;
    for (int i = 0; i < 3000; ++i) {
        const auto history = randomHistory(random);
        const auto report = ConsistencyChecker().check(history);
        const auto verdict = report.verdict(ConsistencyModel::Linearizable);
        QVERIFY(verdict != ModelVerdict::Unknown);
        const bool holds = verdict == ModelVerdict::Holds;
        QCOMPARE(holds, linearizableByBruteForce(history));
        QCOMPARE(report.impossible.empty(), holds);
        const auto error = witnessError(history, "x", report.linearization, holds);
        QVERIFY2(error.isEmpty(), qPrintable(QStringLiteral("history %1: %2").arg(i).arg(error)));
        for (const auto &impossible : report.impossible) {
            for (const auto &point : report.linearization)
                QVERIFY(point.operation != impossible.operation);
        }
        (holds ? linearizable : violated)++;
    }
    qInfo("3000 random histories: %d linearizable, %d not", linearizable, violated);
    // Both kinds are well represented.
    QVERIFY2(linearizable > 500 && violated > 500, qPrintable(QStringLiteral("%1 linearizable, %2 violated").arg(linearizable).arg(violated)));
}

void TestLinearizationPoints::theReplayCatchesWrongWitnesses()
{
    HistoryBuilder b;
    b.write(1, "x", "2", 0, 10);
    b.write(2, "x", "8", 0, 10);
    b.read(3, "x", "2", 20, 30);
    const auto points = ConsistencyChecker().check(b.history()).linearization;
    QCOMPARE(witnessError(b.history(), "x", points, true), QString());
    // The writes in the other order: the read of 2 then finds 8.
    auto swapped = points;
    std::swap(swapped[0].operation, swapped[1].operation);
    QCOMPARE(witnessError(b.history(), "x", swapped, true), QStringLiteral("operation 3 read 2 but the register holds 8"));
    // A point outside its bar.
    auto late = points;
    late[1].at = 12 * ms;
    QCOMPARE(witnessError(b.history(), "x", late, true), QStringLiteral("operation 1 at 12000 is outside its bar"));
    // Points going back in time.
    auto back = points;
    back[0].at = 8 * ms;
    QCOMPARE(witnessError(b.history(), "x", back, true), QStringLiteral("operation 1 at 6666 goes back in time"));
    // A read left out.
    auto missing = points;
    missing.pop_back();
    QCOMPARE(witnessError(b.history(), "x", missing, true), QStringLiteral("operation 3 has no point"));
    // A completed write that "never took effect".
    auto dropped = points;
    dropped[0].tookEffect = false;
    QCOMPARE(witnessError(b.history(), "x", dropped, true), QStringLiteral("operation 2 must take effect"));
}

QTEST_GUILESS_MAIN(TestLinearizationPoints)
#include "tst_linearizationpoints.moc"
