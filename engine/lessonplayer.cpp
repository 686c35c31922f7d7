#include "lessonplayer.h"

#include <algorithm>

#include "consistencychecker.h"

namespace cs {

namespace {

// The earliest time at which a time condition holds, if the condition has one.
std::optional<VirtualTime> timeTarget(const Condition &condition, VirtualTime began)
{
    switch (condition.kind) {
    case Condition::Kind::Time: return condition.time;
    case Condition::Kind::After: return began + condition.time;
    case Condition::Kind::Any: {
        std::optional<VirtualTime> earliest;
        for (const auto &part : condition.any)
            if (const auto t = timeTarget(part, began); t && (!earliest || *t < *earliest))
                earliest = t;
        return earliest;
    }
    default: return std::nullopt;
    }
}

} // namespace

std::string_view stepStateName(StepState state)
{
    switch (state) {
    case StepState::Reading: return "reading";
    case StepState::Waiting: return "waiting";
    case StepState::Asking: return "asking";
    case StepState::Revealing: return "revealing";
    case StepState::Revealed: return "revealed";
    case StepState::Trying: return "trying";
    case StepState::Reached: return "reached";
    case StepState::Missed: return "missed";
    case StepState::Finished: return "finished";
    }
    return "reading";
}

LessonPlayer::LessonPlayer(const Lesson &lesson, VirtualTime checkpointInterval)
    : mLesson(&lesson)
    , mInterval(checkpointInterval)
    , mTimeline(startOfRun(), checkpointInterval)
{
    mTimeline.present().setObserver(this);
    beginStep(0);
}

Simulation LessonPlayer::startOfRun() const
{
    const auto &scenario = mLesson->scenario;
    Simulation start(*scenario.protocol, scenario.parameters, scenario.seed);
    for (const auto &input : scenario.inputs)
        start.schedule(input);
    return start;
}

const LessonStep *LessonPlayer::step() const
{
    return mState == StepState::Finished ? nullptr : &mLesson->steps[stepIndex()];
}

bool LessonPlayer::playing() const
{
    return mState == StepState::Waiting || mState == StepState::Revealing || mState == StepState::Trying;
}

LessonMoment LessonPlayer::now() const
{
    return {mTimeline.present().steps(), mTimeline.present().now()};
}

void LessonPlayer::beginStep(std::size_t index)
{
    mFired = false;
    mFiredAnswer.reset();
    mHighlight = {};
    if (index >= mLesson->steps.size()) {
        mState = StepState::Finished;
        return;
    }
    mRecords.resize(index + 1);
    mRecords[index] = StepRecord{now(), {}, {}, {}, 0, false};
    mLeaderAtStart = mLeader;
    const auto &step = mLesson->steps[index];
    switch (step.kind) {
    case StepKind::Narrate: mState = step.until ? StepState::Waiting : StepState::Reading; break;
    case StepKind::Predict: mState = StepState::Asking; break;
    case StepKind::Act:
    case StepKind::Goal: mState = StepState::Trying; break;
    }
    const auto resolve = [&](const NodeRef &ref) { return ref.resolve(mLeaderAtStart); };
    for (const auto &node : step.highlight.nodes)
        if (resolve(node) > 0)
            mHighlight.nodes.push_back(resolve(node));
    for (const auto &[a, b] : step.highlight.links)
        if (resolve(a) > 0 && resolve(b) > 0)
            mHighlight.links.emplace_back(resolve(a), resolve(b));
    mHighlight.messages = step.highlight.messages;
    for (const auto &entry : step.highlight.entries)
        if (resolve(entry.node) > 0)
            mHighlight.entries.emplace_back(resolve(entry.node), entry.index);
}

std::vector<const Condition *> LessonPlayer::watched() const
{
    std::vector<const Condition *> conditions;
    const auto *current = step();
    if (!current || !playing())
        return conditions;
    if (current->kind != StepKind::Predict) {
        conditions.push_back(&*current->until);
    } else if (current->prediction == PredictionKind::Choice) {
        for (const auto &choice : current->choices)
            conditions.push_back(&choice.when);
    } else {
        conditions.push_back(&*current->reveal);
    }
    return conditions;
}

void LessonPlayer::fire(std::size_t which, const Firing &firing)
{
    if (mFired)
        return;
    mFired = true;
    const auto &current = *step();
    if (current.kind != StepKind::Predict)
        return;
    PredictionAnswer answer;
    switch (current.prediction) {
    case PredictionKind::Choice: answer.choice = current.choices[which].id; break;
    case PredictionKind::Node: answer.node = firing.node; break;
    case PredictionKind::Message: answer.message = firing.message; break;
    case PredictionKind::Entry:
        answer.node = firing.node;
        answer.index = firing.note ? firing.note->number(static_cast<std::size_t>(current.entryField)) : 0;
        break;
    }
    mFiredAnswer = answer;
}

void LessonPlayer::observe(const LessonEvent &event)
{
    if (mRebuilding || mFired)
        return;
    const auto conditions = watched();
    for (std::size_t i = 0; i < conditions.size(); ++i) {
        if (const auto firing = matchEvent(*conditions[i], event, mLeaderAtStart)) {
            fire(i, *firing);
            return;
        }
    }
}

bool LessonPlayer::checkState()
{
    if (mRebuilding)
        return false;
    if (!mFired) {
        const auto conditions = watched();
        std::optional<ConsistencyReport> report;
        const bool needsReport = std::any_of(conditions.begin(), conditions.end(),
                                             [](const Condition *c) { return c->needsHistoryVerdict(); });
        if (needsReport && !mHistory.operations().empty())
            report = ConsistencyChecker().check(mHistory);
        const auto began = mRecords.back().began.at;
        for (std::size_t i = 0; i < conditions.size(); ++i) {
            if (stateHolds(*conditions[i], mTimeline.present().now(), began, report ? &*report : nullptr)) {
                fire(i, Firing{});
                break;
            }
        }
    }
    if (!mFired)
        return false;
    finishStep();
    return true;
}

void LessonPlayer::finishStep()
{
    auto &record = mRecords.back();
    record.fired = now();
    mFired = false;
    switch (mState) {
    case StepState::Waiting: beginStep(stepIndex() + 1); break;
    case StepState::Revealing:
        record.engineAnswer = mFiredAnswer;
        mState = StepState::Revealed;
        break;
    case StepState::Trying: mState = StepState::Reached; break;
    default: break;
    }
}

std::optional<VirtualTime> LessonPlayer::nextTimeTarget() const
{
    std::optional<VirtualTime> earliest;
    for (const auto *condition : watched())
        if (const auto t = timeTarget(*condition, mRecords.back().began.at); t && (!earliest || *t < *earliest))
            earliest = t;
    return earliest;
}

StepState LessonPlayer::playUntil(VirtualTime limit)
{
    // A step that ends begins the next one, which waits for its own call.
    const auto index = mRecords.size();
    const auto state = mState;
    while (playing() && mRecords.size() == index && mState == state) {
        if (checkState())
            continue;
        const auto bound = mRecords.back().began.at + step()->within;
        const auto stop = std::min(limit, bound);
        const auto next = mTimeline.present().nextEventTime();
        const auto target = nextTimeTarget();
        if (next && *next <= stop && (!target || *next <= *target)) {
            mTimeline.stepPresent();
            continue;
        }
        auto to = stop;
        if (target && *target < to)
            to = std::max(*target, mTimeline.present().now());
        if (to > mTimeline.present().now())
            mTimeline.advanceTo(to);
        if (checkState())
            continue;
        if (to >= bound) {
            mState = StepState::Missed;
            break;
        }
        if (to >= limit)
            break;
    }
    return mState;
}

StepState LessonPlayer::play()
{
    return playUntil(kMaxRunLength);
}

bool LessonPlayer::continueOn()
{
    if (mState != StepState::Reading && mState != StepState::Revealed && mState != StepState::Reached)
        return false;
    mRecords.back().fired = mRecords.back().fired.value_or(now());
    beginStep(stepIndex() + 1);
    return true;
}

bool LessonPlayer::answer(const PredictionAnswer &answer)
{
    if (mState != StepState::Asking)
        return false;
    mRecords.back().learnerAnswer = answer;
    mState = StepState::Revealing;
    return true;
}

bool LessonPlayer::reveal()
{
    if (mState != StepState::Asking)
        return false;
    mState = StepState::Revealing;
    return true;
}

std::optional<bool> LessonPlayer::answeredRightly() const
{
    if (mRecords.empty() || !mRecords.back().learnerAnswer || !mRecords.back().engineAnswer)
        return std::nullopt;
    return *mRecords.back().learnerAnswer == *mRecords.back().engineAnswer;
}

const LocalizedText *LessonPlayer::nextHint()
{
    const auto *current = step();
    if (!current || mRecords.back().hintsShown >= current->hints.size())
        return nullptr;
    return &current->hints[mRecords.back().hintsShown++];
}

bool LessonPlayer::showMe()
{
    const auto *current = step();
    if (!current || mState != StepState::Trying || current->showMe.empty() || mRecords.back().shownMe)
        return false;
    mRecords.back().shownMe = true;
    for (auto scheduled : current->showMe) {
        scheduled.at += mRecords.back().began.at;
        input(scheduled);
    }
    return true;
}

Input LessonPlayer::input(Input given)
{
    const auto scheduled = mTimeline.schedule(std::move(given));
    mLearnerInputs.push_back({scheduled, stepIndex()});
    return scheduled;
}

void LessonPlayer::rewindTo(std::size_t index)
{
    const auto target = mRecords[index].began;
    std::erase_if(mLearnerInputs, [&](const LearnerInput &given) { return given.step >= index; });
    Simulation start = startOfRun();
    for (const auto &given : mLearnerInputs)
        start.schedule(given.input);
    mHistory = {};
    mLeader = 0;
    mRebuilding = true;
    mTimeline = Timeline(start, mInterval);
    mTimeline.present().setObserver(this);
    mTimeline.catchUp(target.steps, target.at);
    mRebuilding = false;
    mRecords.resize(index + 1);
    beginStep(index);
}

void LessonPlayer::back()
{
    const std::size_t current = mState == StepState::Finished ? mRecords.size() : stepIndex();
    rewindTo(current == 0 ? 0 : current - 1);
}

void LessonPlayer::restartStep()
{
    rewindTo(mState == StepState::Finished ? mRecords.size() - 1 : stepIndex());
}

bool LessonPlayer::playToStep(std::size_t index)
{
    while (mState != StepState::Finished && stepIndex() < index) {
        switch (mState) {
        case StepState::Reading:
        case StepState::Revealed:
        case StepState::Reached: continueOn(); break;
        case StepState::Asking: reveal(); break;
        case StepState::Trying:
            showMe();
            play();
            break;
        case StepState::Waiting:
        case StepState::Revealing: play(); break;
        case StepState::Missed:
        case StepState::Finished: return false;
        }
    }
    return mState != StepState::Finished && stepIndex() == index;
}

void LessonPlayer::onSend(const InFlightMessage &message)
{
    if (mViewObserver)
        mViewObserver->onSend(message);
}

void LessonPlayer::onDeliver(VirtualTime at, const InFlightMessage &message)
{
    LessonEvent event;
    event.at = at;
    event.delivered = &message;
    observe(event);
    if (mViewObserver)
        mViewObserver->onDeliver(at, message);
}

void LessonPlayer::onDrop(VirtualTime at, const InFlightMessage &message, DropReason reason)
{
    if (mViewObserver)
        mViewObserver->onDrop(at, message, reason);
}

void LessonPlayer::onTimer(VirtualTime at, NodeId node, int timer)
{
    if (mViewObserver)
        mViewObserver->onTimer(at, node, timer);
}

void LessonPlayer::onInput(const Input &input)
{
    if (input.kind == InputKind::Crash && input.node == mLeader)
        mLeader = 0;
    LessonEvent event;
    event.at = input.at;
    event.input = &input;
    observe(event);
    if (mViewObserver)
        mViewObserver->onInput(input);
}

void LessonPlayer::onNote(VirtualTime at, const Note &note)
{
    const auto &meanings = mLesson->scenario.protocol->descriptor().meanings;
    if (const auto *leading = findMeaning(meanings, Meaning::Leader); leading && leading->matches(note)) {
        mLeader = leading->whoOf(note);
    } else if (const auto *change = findMeaning(meanings, Meaning::RoleChange);
               change && change->matches(note) && change->whoOf(note) == mLeader) {
        mLeader = 0;
    }
    LessonEvent event;
    event.at = at;
    event.note = &note;
    observe(event);
    if (mViewObserver)
        mViewObserver->onNote(at, note);
}

void LessonPlayer::onViolation(const Violation &violation)
{
    LessonEvent event;
    event.at = violation.at;
    event.violation = &violation;
    observe(event);
    if (mViewObserver)
        mViewObserver->onViolation(violation);
}

void LessonPlayer::onInvoke(VirtualTime at, const PendingOperation &operation)
{
    mHistory.invoke(at, operation);
    if (mViewObserver)
        mViewObserver->onInvoke(at, operation);
}

void LessonPlayer::onComplete(VirtualTime at, const PendingOperation &operation, const OperationOutcome &outcome)
{
    mHistory.complete(at, operation, outcome);
    mHistoryChanged = true;
    LessonEvent event;
    event.at = at;
    event.operation = &operation;
    event.outcome = &outcome;
    observe(event);
    if (mViewObserver)
        mViewObserver->onComplete(at, operation, outcome);
}

void LessonPlayer::onStepEnd(std::uint64_t steps)
{
    if (mViewObserver)
        mViewObserver->onStepEnd(steps);
    if (!playing() || mRebuilding)
        return;
    if (mFired || mHistoryChanged || nextTimeTarget())
        checkState();
    mHistoryChanged = false;
}

} // namespace cs
