#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>
#include <optional>
#include <vector>

#include "lessonplayer.h"
#include "scenario.h"
#include "simulation.h"
#include "timeline.h"
#include "tracefile.h"
#include "tracerecorder.h"
#include "tracereplay.h"

class PlaybackObserver;

// The one object that owns the running simulation and the only way to change it: views read its
// state and follow its signals; every user action becomes a timestamped input in the trace.
class SimulationController : public QObject
{
    Q_OBJECT

public:
    // Kinds of event "run until next" can stop at: the protocol's declared leader and decision
    // meanings (a leader elected, a value chosen, a transaction decided...), or a violation.
    enum class StopAt { LeaderElected, Commit, Violation };

    // A message that was dropped, kept briefly so views can show where it vanished.
    struct DropMark
    {
        cs::NodeId from = 0;
        cs::NodeId to = 0;
        double progress = 0;
        cs::VirtualTime at = 0;
    };

    // A run the user left by acting in the past: its inputs and how far it had got.
    struct Branch
    {
        QString label;
        std::vector<cs::Input> inputs;
        std::uint64_t steps = 0;
        cs::VirtualTime time = 0;
    };

    // Virtual microseconds per wall microsecond at speed 1: a 7 ms message flies for about 0.35 s.
    static constexpr double kBaseRate = 0.02;
    static constexpr double kMinSpeed = 0.01;
    static constexpr double kMaxSpeed = 100.0;

    explicit SimulationController(QObject *parent = nullptr);
    ~SimulationController() override;

    // Starts over on a scenario: its own inputs are queued, earlier user actions are discarded.
    void load(const cs::Scenario &scenario);

    // A new cluster of another protocol that keeps the size (within its range) and network settings.
    void switchProtocol(const cs::Protocol &protocol, int nodes = 0);
    void reset();

    const cs::Scenario &scenario() const { return mScenario; }
    // The simulation as shown: the present, or a past moment the user has scrubbed to.
    const cs::Simulation &simulation() const { return mViewed ? *mViewed : timeline().present(); }
    const cs::Simulation &present() const { return timeline().present(); }
    bool isViewingPast() const { return mViewed.has_value(); }

    // How many recorded events had happened by the moment shown, and by a given step.
    std::size_t visibleEventCount() const { return eventsAtStep(simulation().steps()); }
    std::size_t eventsAtStep(std::uint64_t step) const;
    const std::vector<Branch> &branches() const { return mBranches; }
    const cs::TraceRecorder &recorder() const { return *mRecorder; }
    const cs::ProtocolDescriptor &descriptor() const { return mScenario.protocol->descriptor(); }

    double displayTime() const { return mDisplayTime; }
    bool isPlaying() const { return mPlaying; }
    double speed() const { return mSpeed; }
    cs::NodeId selectedNode() const { return mSelectedNode; }
    std::uint64_t selectedMessage() const { return mSelectedMessage; }
    cs::NodeId leader() const;

    // How much virtual time run-until waits for its event before it gives up and says so.
    cs::VirtualTime runUntilBound() const;
    const std::vector<DropMark> &dropMarks() const { return mDropMarks; }

    // The nodes that the events of the last frame, step or input touched.
    const std::vector<cs::NodeId> &nodesChangedByLastStep() const { return mChangedNodes; }

    // Moves virtual time on by the wall time elapsed, at the current speed (called each frame).
    void advanceWallTime(qint64 wallMicros);

    // Runs straight to a virtual time (not earlier than now), as a screenshot or a test needs.
    void advanceTo(cs::VirtualTime time);

    // A lesson: while one is open its player owns the run and the views follow the player's
    // timeline; the learner's actions (crash, cut, client operations) become its inputs. Opening
    // plays to the given step as the check does; false (and the lesson left at the step it missed)
    // if it cannot be reached. Closing keeps the run where it is, free to explore.
    bool openLesson(std::shared_ptr<const cs::Lesson> lesson, std::size_t step = 0);
    void closeLesson();
    cs::LessonPlayer *lessonPlayer() const { return mLesson.get(); }
    // The current step's highlights, or nullptr without a lesson.
    const cs::ActiveHighlight *lessonHighlight() const { return mLesson ? &mLesson->highlight() : nullptr; }

    // Files; each returns an empty string or the one-line reason it failed.
    QString exportTrace(const QString &path) const;
    QString saveScenario(const QString &path) const;
    QString openScenario(const QString &path);
    cs::TraceDocument traceDocument() const;

    // Opens a trace: it is validated, replayed and shown. Returns an error (the current run is
    // untouched) or, if the replay differs from the recorded events, where it first does.
    struct OpenResult
    {
        QString error;
        QString difference;
    };
    OpenResult openTrace(const QString &path);

