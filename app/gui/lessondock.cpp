#include "lessondock.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include "contentlanguage.h"
#include "lessonprogress.h"
#include "lessonstepview.h"
#include "simulationcontroller.h"

namespace {

// Readable from the back of a classroom on a projector.
constexpr int kNarrationPoints = 15;

// Continue moves on from these states; while asking it reveals without an answer.
bool continuable(cs::StepState state)
{
    return state == cs::StepState::Reading || state == cs::StepState::Revealed || state == cs::StepState::Reached
           || state == cs::StepState::Asking;
}

} // namespace

LessonDock::LessonDock(SimulationController &controller, QWidget *parent)
    : QDockWidget(tr("Lesson"), parent)
    , mController(controller)
{
    setObjectName(QStringLiteral("LessonDock"));
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(8, 8, 8, 8);
    mTitle = new QLabel(content);
    mTitle->setWordWrap(true);
    QFont titleFont = mTitle->font();
    titleFont.setPointSize(kNarrationPoints + 1);
    titleFont.setBold(true);
    mTitle->setFont(titleFont);
    mProgressLabel = new QLabel(content);
    mProgressBar = new QProgressBar(content);
    mProgressBar->setTextVisible(false);
    mProgressBar->setMaximumHeight(10);

    auto *scroll = new QScrollArea(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Always there, so the words wrap to one width and never run under it.
    scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    scroll->setMinimumHeight(40);
    auto *body = new QWidget(scroll);
    auto *bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(0, 4, 4, 4);
    mNarration = new QLabel(body);
    mNarration->setObjectName(QStringLiteral("lessonNarration"));
    mNarration->setWordWrap(true);
    mNarration->setTextFormat(Qt::RichText);
    mNarration->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    QFont narrationFont = mNarration->font();
    narrationFont.setPointSize(kNarrationPoints);
    mNarration->setFont(narrationFont);
    // Outside the scrolled narration, so the answers and buttons always have their room.
    mStepView = new LessonStepView(content);
    QFont stepFont = mStepView->font();
    stepFont.setPointSize(kNarrationPoints - 2);
    mStepView->setFont(stepFont);
    bodyLayout->addWidget(mNarration);
    bodyLayout->addStretch();
    scroll->setWidget(body);

    auto *buttons = new QHBoxLayout;
    mBack = new QPushButton(tr("\u25C0 Back"), content);
    mBack->setObjectName(QStringLiteral("lessonBack"));
    mBack->setToolTip(tr("Back to the previous step, exactly as it began (Page Up)"));
    mContinue = new QPushButton(tr("Continue \u25B6"), content);
    mContinue->setObjectName(QStringLiteral("lessonContinue"));
    mContinue->setDefault(true);
    mClose = new QPushButton(tr("Close lesson"), content);
    mClose->setToolTip(tr("Leave the lesson; the cluster stays as it is, free to explore."));
    QFont buttonFont = mContinue->font();
    buttonFont.setPointSize(kNarrationPoints - 2);
    for (auto *button : {mBack, mContinue, mClose})
        button->setFont(buttonFont);
    buttons->addWidget(mBack);
    buttons->addWidget(mContinue, 1);
    buttons->addWidget(mClose);

    layout->addWidget(mTitle);
    layout->addWidget(mProgressLabel);
    layout->addWidget(mProgressBar);
    layout->addWidget(scroll, 1);
    layout->addWidget(mStepView);
    layout->addLayout(buttons);
    setWidget(content);
    setMinimumWidth(340);

    connect(mBack, &QPushButton::clicked, this, &LessonDock::backLesson);
    connect(mContinue, &QPushButton::clicked, this, &LessonDock::continueLesson);
    connect(mClose, &QPushButton::clicked, &controller, &SimulationController::closeLesson);
    connect(mStepView, &LessonStepView::choiceClicked, this, [this](const QString &id) {
        cs::PredictionAnswer answer;
        answer.choice = id.toStdString();
        mController.lessonAnswer(answer);
    });
    connect(mStepView, &LessonStepView::hintRequested, &controller, &SimulationController::lessonHint);
    connect(mStepView, &LessonStepView::showMeRequested, &controller, &SimulationController::lessonShowMe);
    connect(&controller, &SimulationController::lessonChanged, this, &LessonDock::refresh);
    connect(&controller, &SimulationController::selectionChanged, this, &LessonDock::pickNode);
    connect(&controller, &SimulationController::messageSelectionChanged, this, &LessonDock::pickMessage);
    refresh();
}

bool LessonDock::asking(cs::PredictionKind kind) const
{
    const auto *player = mController.lessonPlayer();
    return player && player->state() == cs::StepState::Asking && player->step()->prediction == kind;
}

bool LessonDock::canContinue() const
{
    const auto *player = mController.lessonPlayer();
    return player && isVisible() && continuable(player->state());
}

void LessonDock::continueLesson()
{
    const auto *player = mController.lessonPlayer();
    if (!player)
        return;
    if (player->state() == cs::StepState::Asking)
        mController.lessonReveal();
    else
        mController.lessonContinue();
}

void LessonDock::backLesson()
{
    mController.lessonBack();
}

void LessonDock::pickNode(cs::NodeId node)
{
    if (node > 0 && asking(cs::PredictionKind::Node)) {
        cs::PredictionAnswer answer;
        answer.node = node;
        mController.lessonAnswer(answer);
    }
}

void LessonDock::pickMessage(std::uint64_t messageId)
{
    if (messageId == 0 || !asking(cs::PredictionKind::Message))
        return;
    if (const auto *body = mController.recorder().messageBody(messageId)) {
        cs::PredictionAnswer answer;
        answer.message = std::string(body->type());
        mController.lessonAnswer(answer);
    }
}

void LessonDock::pickEntry(cs::NodeId node, std::int64_t index)
{
    if (node > 0 && asking(cs::PredictionKind::Entry)) {
        cs::PredictionAnswer answer;
        answer.node = node;
        answer.index = index;
        mController.lessonAnswer(answer);
    }
}

void LessonDock::refresh()
{
    const auto *player = mController.lessonPlayer();
    if (!player) {
        mShownStep = static_cast<std::size_t>(-1);
        hide();
        return;
    }
    const auto locale = ContentLanguage::locale();
    const auto &lesson = player->lesson();
    const auto id = QString::fromStdString(lesson.id);
    const int steps = static_cast<int>(lesson.steps.size());
    const bool finished = player->state() == cs::StepState::Finished;
    const int current = finished ? steps : static_cast<int>(player->stepIndex()) + 1;
    LessonProgress::record(id, current, finished);

    mTitle->setText(QString::fromStdString(lesson.title.in(locale)));
    mProgressLabel->setText(finished ? tr("Finished: %1 steps").arg(steps) : tr("Step %1 of %2").arg(current).arg(steps));
    mProgressBar->setRange(0, steps);
    mProgressBar->setValue(finished ? steps : current);
    const auto *step = player->step();
    mNarration->setText(step ? QString::fromStdString(step->text.in(locale)).toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"))
                             : tr("Well done."));
    mStepView->show(*player, locale);

    const auto state = player->state();
    mBack->setEnabled(current > 1 || state != cs::StepState::Reading);
    const bool asking = state == cs::StepState::Asking;
    mContinue->setText(asking ? tr("Reveal \u25B6") : tr("Continue \u25B6"));
    mContinue->setToolTip(asking ? tr("Show what the engine does without answering (Space, Right or Page Down)")
                                 : tr("Next step (Space, Right or Page Down)"));
    mContinue->setEnabled(continuable(state));
    // A fresh node or message question: the next click answers it, even on the selected node.
    if (asking && (player->stepIndex() != mShownStep || state != mShownState)) {
        if (step->prediction == cs::PredictionKind::Node)
            mController.selectNode(0);
        if (step->prediction == cs::PredictionKind::Message)
            mController.selectMessage(0);
    }
    mShownStep = player->stepIndex();
    mShownState = state;
    if (!isVisible()) {
        show();
        raise();
    }
}
