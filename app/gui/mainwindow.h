#pragma once

#include <QMainWindow>

#include <functional>

#include "virtualtime.h"

class ClientRoster;
class ClusterScene;
class ClusterView;
class ConsistencyDock;
class ConsistencyMonitor;
class EventLogDock;
class HistoryDock;
class InspectorDock;
class LessonDock;
class MeasureStrip;
class ParametersDock;
class ScenarioBanner;
class SpaceTimeDock;
class TimelineDock;
class QAction;
class QLabel;
class QPainter;
class SimulationController;

// The main window: the cluster view in the middle, docks around it, every action in a menu with
// a shortcut, and a status bar with virtual time, speed, leader and violations.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Whether the window restores and saves its layout and recent files: renders (--screenshot)
    // and tests start fresh so that they are reproducible.
    enum class Settings { Saved, Fresh };

    explicit MainWindow(Settings settings = Settings::Saved, QWidget *parent = nullptr);
    ~MainWindow() override;

    SimulationController &controller() const { return *mController; }
    ClusterView *clusterView() const { return mView; }
    InspectorDock *inspector() const { return mInspector; }
    EventLogDock *eventLog() const { return mEventLog; }
    ParametersDock *parameters() const { return mParameters; }
    TimelineDock *timeline() const { return mTimeline; }
    SpaceTimeDock *spaceTime() const { return mSpaceTime; }
    ClientRoster &clients() const { return *mClients; }
    ConsistencyMonitor &consistency() const { return *mConsistency; }
    HistoryDock *history() const { return mHistory; }
    ConsistencyDock *models() const { return mModels; }
    ScenarioBanner *banner() const { return mBanner; }
    MeasureStrip *measureStrip() const { return mMeasures; }
    QMenu *examplesMenu() const { return mExamplesMenu; }
    LessonDock *lessonDock() const { return mLessonDock; }
    QAction *action(const QString &name) const;

    // Writes the cluster view as PNG or SVG (by extension); returns the reason it failed, or nothing.
    QString exportImage(const QString &path, double scale) const;
    QString exportDiagramImage(const QString &path, double scale) const;

    // Opens a scenario or a trace (told apart by content); problems go to a dialog unless quiet,
    // and are returned. The current run is untouched when the file is refused.
    // A file opened as a trace (File → Open trace) is read as one whatever its content, so a
    // broken trace is reported as a trace.
    enum class FileKind { Guess, Trace };
    QString openFile(const QString &path, bool quiet = false, FileKind kind = FileKind::Guess);
    QStringList recentFiles() const;

    // Opens an embedded lesson by id at a step (1-based, played there as the check plays); problems
    // go to a dialog unless quiet, and are returned as one sentence naming what is wrong.
    QString openLesson(const QString &id, int step = 1, bool quiet = false);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private slots:
    void updateStatus();
    void applyProtocolWords();
    void newCluster();
    void openScenario();
    void saveScenario();
    void exportTrace();
    void exportImageInteractively();
    void exportDiagramInteractively();
    void openTraceInteractively();
    void compareWithTraceInteractively();
    void compareWithBranch(int branch);
    void rebuildRecentMenu();
    void rebuildExamplesMenu();
    void toggleLinkInteractively();
    void partitionInteractively();
    void sendCommandInteractively();
    void clientOperationInteractively(int kind);
    void revealOperation();
    void showShortcuts();
    void showLessonBrowser();
    void showAbout();
    void setPresentationMode(bool on);

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createStatusBar();
    void createLessonDock();
    void createLessonActions();
    void readSettings();
    void writeSettings() const;
    // Back to the first-launch layout: every dock in its place, presentation mode off.
    void resetLayout();
    void layOutDocks();
    QAction *addAction(const QString &name, const QString &text, const QKeySequence &shortcut);
    void rememberFile(const QString &path);
    // Asks for a file and a scale, then runs one of the image exporters.
    void exportWithDialogs(const QString &title, QString (MainWindow::*exporter)(const QString &, double) const);
    QString writeImage(const QString &path, QSize size, const QString &title,
                       const std::function<void(QPainter &)> &paint) const;
    void showDifference(const QString &difference, cs::VirtualTime at);

    SimulationController *mController;
    ClusterScene *mScene;
    ClusterView *mView;
    InspectorDock *mInspector;
    EventLogDock *mEventLog;
    ParametersDock *mParameters;
    TimelineDock *mTimeline;
    SpaceTimeDock *mSpaceTime;
    ClientRoster *mClients;
    ConsistencyMonitor *mConsistency;
    HistoryDock *mHistory;
    ConsistencyDock *mModels;
    LessonDock *mLessonDock = nullptr;
    QMenu *mRecentMenu = nullptr;
    QMenu *mExamplesMenu = nullptr;
    ScenarioBanner *mBanner;
    MeasureStrip *mMeasures;
    QByteArray mStateBeforePresentation;
    QByteArray mDefaultState;
    Settings mSettings;
    bool mLaidOut = false;
    bool mRestoredLayout = false;
    QLabel *mTimeLabel;
    QLabel *mSpeedLabel;
    QLabel *mLeaderLabel;
    QLabel *mViolationLabel;
    QString mLastDirectory;
};
