// The controller's lesson mode: the lesson player owns the run while a lesson is open.
#include "simulationcontroller.h"

bool SimulationController::openLesson(std::shared_ptr<const cs::Lesson> lesson, std::size_t step)
{
    setPlaying(false);
    // The old player goes before the lesson it plays.
    mLesson.reset();
    mLessonDocument = std::move(lesson);
    mScenario = mLessonDocument->scenario;
    mScenarioInputs = mScenario.inputs;
    mBranches.clear();
    emit branchesChanged();
    mSelectedMessage = 0;
    startRecording();
    mLesson = std::make_unique<cs::LessonPlayer>(*mLessonDocument);
    mLesson->setViewObserver(viewObserver());
    const bool reached = step == 0 || mLesson->playToStep(step);
    syncScenarioInputs();
    showNewRun();
    emit lessonChanged();
    return reached;
}

void SimulationController::closeLesson()
{
    if (!mLesson)
        return;
    // The run carries on from the same moment without the lesson.
    std::vector<cs::Input> inputs;
    for (const auto &input : timeline().inputs())
        inputs.push_back(input);
    const auto steps = present().steps();
    const auto time = present().now();
    mLesson.reset();
    mLessonDocument.reset();
    rebuild(inputs);
    mTimeline->catchUp(steps, time);
    mDisplayTime = static_cast<double>(present().now());
    emit clusterReset();
    afterEvents();
    emit lessonChanged();
}

void SimulationController::dropLesson()
{
    if (!mLesson)
        return;
    mLesson.reset();
    mLessonDocument.reset();
    emit lessonChanged();
}

void SimulationController::playLesson(cs::VirtualTime target)
{
    const auto step = mLesson->stepIndex();
    const auto state = mLesson->state();
    // A step that fires ends the play where it fired; the next frame plays the next step.
    if (mLesson->playing())
        mLesson->playUntil(target);
    mDisplayTime = static_cast<double>(present().now());
    afterEvents();
    if (mLesson->stepIndex() != step)
        holdAtNewWait();
    if (mLesson->stepIndex() != step || mLesson->state() != state)
        emit lessonChanged();
}

void SimulationController::holdAtNewWait()
{
    // A step that narrates while the run plays on begins paused, so its text can be read (and
    // Back lands on it) before the learner plays it with Space.
    if (mLesson->state() == cs::StepState::Waiting)
        setPlaying(false);
}

void SimulationController::afterLessonAction()
{
    holdAtNewWait();
    mViewed.reset();
    mDisplayTime = static_cast<double>(present().now());
    afterEvents();
    emit lessonChanged();
}

void SimulationController::lessonContinue()
{
    if (mLesson && mLesson->continueOn())
        afterLessonAction();
}

void SimulationController::lessonAnswer(const cs::PredictionAnswer &answer)
{
    if (mLesson && mLesson->answer(answer))
        afterLessonAction();
}

void SimulationController::lessonReveal()
{
    if (mLesson && mLesson->reveal())
        afterLessonAction();
}

void SimulationController::lessonHint()
{
    if (mLesson && mLesson->nextHint())
        emit lessonChanged();
}

void SimulationController::lessonShowMe()
{
    if (!mLesson)
        return;
    // Show me from a missed step starts the step again, then plays the author's inputs.
    if (mLesson->state() == cs::StepState::Missed)
        lessonRestartStep();
    if (mLesson->showMe()) {
        syncScenarioInputs();
        afterLessonAction();
    }
}

void SimulationController::lessonBack()
{
    if (!mLesson)
        return;
    mSelectedMessage = 0;
    startRecording();
    mLesson->setViewObserver(viewObserver());
    mLesson->back();
    syncScenarioInputs();
    mDisplayTime = static_cast<double>(present().now());
    emit clusterReset();
    afterLessonAction();
}

void SimulationController::lessonRestartStep()
{
    if (!mLesson)
        return;
    startRecording();
    mLesson->setViewObserver(viewObserver());
    mLesson->restartStep();
    syncScenarioInputs();
    emit clusterReset();
    afterLessonAction();
}
