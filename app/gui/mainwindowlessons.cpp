// The main window's lessons: the dock, its keys, the browser and opening a lesson by id.
#include "mainwindow.h"

#include <QAction>
#include <QMessageBox>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>

#include <algorithm>

#include "contentlanguage.h"
#include "inspectordock.h"
#include "lessonbrowser.h"
#include "lessondock.h"
#include "lessonlibrary.h"
#include "scenariobanner.h"
#include "simulationcontroller.h"
#include "spacetimedock.h"
#include "timelinedock.h"

void MainWindow::createLessonDock()
{
    mLessonDock = new LessonDock(*mController, this);
    addDockWidget(Qt::LeftDockWidgetArea, mLessonDock);
    mLessonDock->hide();
    connect(mInspector, &InspectorDock::entryClicked, mLessonDock, &LessonDock::pickEntry);
    connect(mController, &SimulationController::lessonChanged, this, [this] {
        const bool open = mController->lessonPlayer() != nullptr;
        for (const char *name : {"lessonContinue", "lessonBack", "closeLesson"})
            action(QString::fromLatin1(name))->setEnabled(open);
    });
}

void MainWindow::createLessonActions()
{
    auto *lessons = addAction(QStringLiteral("lessons"), tr("&Lessons\u2026"), QKeySequence(tr("Ctrl+Shift+L")));
    lessons->setIcon(style()->standardIcon(QStyle::SP_FileDialogInfoView));
    lessons->setToolTip(tr("Guided lessons: pick one to start or resume (Ctrl+Shift+L)"));
    connect(lessons, &QAction::triggered, this, &MainWindow::showLessonBrowser);
    auto *next = addAction(QStringLiteral("lessonContinue"), tr("Continue the lesson (also Space, Right)"),
                           QKeySequence(Qt::Key_PageDown));
    connect(next, &QAction::triggered, mLessonDock, &LessonDock::continueLesson);
    auto *back = addAction(QStringLiteral("lessonBack"), tr("Back one lesson step"), QKeySequence(Qt::Key_PageUp));
    connect(back, &QAction::triggered, mLessonDock, &LessonDock::backLesson);
    auto *close = addAction(QStringLiteral("closeLesson"), tr("Close the lesson"), {});
    connect(close, &QAction::triggered, mController, &SimulationController::closeLesson);
    for (auto *action : {next, back, close})
        action->setEnabled(false);
}

void MainWindow::showLessonBrowser()
{
    LessonBrowser browser(this);
    if (browser.exec() == QDialog::Accepted && !browser.chosenId().isEmpty())
        openLesson(browser.chosenId(), browser.chosenStep() + 1);
}

QString MainWindow::openLesson(const QString &id, int step, bool quiet)
{
    QString problem;
    const auto lesson = LessonLibrary::load(id, &problem);
    const int steps = lesson ? static_cast<int>(lesson->steps.size()) : 0;
    if (lesson && (step < 1 || step > steps))
        problem = tr("Lesson \"%1\" has steps 1 to %2; there is no step %3.").arg(id).arg(steps).arg(step);
    if (problem.isEmpty() && !mController->openLesson(lesson, static_cast<std::size_t>(step - 1)))
        problem = tr("Lesson \"%1\" could not be played to step %2: step %3 was missed.")
                      .arg(id)
                      .arg(step)
                      .arg(mController->lessonPlayer()->stepIndex() + 1);
    if (!problem.isEmpty()) {
        if (!quiet)
            QMessageBox::warning(this, tr("Cannot open lesson"), problem);
        return problem;
    }
    mBanner->hide();
    if (!mLessonDock->isVisible()) {
        mLessonDock->show();
        // Once the window has its size: the lesson wide enough for a few words a line at the
        // narration's projector size, and taller than the bottom docks need.
        // On a small screen (a classroom projector at 1280x720) the timeline joins the diagram's tabs.
        QTimer::singleShot(0, this, [this] {
            resizeDocks({mLessonDock}, {std::max(420, width() / 3)}, Qt::Horizontal);
            if (height() < 900 && !tabifiedDockWidgets(mSpaceTime).contains(mTimeline)) {
                tabifyDockWidget(mSpaceTime, mTimeline);
                mSpaceTime->raise();
            }
        });
    }
    mLessonDock->raise();
    mController->setPlaying(true);
    statusBar()->showMessage(tr("Lesson: %1").arg(QString::fromStdString(lesson->title.in(ContentLanguage::locale()))),
                             5000);
    return {};
}
