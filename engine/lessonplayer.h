#pragma once

#include <optional>
#include <vector>

#include "history.h"
#include "lesson.h"
#include "timeline.h"

namespace cs {

// What the current step of a lesson is doing, and so what the learner may do next.
enum class StepState : std::uint8_t {
    Reading,   // a narrate step without a condition: the simulation holds until the learner continues
    Waiting,   // a narrate step with a condition: the simulation plays until it fires, then the next step begins
    Asking,    // a prediction: the simulation holds until the learner answers
    Revealing, // a prediction answered: the simulation plays until the engine's answer is known
    Revealed,  // the engine's answer is known; the learner continues
    Trying,    // an act or a goal: the simulation plays with the learner's inputs until the condition fires
    Reached,   // the act was done or the goal reached; the learner continues
    Missed,    // the step's bound passed before its condition fired: go back, or show me
    Finished,  // past the last step
};

std::string_view stepStateName(StepState state);

// A moment of the run: the number of simulation steps taken and the virtual time.
struct LessonMoment
{
    std::uint64_t steps = 0;
    VirtualTime at = 0;
};

// What happened in one step the learner has begun.
struct StepRecord
{
    LessonMoment began;
    std::optional<LessonMoment> fired;
    std::optional<PredictionAnswer> learnerAnswer;
    std::optional<PredictionAnswer> engineAnswer;
    std::size_t hintsShown = 0;
    bool shownMe = false;
};

// The current step's highlights with every node reference resolved: what the views draw.
struct ActiveHighlight
{
    std::vector<NodeId> nodes;
    std::vector<std::pair<NodeId, NodeId>> links;
    std::vector<std::string> messages;
    std::vector<std::pair<NodeId, std::int64_t>> entries;
};

// Plays a lesson on the deterministic engine, without Qt: it owns the lesson's timeline, advances
// step by step, plays the simulation until the current step's condition fires (on engine events,
// never on wall-clock time), records each step's moment, takes the learner's actions as ordinary
// inputs, evaluates predictions and goals, and says what the current step highlights.
//
// Intended use by the app's lesson dock, which only renders and forwards clicks: it shows
// `step()->text.in(locale)`, the choices, hints and `highlight()`; it lets its views follow the
// timeline through `setViewObserver` and `timeline()`; Continue calls `continueOn()`, a choice or a
// click on a node, message or log entry calls `answer()`, Hint calls `nextHint()`, Show me calls
// `showMe()`, Back calls `back()` (the timeline is rebuilt at that step's moment, with the
// scenario's inputs and the learner's earlier ones), and the learner's crash, cut or client
// operation goes through `input()`. Its animation clock calls `playUntil(t)` while `playing()`;
// the CLI and the tests call `play()`, which runs to the step's bound at once. The lesson must
// outlive the player.
class LessonPlayer : public SimulationObserver
{
public:
    explicit LessonPlayer(const Lesson &lesson, VirtualTime checkpointInterval = 2 * kSecond);
    LessonPlayer(const LessonPlayer &) = delete;
    LessonPlayer &operator=(const LessonPlayer &) = delete;

    const Lesson &lesson() const { return *mLesson; }
    const Timeline &timeline() const { return mTimeline; }
    // Receives every event of the lesson's run too (views animate from it); not owned.
    void setViewObserver(SimulationObserver *observer) { mViewObserver = observer; }

    std::size_t stepIndex() const { return mRecords.size() - 1; }
    // The current step, or nullptr once the lesson is finished.
    const LessonStep *step() const;
    StepState state() const { return mState; }
    bool playing() const;
    // One record per step begun, the current one last.
    const std::vector<StepRecord> &records() const { return mRecords; }
    const ActiveHighlight &highlight() const { return mHighlight; }
    // The node of the last declared leader note, while it is up and leading; 0 when none.
    NodeId leader() const { return mLeader; }
    const History &history() const { return mHistory; }

    // Plays the simulation while the current step is playing, up to time t or the step's bound;
    // it returns when the step fires (a narrate step with a condition then begins the next step).
    StepState playUntil(VirtualTime t);
    StepState play();

    // Continue: from Reading, Revealed or Reached to the next step; false otherwise.
    bool continueOn();
    // The learner's prediction; the reveal then plays. False unless the step is asking.
    bool answer(const PredictionAnswer &answer);
    // Reveals without an answer (a teacher's projector, the check).
    bool reveal();
    // Whether the learner's answer equals the engine's, once both are known.
    std::optional<bool> answeredRightly() const;
    // Shows the next hint of an act or a goal; nullptr when none is left.
    const LocalizedText *nextHint();
    // Schedules the author's inputs, at their times relative to the step's start, never before the
    // present; false unless the step is an act or a goal that is trying.
    bool showMe();
    // A learner's action (crash, cut, client operation...), scheduled after the present.
    Input input(Input input);
    // Rewinds to the start of the previous step (of this one on the first step).
    void back();
    // Rewinds to the start of this step.
    void restartStep();
    // Plays forward as the check does (continues, lets the engine reveal, asks for every show-me)
    // until the step with this index begins (a deep link's "--step"); false if a step is missed on
    // the way or the lesson has fewer steps.
    bool playToStep(std::size_t index);

    void onSend(const InFlightMessage &message) override;
    void onDeliver(VirtualTime at, const InFlightMessage &message) override;
    void onDrop(VirtualTime at, const InFlightMessage &message, DropReason reason) override;
    void onTimer(VirtualTime at, NodeId node, int timer) override;
    void onInput(const Input &input) override;
    void onNote(VirtualTime at, const Note &note) override;
    void onViolation(const Violation &violation) override;
    void onInvoke(VirtualTime at, const PendingOperation &operation) override;
    void onComplete(VirtualTime at, const PendingOperation &operation, const OperationOutcome &outcome) override;
    void onStepEnd(std::uint64_t steps) override;

private:
    // An input the learner gave, with the step during which it was given.
    struct LearnerInput
    {
        Input input;
        std::size_t step;
    };

    Simulation startOfRun() const;
    void rewindTo(std::size_t step);
    void beginStep(std::size_t index);
    void finishStep();
    LessonMoment now() const;
    // The conditions that end the current state; the reveal's choices in order.
    std::vector<const Condition *> watched() const;
    void observe(const LessonEvent &event);
    bool checkState();
    std::optional<VirtualTime> nextTimeTarget() const;
    // Marks the current condition fired (by the watched condition `which`); the step ends once
    // the simulation step that fired it is over.
    void fire(std::size_t which, const Firing &firing);

    const Lesson *mLesson;
    VirtualTime mInterval;
    Timeline mTimeline;
    SimulationObserver *mViewObserver = nullptr;
    std::vector<StepRecord> mRecords;
    std::vector<LearnerInput> mLearnerInputs;
    StepState mState = StepState::Reading;
    ActiveHighlight mHighlight;
    NodeId mLeader = 0;
    NodeId mLeaderAtStart = 0;
    History mHistory;
    bool mHistoryChanged = false;
    bool mRebuilding = false;
    bool mFired = false;
    std::optional<PredictionAnswer> mFiredAnswer;
};

} // namespace cs
