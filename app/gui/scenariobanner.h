#pragma once

#include <QFrame>

class QLabel;

// A strip above the cluster view that says what the open scenario shows (its title and description
// in the interface's language) until the learner closes it.
class ScenarioBanner : public QFrame
{
    Q_OBJECT

public:
    explicit ScenarioBanner(QWidget *parent = nullptr);

    // Shows the text, or hides the banner when the description is empty.
    void showScenario(const QString &title, const QString &description);
    QString title() const;
    QString description() const;

private:
    QLabel *mTitle;
    QLabel *mDescription;
};
