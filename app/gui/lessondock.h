#pragma once

#include <QDockWidget>

#include "lessonplayer.h"

class LessonStepView;
class QLabel;
class QProgressBar;
class QPushButton;
class SimulationController;

// The lesson player's face: the lesson's title, "Step 3 of 11" with a bar, the step's narration in
// large word-wrapped text, the step's own widgets, and Back / Continue. It renders the controller's
// lesson player and forwards the learner's clicks (a choice, a node in the cluster view, a message,
// a log entry in the inspector) to it; it remembers the learner's progress.
class LessonDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit LessonDock(SimulationController &controller, QWidget *parent = nullptr);

    QLabel *narration() const { return mNarration; }
    QLabel *progressLabel() const { return mProgressLabel; }
    QProgressBar *progressBar() const { return mProgressBar; }
    QPushButton *continueButton() const { return mContinue; }
    QPushButton *backButton() const { return mBack; }
    LessonStepView *stepView() const { return mStepView; }

    // Whether Continue (or Reveal, for a teacher) would do something now: Space and the arrow
    // keys then continue the lesson instead of playing or stepping the simulation.
    bool canContinue() const;

public slots:
    // Continue: the next step, or the reveal of an unanswered prediction.
    void continueLesson();
    void backLesson();
    // A log entry the learner clicked (in the inspector): the answer of an entry prediction.
    void pickEntry(cs::NodeId node, std::int64_t index);

private slots:
    void refresh();
    void pickNode(cs::NodeId node);
    void pickMessage(std::uint64_t messageId);

private:
    bool asking(cs::PredictionKind kind) const;

    SimulationController &mController;
    QLabel *mTitle;
    QLabel *mProgressLabel;
    QProgressBar *mProgressBar;
    QLabel *mNarration;
    LessonStepView *mStepView;
    QPushButton *mBack;
    QPushButton *mContinue;
    QPushButton *mClose;
    std::size_t mShownStep = static_cast<std::size_t>(-1);
    cs::StepState mShownState = cs::StepState::Finished;
};
