#pragma once

#include <QWidget>

#include "lessonplayer.h"

class QLabel;
class QPushButton;
class QVBoxLayout;

// The part of the lesson dock that depends on the step's kind and state: a prediction's choices
// or its "click a node" request, the reveal (the learner's answer beside the engine's, right or
// wrong in colour and words, and the explanation), an act's or goal's hints, Show me and "done",
// and a missed step's way out. It only renders; its buttons ask the dock to act.
class LessonStepView : public QWidget
{
    Q_OBJECT

public:
    explicit LessonStepView(QWidget *parent = nullptr);

    // Rebuilds for the player's current step; texts in `locale` ("en" or "zh_CN").
    void show(const cs::LessonPlayer &player, const std::string &locale);

    // The verdict line of a reveal ("Right!" or "Not this time"), empty otherwise: what tests read.
    QString verdictText() const;
    QPushButton *showMeButton() const { return mShowMe; }
    QPushButton *hintButton() const { return mHint; }

signals:
    void choiceClicked(const QString &id);
    void hintRequested();
    void showMeRequested();

private:
    QLabel *addLabel(const QString &text, const QString &style = {});
    void clear();

    QVBoxLayout *mLayout;
    QLabel *mVerdict = nullptr;
    QPushButton *mHint = nullptr;
    QPushButton *mShowMe = nullptr;
};
