#include <QtTest>

#include "lessonplayer.h"
#include "registry.h"

namespace {

const std::string kResources = CS_TEST_DATA_DIR "/../resources";

cs::Lesson loadLesson(const std::string &id)
{
    const cs::ProtocolLookup lookup = [](std::string_view name) { return cs::findProtocol(name); };
    return cs::loadLessonFile(kResources + "/lessons/" + id + ".json", kResources + "/scenarios", lookup);
}

// Plays as the check does (continue, let the engine reveal, ask for the show-me) until the player
// stands at the given step.
void playTo(cs::LessonPlayer &player, std::size_t step)
{
    using cs::StepState;
    while (player.state() != StepState::Finished && player.stepIndex() < step) {
        switch (player.state()) {
        case StepState::Reading:
        case StepState::Revealed:
        case StepState::Reached: player.continueOn(); break;
        case StepState::Asking: player.reveal(); break;
        case StepState::Trying:
            player.showMe();
            player.play();
            break;
        default: player.play(); break;
        }
        QVERIFY(player.state() != StepState::Missed);
    }
}

} // namespace

// The lesson player without Qt: it holds the simulation while the learner reads or answers, judges
// answers against the engine, stages hints, resolves "the leader", and Back returns to the exact
// moment a step began with the learner's later inputs undone.
class TestLessonPlayer : public QObject
{
    Q_OBJECT

    cs::Lesson mRaft = loadLesson("raft-election");

private slots:
    void theSimulationHoldsWhileTheLearnerReadsOrAnswers()
    {
        cs::LessonPlayer player(mRaft);
        QCOMPARE(player.state(), cs::StepState::Reading);
        QCOMPARE(player.play(), cs::StepState::Reading);
        QCOMPARE(player.timeline().present().steps(), 0u);
        QVERIFY(player.continueOn());
        QCOMPARE(player.state(), cs::StepState::Asking);
        QCOMPARE(player.play(), cs::StepState::Asking);
        QCOMPARE(player.timeline().present().steps(), 0u);
        QVERIFY(!player.continueOn());
    }

    void aPredictionIsJudgedByTheEngine_data()
    {
        QTest::addColumn<int>("node");
        QTest::addColumn<bool>("right");
        QTest::newRow("node 3 times out first") << 3 << true;
        QTest::newRow("node 2 does not") << 2 << false;
    }

    void aPredictionIsJudgedByTheEngine()
    {
        QFETCH(int, node);
        QFETCH(bool, right);
        cs::LessonPlayer player(mRaft);
        player.continueOn();
        QVERIFY(player.answer({{}, node, {}, 0}));
        QCOMPARE(player.play(), cs::StepState::Revealed);
        QCOMPARE(player.records().back().engineAnswer->node, 3);
        QCOMPARE(player.records().back().fired->at, 182640);
        QCOMPARE(*player.answeredRightly(), right);
    }

    void theLeaderIsResolvedAndHintsAreStaged()
    {
        cs::LessonPlayer player(mRaft);
        playTo(player, 6);
        QCOMPARE(player.state(), cs::StepState::Trying);
        QCOMPARE(player.leader(), 1);
        QCOMPARE(player.highlight().nodes, std::vector<cs::NodeId>{1});
        QCOMPARE(player.nextHint(), &mRaft.steps[6].hints[0]);
        QCOMPARE(player.nextHint(), &mRaft.steps[6].hints[1]);
        QCOMPARE(player.nextHint(), nullptr);
        // The learner's own crash of the leader counts as the act, as the show-me's would.
        cs::Input crash;
        crash.kind = cs::InputKind::Crash;
        crash.node = 1;
        player.input(crash);
        QCOMPARE(player.play(), cs::StepState::Reached);
        QCOMPARE(player.leader(), 0);
    }

    void aWrongActionDoesNotCount()
    {
        cs::LessonPlayer player(mRaft);
        playTo(player, 6);
        cs::Input crash;
        crash.kind = cs::InputKind::Crash;
        crash.node = 2;
        player.input(crash);
        QCOMPARE(player.play(), cs::StepState::Missed);
    }

