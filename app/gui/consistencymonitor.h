#pragma once

#include <QObject>

#include <map>
#include <optional>
#include <vector>

#include "consistencychecker.h"
#include "history.h"
#include "replicadivergence.h"
#include "tracerecorder.h"

class SimulationController;

// The operation history of the moment shown and the consistency checker's live verdicts on it:
// re-read from the recorder as the run advances, the scrubber moves or the run forks, so the
// history view, the model map, the clients and the space-time badges all show the same moment.
class ConsistencyMonitor : public QObject
{
    Q_OBJECT

public:
    // A crash, restart, cut, heal, partition or heal-all, drawn over the history.
    struct Annotation
    {
        cs::VirtualTime at = 0;
        cs::TraceKind kind = cs::TraceKind::Crash;
        cs::NodeId node = 0;
        cs::NodeId peer = 0;
    };

    // What the lab counts for the history so far.
    struct Counters
    {
        int refused = 0;
        int staleReads = 0;
        int divergentKeys = 0;
        int lostWrites = 0;
    };

    explicit ConsistencyMonitor(SimulationController &controller, QObject *parent = nullptr);

    const cs::History &history() const { return mHistory; }
    const std::vector<Annotation> &annotations() const { return mAnnotations; }
    const cs::ConsistencyReport &report() const { return mChecker.report(); }
    // The models that still held when this read completed, one bit per model; 0 if it is not a
    // completed read.
    std::uint32_t readLabel(cs::OperationId read) const;
    // The models that no longer hold once a completed ok read is in the history, strongest first.
    std::vector<cs::ConsistencyModel> modelsBroken(cs::OperationId read) const;
    // Of those, the ones this read broke: they still held at the read completed just before it.
    std::vector<cs::ConsistencyModel> modelsBrokenBy(cs::OperationId read) const;
    const cs::ConsistencyAnomaly *anomaly(cs::ConsistencyModel model) const;
    bool isStaleRead(cs::OperationId read) const;
    Counters counters() const;
    // The keys whose live replicas disagree at the moment shown, as the protocol's replica-value
    // notes tell it.
    const std::vector<std::string> &divergentKeys() const { return mDivergentKeys; }
    // The recorder index of an operation's invoke event, if it happened by the moment shown.
    std::optional<std::size_t> invokeEvent(cs::OperationId operation) const;

    cs::OperationId selectedOperation() const { return mSelected; }
    const std::vector<cs::OperationId> &highlighted() const { return mHighlighted; }
    bool isHighlighted(cs::OperationId operation) const;

public slots:
    void selectOperation(cs::OperationId operation);
    // Marks the operations that prove a model's anomaly (none clears the marks).
    void highlightModel(std::optional<cs::ConsistencyModel> model);

signals:
    void changed();
    void selectionChanged();

private slots:
    void follow();
    void restart();

private:
    // Drops everything read from the recorder, before reading it again from the start.
    void forgetHistory();
    void scan(std::size_t upTo);
    void labelPredecessors();

    SimulationController &mController;
    cs::History mHistory;
    // The checker's options for a live view: a search budget a frame can afford.
    static cs::ConsistencyOptions liveOptions();
    cs::ConsistencyChecker mChecker{liveOptions()};
    std::vector<Annotation> mAnnotations;
    std::vector<std::pair<cs::OperationId, std::size_t>> mInvokeEvents;
    std::vector<cs::OperationId> mStaleReads;
    cs::ReplicaDivergence mDivergence;
    std::vector<std::string> mDivergentKeys;
    // Per completed read, the label of the read that completed just before it.
    std::map<cs::OperationId, std::uint32_t> mLabelBefore;
    std::size_t mScanned = 0;
    cs::OperationId mSelected = 0;
    std::optional<cs::ConsistencyModel> mHighlightedModel;
    std::vector<cs::OperationId> mHighlighted;
};
