#pragma once

#include <QDialog>

class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

// Help > Lessons: every embedded lesson grouped by topic, with its title, summary and the
// learner's progress; Start opens it from the beginning, Resume at the remembered step.
class LessonBrowser : public QDialog
{
    Q_OBJECT

public:
    explicit LessonBrowser(QWidget *parent = nullptr);

    QTreeWidget *tree() const { return mTree; }
    // The lesson chosen and the step (0-based) to open it at, once the dialog is accepted.
    QString chosenId() const { return mChosenId; }
    int chosenStep() const { return mChosenStep; }

private:
    void choose(bool resume);
    void updateButtons();
    QTreeWidgetItem *currentLesson() const;

    QTreeWidget *mTree;
    QPushButton *mStart;
    QPushButton *mResume;
    QString mChosenId;
    int mChosenStep = 0;
};