    void backReturnsToTheMomentAStepBegan()
    {
        cs::LessonPlayer player(mRaft);
        playTo(player, 8);
        const auto records = player.records();
        QVERIFY(!player.timeline().present().isUp(1));
        player.back();
        QCOMPARE(player.stepIndex(), 7u);
        QCOMPARE(player.state(), cs::StepState::Asking);
        QCOMPARE(player.timeline().present().steps(), records[7].began.steps);
        QCOMPARE(player.timeline().present().now(), records[7].began.at);
        player.back();
        QCOMPARE(player.stepIndex(), 6u);
        QCOMPARE(player.state(), cs::StepState::Trying);
        // The learner's crash, given in this step, is undone: the leader runs again.
        QVERIFY(player.timeline().present().isUp(1));
        QCOMPARE(player.leader(), 1);
        playTo(player, 8);
        QCOMPARE(player.records().size(), records.size());
        for (std::size_t i = 0; i < records.size(); ++i) {
            QCOMPARE(player.records()[i].began.steps, records[i].began.steps);
            QCOMPARE(player.records()[i].began.at, records[i].began.at);
        }
    }

    // A wait fires and the next step begins by itself; Back replays the wait to the same moment.
    void backOverAWaitReplaysIt()
    {
        cs::LessonPlayer player(mRaft);
        playTo(player, 5);
        QCOMPARE(player.state(), cs::StepState::Waiting);
        player.play();
        QCOMPARE(player.stepIndex(), 6u);
        const auto fired = *player.records()[5].fired;
        QCOMPARE(fired.at, 389836);
        player.back();
        QCOMPARE(player.stepIndex(), 5u);
        QCOMPARE(player.state(), cs::StepState::Waiting);
        player.play();
        QCOMPARE(player.records()[5].fired->at, fired.at);
        QCOMPARE(player.records()[5].fired->steps, fired.steps);
    }

    void restartingAStepUndoesTheLearnersInputs()
    {
        cs::LessonPlayer player(mRaft);
        playTo(player, 6);
        const auto began = player.records()[6].began;
        player.showMe();
        QCOMPARE(player.play(), cs::StepState::Reached);
        player.restartStep();
        QCOMPARE(player.stepIndex(), 6u);
        QCOMPARE(player.state(), cs::StepState::Trying);
        QCOMPARE(player.timeline().present().now(), began.at);
        QVERIFY(!player.records()[6].shownMe);
        QCOMPARE(player.timeline().inputs().size(), mRaft.scenario.inputs.size());
    }

    // A deep link's step is reached by playing as the check does; a step beyond the end is refused.
    void playToStepStandsAtTheStepsStart()
    {
        cs::LessonPlayer reference(mRaft);
        playTo(reference, 4);
        cs::LessonPlayer player(mRaft);
        QVERIFY(player.playToStep(4));
        QCOMPARE(player.stepIndex(), 4u);
        QCOMPARE(player.state(), cs::StepState::Asking);
        QCOMPARE(player.records()[4].began.steps, reference.records()[4].began.steps);
        QCOMPARE(player.records()[4].began.at, reference.records()[4].began.at);
        QVERIFY(player.playToStep(4));
        cs::LessonPlayer beyond(mRaft);
        QVERIFY(!beyond.playToStep(mRaft.steps.size()));
        QCOMPARE(beyond.state(), cs::StepState::Finished);
    }

    // An embedded lesson is read from its bytes, with the same complaints naming the origin.
    void aLessonReadsFromBytes()
    {
        const cs::ProtocolLookup lookup = [](std::string_view name) { return cs::findProtocol(name); };
        const cs::ScenarioLoader none = [](const std::string &name) -> cs::Scenario {
            throw cs::InputError("no scenario " + name);
        };
        QFile file(QString::fromStdString(kResources + "/lessons/raft-election.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto bytes = file.readAll().toStdString();
        const auto lesson = cs::parseLessonBytes(bytes, ":/lessons/raft-election.json", lookup, none);
        QCOMPARE(lesson.steps.size(), mRaft.steps.size());
        try {
            cs::parseLessonBytes("{\"format\": 3}", ":/lessons/x.json", lookup, none);
            QFAIL("a broken lesson was read");
        } catch (const cs::InputError &error) {
            QVERIFY2(std::string(error.what()).starts_with(":/lessons/x.json: "), error.what());
        }
    }
};

QTEST_GUILESS_MAIN(TestLessonPlayer)
#include "tst_lessonplayer.moc"
