// Terry's baseball game (CACM 2013): for each read guarantee, the exact set of scores a reader can
// observe, by exhaustive enumeration over replica lag.
#include <QtTest>

#include "allowedreads.h"

using namespace cs;

namespace {

// The writer's sequence: home 1, visitors 1, home 2, home 3, visitors 2, home 4, home 5 (2-5).
const std::vector<SequencedWrite> kGame = {{"home", "1"}, {"visitors", "1"}, {"home", "2"}, {"home", "3"},
                                           {"visitors", "2"}, {"home", "4"}, {"home", "5"}};
// The first writes before the last inning: a one-inning-stale reader sees at least 2-3.
constexpr std::size_t kOneInningAgo = 5;

// Scores as "visitors-home", sorted.
QStringList scores(ReadGuarantee guarantee, const ReaderContext &reader = {})
{
    QStringList out;
    for (const auto &score : allowedReads(kGame, {"visitors", "home"}, guarantee, reader))
        out << QString::fromStdString(score[0] + "-" + score[1]);
    return out;
}

QStringList everyPair()
{
    QStringList out;
    for (int visitors = 0; visitors <= 2; ++visitors)
        for (int home = 0; home <= 5; ++home)
            out << QStringLiteral("%1-%2").arg(visitors).arg(home);
    return out;
}

} // namespace

class TestAllowedReads : public QObject
{
    Q_OBJECT

private slots:
    void strong() { QCOMPARE(scores(ReadGuarantee::Strong), QStringList{"2-5"}); }
    void eventual()
    {
        QCOMPARE(scores(ReadGuarantee::Eventual), everyPair());
        QCOMPARE(scores(ReadGuarantee::Eventual).size(), 18);
        // 0-3 is allowed, though the game never had that score.
        QVERIFY(scores(ReadGuarantee::Eventual).contains("0-3"));
        QVERIFY(!scores(ReadGuarantee::ConsistentPrefix).contains("0-3"));
    }
    void consistentPrefix()
    {
        QCOMPARE(scores(ReadGuarantee::ConsistentPrefix),
                 (QStringList{"0-0", "0-1", "1-1", "1-2", "1-3", "2-3", "2-4", "2-5"}));
    }
    void boundedStaleness()
    {
        ReaderContext reader;
        reader.freshPrefix = kOneInningAgo;
        QCOMPARE(scores(ReadGuarantee::BoundedStaleness, reader), (QStringList{"2-3", "2-4", "2-5"}));
    }
    void monotonicReads()
    {
        ReaderContext reader;
        reader.lastRead = {"1", "3"};
        QCOMPARE(scores(ReadGuarantee::MonotonicReads, reader), (QStringList{"1-3", "1-4", "1-5", "2-3", "2-4", "2-5"}));
    }
    void readMyWrites()
    {
        ReaderContext scorekeeper;
        scorekeeper.writer = true;
        QCOMPARE(scores(ReadGuarantee::ReadMyWrites, scorekeeper), QStringList{"2-5"});
        QCOMPARE(scores(ReadGuarantee::ReadMyWrites), everyPair());
    }
};

QTEST_APPLESS_MAIN(TestAllowedReads)
#include "tst_allowedreads.moc"
