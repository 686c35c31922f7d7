#include "lessonstepview.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace {

const QString kRight = QStringLiteral("color: #1b6e20; background: #e3f4e1; border-left: 6px solid #2e9b35;");
const QString kWrong = QStringLiteral("color: #8c1d18; background: #fbe4e2; border-left: 6px solid #c8372d;");
const QString kNeutral = QStringLiteral("color: #20324d; background: #e6eef9; border-left: 6px solid #3d6fb6;");

QString fromUtf8(const std::string &text)
{
    return QString::fromStdString(text);
}

// An answer as the learner reads it: the choice's words, a node, a message type or a log entry.
QString answerText(const cs::LessonStep &step, const cs::PredictionAnswer &answer, const std::string &locale)
{
    switch (step.prediction) {
    case cs::PredictionKind::Choice:
        for (const auto &choice : step.choices)
            if (choice.id == answer.choice)
                return fromUtf8(choice.text.in(locale));
        return fromUtf8(answer.choice);
    case cs::PredictionKind::Node: return LessonStepView::tr("node %1").arg(answer.node);
    case cs::PredictionKind::Message: return LessonStepView::tr("a %1 message").arg(fromUtf8(answer.message));
    case cs::PredictionKind::Entry: return LessonStepView::tr("entry %1 of node %2").arg(answer.index).arg(answer.node);
    }
    return {};
}

// A push button whose words wrap, so a long choice stays readable in a narrow dock.
class WrappingButton : public QPushButton
{
public:
    WrappingButton(const QString &text, QWidget *parent)
        : QPushButton(parent)
        , mWords(new QLabel(text, this))
    {
        setAccessibleName(text);
        mWords->setWordWrap(true);
        mWords->setAttribute(Qt::WA_TransparentForMouseEvents);
        auto *inside = new QHBoxLayout(this);
        inside->setContentsMargins(kMargin, kMargin, kMargin, kMargin);
        inside->addWidget(mWords);
        QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
        policy.setHeightForWidth(true);
        setSizePolicy(policy);
    }

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return mWords->heightForWidth(width - 2 * kMargin) + 2 * kMargin; }
    QSize sizeHint() const override { return mWords->sizeHint() + QSize(2 * kMargin, 2 * kMargin); }
    QSize minimumSizeHint() const override { return {80, heightForWidth(std::max(width(), 200))}; }

private:
    static constexpr int kMargin = 9;
    QLabel *mWords;
};

} // namespace

LessonStepView::LessonStepView(QWidget *parent)
    : QWidget(parent)
    , mLayout(new QVBoxLayout(this))
{
    mLayout->setContentsMargins(0, 0, 0, 0);
    mLayout->setSpacing(8);
    setFocusPolicy(Qt::ClickFocus);
}

void LessonStepView::clear()
{
    // A clicked button that goes away would hand the focus to the next widget in the window, which
    // may take Space for itself (a spin box, a list); keep it here so the lesson keys still work.
    if (isAncestorOf(focusWidget()) || isAncestorOf(QApplication::focusWidget()))
        setFocus(Qt::OtherFocusReason);
    // Later: the button being clicked may be among them.
    while (auto *item = mLayout->takeAt(0)) {
        if (auto *widget = item->widget()) {
            widget->hide();
            widget->setParent(nullptr);
            widget->deleteLater();
        }
        delete item;
    }
    mVerdict = nullptr;
    mHint = nullptr;
    mShowMe = nullptr;
}

QLabel *LessonStepView::addLabel(const QString &text, const QString &style)
{
    auto *label = new QLabel(text, this);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    if (!style.isEmpty())
        label->setStyleSheet(style + QStringLiteral(" padding: 6px;"));
    mLayout->addWidget(label);
    return label;
}

QString LessonStepView::verdictText() const
{
    return mVerdict ? mVerdict->text() : QString();
}

