#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>
#include <vector>

#include "scenario.h"
#include "simulation.h"
#include "tracefile.h"
#include "tracerecorder.h"

class PlaybackObserver;

// The one object that owns the running simulation and the only way to change it: views read its
// state and follow its signals; every user action becomes a timestamped input in the trace.
class SimulationController : public QObject
{
    Q_OBJECT

public:
    // Kinds of event "run until next" can stop at.
    enum class StopAt { LeaderElected, Commit, Violation };

    // A message that was dropped, kept briefly so views can show where it vanished.
    struct DropMark
    {
        cs::NodeId from = 0;
        cs::NodeId to = 0;
        double progress = 0;
        cs::VirtualTime at = 0;
    };

    // Virtual microseconds per wall microsecond at speed 1: a 7 ms message flies for about 0.35 s.
    static constexpr double kBaseRate = 0.02;
    static constexpr double kMinSpeed = 0.01;
    static constexpr double kMaxSpeed = 100.0;

    explicit SimulationController(QObject *parent = nullptr);
    ~SimulationController() override;

    // Starts over on a scenario: its own inputs are queued, earlier user actions are discarded.
    void load(const cs::Scenario &scenario);
    void reset();

    const cs::Scenario &scenario() const { return mScenario; }
    const cs::Simulation &simulation() const { return *mSimulation; }
    const cs::TraceRecorder &recorder() const { return *mRecorder; }
    const cs::ProtocolDescriptor &descriptor() const { return mScenario.protocol->descriptor(); }

    double displayTime() const { return mDisplayTime; }
    bool isPlaying() const { return mPlaying; }
    double speed() const { return mSpeed; }
    cs::NodeId selectedNode() const { return mSelectedNode; }
    std::uint64_t selectedMessage() const { return mSelectedMessage; }
    cs::NodeId leader() const;
    const std::vector<DropMark> &dropMarks() const { return mDropMarks; }

    // The nodes that the events of the last frame, step or input touched.
    const std::vector<cs::NodeId> &nodesChangedByLastStep() const { return mChangedNodes; }

    // Moves virtual time on by the wall time elapsed, at the current speed (called each frame).
    void advanceWallTime(qint64 wallMicros);

    // Runs straight to a virtual time (not earlier than now), as a screenshot or a test needs.
    void advanceTo(cs::VirtualTime time);

    // Files; each returns an empty string or the one-line reason it failed.
    QString exportTrace(const QString &path) const;
    QString saveScenario(const QString &path) const;
    QString openScenario(const QString &path);
    cs::TraceDocument traceDocument() const;

public slots:
    void setPlaying(bool playing);
    void togglePlaying();
    void stepOnce();
    void runUntilNext(SimulationController::StopAt kind);
    void setSpeed(double speed);
    void faster();
    void slower();

    void selectNode(cs::NodeId node);
    void selectMessage(std::uint64_t messageId);

    void crash(cs::NodeId node);
    void restart(cs::NodeId node);
    void toggleNode(cs::NodeId node);
    void setLink(cs::NodeId a, cs::NodeId b, bool up);
    void toggleLink(cs::NodeId a, cs::NodeId b);
    void partition(const std::vector<std::vector<cs::NodeId>> &groups);
    void isolate(cs::NodeId node);
    void healAll();
    void clientCommand(cs::NodeId node, const std::string &command);
    void clientRequest();
    void setParameter(const std::string &name, std::int64_t value);
    void dropMessage(std::uint64_t messageId);
    void duplicateMessage(std::uint64_t messageId);

signals:
    void clusterReset();
    void advanced();
    void playingChanged(bool playing);
    void speedChanged(double speed);
    void selectionChanged(cs::NodeId node);
    void messageSelectionChanged(std::uint64_t messageId);
    void violationFound(const QString &text);
    void inputApplied(const QString &text);

private:
    friend class PlaybackObserver;

    void apply(cs::Input input);
    void afterEvents();
    void onFrame();

    cs::Scenario mScenario;
    std::vector<cs::Input> mScenarioInputs;
    std::unique_ptr<cs::Simulation> mSimulation;
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
