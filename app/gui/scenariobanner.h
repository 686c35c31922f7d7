#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

// A strip above the cluster view that says what the open scenario shows (its title and description
// in the interface's language), or welcomes a newcomer to the default cluster and points to the
// lessons, until the learner closes it.
class ScenarioBanner : public QFrame
{
    Q_OBJECT

public:
    explicit ScenarioBanner(QWidget *parent = nullptr);

    // Shows the text, or hides the banner when the description is empty.
    void showScenario(const QString &title, const QString &description);
    // The start of the app on its default cluster: what to try, and a button to the lessons.
    void showWelcome();
    QString title() const;
    QString description() const;

signals:
    // The welcome's "Browse lessons" was clicked.
    void lessonsRequested();

private:
    QLabel *mTitle;
    QLabel *mDescription;
    QPushButton *mLessons;
};