void LessonStepView::show(const cs::LessonPlayer &player, const std::string &locale)
{
    clear();
    const auto *step = player.step();
    const auto state = player.state();
    if (!step) {
        addLabel(tr("<b>You reached the end of this lesson.</b> Press Back to revisit a step, or close the lesson "
                    "and keep exploring the cluster."),
                 kRight);
        return;
    }
    const auto &record = player.records().back();
    switch (state) {
    case cs::StepState::Asking:
        if (step->prediction == cs::PredictionKind::Choice) {
            for (const auto &choice : step->choices) {
                auto *button = new WrappingButton(fromUtf8(choice.text.in(locale)), this);
                button->setObjectName(QStringLiteral("choice-") + fromUtf8(choice.id));
                const auto id = fromUtf8(choice.id);
                connect(button, &QPushButton::clicked, this, [this, id] { emit choiceClicked(id); });
                mLayout->addWidget(button);
            }
        } else {
            const QString request = step->prediction == cs::PredictionKind::Node
                                        ? tr("Click a node in the cluster view.")
                                    : step->prediction == cs::PredictionKind::Message
                                        ? tr("Click a message in the cluster view or the space-time diagram.")
                                        : tr("Click a log entry in the inspector (select its node first).");
            addLabel(QStringLiteral("\u261B ") + request, kNeutral);
        }
        break;
    case cs::StepState::Revealing: addLabel(tr("Watch the simulation\u2026")); break;
    case cs::StepState::Waiting: addLabel(tr("Press Space (Play) and watch: the next step begins when this happens.")); break;
    case cs::StepState::Revealed: {
        const auto rightly = player.answeredRightly();
        if (record.learnerAnswer)
            addLabel(tr("Your answer: %1").arg(answerText(*step, *record.learnerAnswer, locale)));
        if (record.engineAnswer)
            addLabel(tr("What happened: <b>%1</b>").arg(answerText(*step, *record.engineAnswer, locale)));
        if (rightly)
            mVerdict = addLabel(*rightly ? tr("\u2714 Right!") : tr("\u2718 Not this time."), *rightly ? kRight : kWrong);
        if (step->explain)
            addLabel(fromUtf8(step->explain->in(locale)), kNeutral);
        break;
    }
    case cs::StepState::Trying:
    case cs::StepState::Missed:
    case cs::StepState::Reached:
        for (std::size_t i = 0; i < record.hintsShown && i < step->hints.size(); ++i)
            addLabel(tr("Hint %1: %2").arg(i + 1).arg(fromUtf8(step->hints[i].in(locale))), kNeutral);
        if (state == cs::StepState::Reached) {
            mVerdict = addLabel(record.shownMe ? tr("\u2714 Done (shown).") : tr("\u2714 Done!"), kRight);
        } else {
            if (state == cs::StepState::Missed)
                mVerdict = addLabel(tr("\u2718 Time ran out before this happened. Go Back, or let the lesson show you."),
                                    kWrong);
            if (step->kind != cs::StepKind::Act && step->kind != cs::StepKind::Goal)
                break;
            auto *row = new QWidget(this);
            auto *buttons = new QHBoxLayout(row);
            buttons->setContentsMargins(0, 0, 0, 0);
            mHint = new QPushButton(tr("Hint (%1 left)").arg(step->hints.size() - record.hintsShown), row);
            mHint->setObjectName(QStringLiteral("lessonHint"));
            mHint->setEnabled(record.hintsShown < step->hints.size());
            connect(mHint, &QPushButton::clicked, this, &LessonStepView::hintRequested);
            mShowMe = new QPushButton(tr("Show me"), row);
            mShowMe->setObjectName(QStringLiteral("lessonShowMe"));
            mShowMe->setToolTip(tr("Play the lesson author's actions from here."));
            mShowMe->setEnabled(!step->showMe.empty() && (!record.shownMe || state == cs::StepState::Missed));
            connect(mShowMe, &QPushButton::clicked, this, &LessonStepView::showMeRequested);
            buttons->addWidget(mHint);
            buttons->addWidget(mShowMe);
            mLayout->addWidget(row);
        }
        break;
    case cs::StepState::Reading:
    case cs::StepState::Finished: break;
    }
}