    // Where the current run first differs from a trace file or a saved branch; empty if it does
    // not. On a difference, *at receives the time of the first differing event.
    QString compareWithTrace(const QString &path, cs::VirtualTime *at);
    QString compareWithBranch(int branch, cs::VirtualTime *at);

public slots:
    void setPlaying(bool playing);
    void togglePlaying();
    void stepOnce();
    void stepBack();
    void seekToTime(double time);
    void seekToStep(std::uint64_t step);
    void goLive();
    void switchToBranch(int branch);
    // Runs to the next news of the kind; false (with runUntilGaveUp) if none came within the bound.
    bool runUntilNext(SimulationController::StopAt kind);
    void setSpeed(double speed);
    void faster();
    void slower();

    void selectNode(cs::NodeId node);
    void selectMessage(std::uint64_t messageId);

    void crash(cs::NodeId node);
    void restart(cs::NodeId node);
    // Stops a running node for a while, as a garbage-collection pause does.
    void pause(cs::NodeId node, cs::VirtualTime duration);
    void toggleNode(cs::NodeId node);
    void setLink(cs::NodeId a, cs::NodeId b, bool up);
    void toggleLink(cs::NodeId a, cs::NodeId b);
    // Adds this latency to every message on the link, both ways, from now on (0 restores it).
    void slowLink(cs::NodeId a, cs::NodeId b, cs::VirtualTime delay);
    void partition(const std::vector<std::vector<cs::NodeId>> &groups);
    void isolate(cs::NodeId node);
    void healAll();
    void clientCommand(cs::NodeId node, const std::string &command);
    void clientRequest();
    // A lab client's read or write of a key at a chosen node (up or not: a down node never answers).
    void clientOperation(cs::ClientId client, cs::NodeId node, cs::OperationKind kind, const std::string &key,
                         const std::string &value, const std::string &consistency = {});
    void setParameter(const std::string &name, std::int64_t value);
    void dropMessage(std::uint64_t messageId);

    // The lesson player's actions, shown at once (Back rebuilds every view at that step's moment).
    void lessonContinue();
    void lessonAnswer(const cs::PredictionAnswer &answer);
    void lessonReveal();
    void lessonHint();
    void lessonShowMe();
    void lessonBack();
    void lessonRestartStep();
    void duplicateMessage(std::uint64_t messageId);

signals:
    void clusterReset();
    void advanced();
    void playingChanged(bool playing);
    void speedChanged(double speed);
    void selectionChanged(cs::NodeId node);
    void messageSelectionChanged(std::uint64_t messageId);
    void violationFound(const QString &text);
    void branchesChanged();
    void inputApplied(const QString &text);
    void runUntilGaveUp(const QString &text);
    // A lesson opened or closed, or its step or state changed.
    void lessonChanged();

private:
    friend class PlaybackObserver;

    void apply(cs::Input input);
    void afterEvents();
    // Shows a run just built or loaded at its present: the views start over, a selection beyond the
    // cluster is dropped.
    void showNewRun();
    // Pauses playback when the lesson's current step is a wait that just began.
    void holdAtNewWait();
    void onFrame();
    void rebuild(const std::vector<cs::Input> &inputs);
    void startRecording();
    void syncScenarioInputs();
    void forkFromViewedMoment();
    const cs::Timeline &timeline() const { return mLesson ? mLesson->timeline() : *mTimeline; }
    // Forgets the lesson without touching the run (a new scenario or trace replaces it).
    void dropLesson();
    // Plays the lesson up to a time while its player plays; tells the views if the step changed.
    void playLesson(cs::VirtualTime target);
    // After a player's action: the views show the present and the dock the step.
    void afterLessonAction();
    // The observer that records the run for the views (the lesson player forwards to it).
    cs::SimulationObserver *viewObserver() const;
    QString describeDifference(const cs::ReplayDifference &difference, cs::VirtualTime *at) const;

    cs::Scenario mScenario;
    std::vector<cs::Input> mScenarioInputs;
    std::unique_ptr<cs::Timeline> mTimeline;
    std::shared_ptr<const cs::Lesson> mLessonDocument;
    std::unique_ptr<cs::LessonPlayer> mLesson;
    std::optional<cs::Simulation> mViewed;
    std::vector<std::uint32_t> mStepEvents;
    std::vector<Branch> mBranches;
    std::unique_ptr<cs::TraceRecorder> mRecorder;
    std::unique_ptr<PlaybackObserver> mObserver;
    double mDisplayTime = 0;
    bool mPlaying = false;
    double mSpeed = 1.0;
    cs::NodeId mSelectedNode = 0;
    std::uint64_t mSelectedMessage = 0;
    std::vector<DropMark> mDropMarks;
    std::vector<cs::NodeId> mChangedNodes;
    std::size_t mReportedViolations = 0;
    int mClientCounter = 0;
    QTimer mFrameTimer;
    QElapsedTimer mWallClock;
    qint64 mLastFrameMicros = 0;
};
