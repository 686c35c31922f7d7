#include "consistencymonitor.h"

#include <algorithm>

#include "simulationcontroller.h"

namespace {

// A read that missed a write completed before it began: some ok write of one of its keys had
// completed before the read was invoked, and the read returned neither that latest such write's
// value nor the value of a write that may have taken effect after it.
bool missesCompletedWrite(const cs::History &history, const cs::HistoryOperation &read)
{
    if (read.kind != cs::OperationKind::Read || read.result != cs::OperationResult::Ok)
        return false;
    for (std::size_t k = 0; k < read.keys.size() && k < read.values.size(); ++k) {
        const cs::HistoryOperation *latest = nullptr;
        for (const auto &write : history.operations()) {
            if (write.kind != cs::OperationKind::Write || write.result != cs::OperationResult::Ok || write.pending
                || write.completedAt >= read.invokedAt)
                continue;
            if (std::find(write.keys.begin(), write.keys.end(), read.keys[k]) == write.keys.end())
                continue;
            if (!latest || write.completedAt > latest->completedAt)
                latest = &write;
        }
        if (!latest)
            continue;
        bool possible = false;
        for (const auto &write : history.operations()) {
            if (write.kind != cs::OperationKind::Write || write.result == cs::OperationResult::Fail)
                continue;
            if (&write != latest && write.completedAt <= latest->completedAt)
                continue;
            for (std::size_t w = 0; w < write.keys.size() && w < write.values.size(); ++w)
                possible = possible || (write.keys[w] == read.keys[k] && write.values[w] == read.values[k]);
        }
        if (!possible)
            return true;
    }
    return false;
}

} // namespace

ConsistencyMonitor::ConsistencyMonitor(SimulationController &controller, QObject *parent)
    : QObject(parent)
    , mController(controller)
    , mDivergence(nullptr, 0)
{
    connect(&controller, &SimulationController::advanced, this, &ConsistencyMonitor::follow);
    connect(&controller, &SimulationController::clusterReset, this, &ConsistencyMonitor::restart);
    restart();
}

void ConsistencyMonitor::restart()
{
    forgetHistory();
    mSelected = 0;
    mHighlightedModel.reset();
    scan(mController.visibleEventCount());
    emit selectionChanged();
}

cs::ConsistencyOptions ConsistencyMonitor::liveOptions()
{
    // A search that runs out of states says "unknown" and is not run again (ConsistencyChecker::
    // observe), so a live frame waits at most for one search of this size; the CLI searches further.
    cs::ConsistencyOptions options;
    options.searchBudget = 50'000;
    return options;
}

void ConsistencyMonitor::forgetHistory()
{
    mHistory = cs::History();
    mChecker = cs::ConsistencyChecker(liveOptions());
    mAnnotations.clear();
    mInvokeEvents.clear();
    mStaleReads.clear();
    mDivergence = cs::ReplicaDivergence(cs::findMeaning(mController.descriptor().meanings, cs::Meaning::ReplicaValue),
                                        mController.simulation().clusterSize());
    mDivergentKeys.clear();
    mLabelBefore.clear();
    mHighlighted.clear();
    mScanned = 0;
}

void ConsistencyMonitor::follow()
{
    const std::size_t shown = mController.visibleEventCount();
    if (shown == mScanned)
        return;
    if (shown < mScanned) {
        // The scrubber went back: the history is re-read up to the moment shown.
        const auto selected = mSelected;
        forgetHistory();
        scan(shown);
        mSelected = mHistory.find(selected) ? selected : 0;
        return;
    }
    scan(shown);
}

void ConsistencyMonitor::scan(std::size_t upTo)
{
    const auto &recorder = mController.recorder();
    upTo = std::min(upTo, recorder.size());
    bool operations = false;
    const bool replicaValues = cs::findMeaning(mController.descriptor().meanings, cs::Meaning::ReplicaValue) != nullptr;
    const auto scannedFrom = mScanned;
    for (; mScanned < upTo; ++mScanned) {
        const auto &event = recorder.events()[mScanned];
        switch (event.kind) {
        case cs::TraceKind::Invoke:
            if (const auto *recorded = recorder.operationOf(mScanned)) {
                mHistory.invoke(event.t, recorded->operation);
                mInvokeEvents.emplace_back(recorded->operation.request.operation, mScanned);
                operations = true;
            }
            break;
        case cs::TraceKind::Complete:
            if (const auto *recorded = recorder.operationOf(mScanned)) {
                mHistory.complete(event.t, recorded->operation, recorded->outcome);
                const auto *done = mHistory.find(recorded->operation.request.operation);
                if (done && missesCompletedWrite(mHistory, *done))
                    mStaleReads.push_back(done->id);
                operations = true;
            }
            break;
        case cs::TraceKind::Note:
            if (replicaValues)
                mDivergence.observe(recorder.noteOf(mScanned));
            break;
        case cs::TraceKind::Crash:
        case cs::TraceKind::Restart:
            if (event.kind == cs::TraceKind::Crash)
                mDivergence.observeCrash(event.node);
            else
                mDivergence.observeRestart(event.node);
            mAnnotations.push_back({event.t, event.kind, event.node, recorder.peerOf(mScanned)});
            break;
        case cs::TraceKind::Cut:
        case cs::TraceKind::Heal:
        case cs::TraceKind::Partition:
        case cs::TraceKind::HealAll:
            mAnnotations.push_back({event.t, event.kind, event.node, recorder.peerOf(mScanned)});
            break;
        default:
            break;
        }
    }
    if (replicaValues && mScanned != scannedFrom)
        mDivergentKeys = mDivergence.divergentKeys();
    if (operations) {
        mChecker.observe(mHistory);
        labelPredecessors();
        const auto *proof = mHighlightedModel ? anomaly(*mHighlightedModel) : nullptr;
        mHighlighted = proof ? proof->operations : std::vector<cs::OperationId>{};
    }
    emit changed();
}

void ConsistencyMonitor::labelPredecessors()
{
    std::vector<const cs::HistoryOperation *> reads;
    for (const auto &operation : mHistory.operations()) {
        if (operation.kind == cs::OperationKind::Read && !operation.pending && operation.result == cs::OperationResult::Ok)
            reads.push_back(&operation);
    }
    std::stable_sort(reads.begin(), reads.end(), [](const cs::HistoryOperation *a, const cs::HistoryOperation *b) {
        return a->completedAt < b->completedAt;
    });
    mLabelBefore.clear();
    std::uint32_t before = (1u << cs::kConsistencyModelCount) - 1;
    for (const auto *read : reads) {
        mLabelBefore[read->id] = before;
        before = mChecker.readLabel(read->id);
    }
}

std::vector<cs::ConsistencyModel> ConsistencyMonitor::modelsBrokenBy(cs::OperationId read) const
{
    auto broken = modelsBroken(read);
    const auto before = mLabelBefore.find(read);
    if (before == mLabelBefore.end())
        return {};
    std::erase_if(broken, [&before](cs::ConsistencyModel model) { return (before->second & (1u << static_cast<int>(model))) == 0; });
    return broken;
}

std::uint32_t ConsistencyMonitor::readLabel(cs::OperationId read) const
{
    const auto *operation = mHistory.find(read);
    if (!operation || operation->kind != cs::OperationKind::Read || operation->pending)
        return 0;
    return mChecker.readLabel(read);
}

std::vector<cs::ConsistencyModel> ConsistencyMonitor::modelsBroken(cs::OperationId read) const
{
    std::vector<cs::ConsistencyModel> broken;
    const auto *operation = mHistory.find(read);
    if (!operation || operation->kind != cs::OperationKind::Read || operation->pending
        || operation->result != cs::OperationResult::Ok)
        return broken;
    const auto label = mChecker.readLabel(read);
    for (int model = 0; model < cs::kConsistencyModelCount; ++model) {
        if ((label & (1u << model)) == 0)
            broken.push_back(static_cast<cs::ConsistencyModel>(model));
    }
    return broken;
}

const cs::ConsistencyAnomaly *ConsistencyMonitor::anomaly(cs::ConsistencyModel model) const
{
    for (const auto &anomaly : report().anomalies) {
        if (anomaly.model == model)
            return &anomaly;
    }
    return nullptr;
}

bool ConsistencyMonitor::isStaleRead(cs::OperationId read) const
{
    return std::find(mStaleReads.begin(), mStaleReads.end(), read) != mStaleReads.end();
}

ConsistencyMonitor::Counters ConsistencyMonitor::counters() const
{
    Counters counters;
    for (const auto &operation : mHistory.operations())
        counters.refused += !operation.pending && operation.result == cs::OperationResult::Fail ? 1 : 0;
    counters.staleReads = static_cast<int>(mStaleReads.size());
    counters.divergentKeys = static_cast<int>(mDivergentKeys.size());
    counters.lostWrites = static_cast<int>(report().lostWrites.size());
    return counters;
}

std::optional<std::size_t> ConsistencyMonitor::invokeEvent(cs::OperationId operation) const
{
    for (const auto &[id, index] : mInvokeEvents) {
        if (id == operation)
            return index;
    }
    return std::nullopt;
}

bool ConsistencyMonitor::isHighlighted(cs::OperationId operation) const
{
    return std::find(mHighlighted.begin(), mHighlighted.end(), operation) != mHighlighted.end();
}

void ConsistencyMonitor::selectOperation(cs::OperationId operation)
{
    mSelected = mHistory.find(operation) ? operation : 0;
    emit selectionChanged();
}

void ConsistencyMonitor::highlightModel(std::optional<cs::ConsistencyModel> model)
{
    mHighlightedModel = model;
    const auto *proof = model ? anomaly(*model) : nullptr;
    mHighlighted = proof ? proof->operations : std::vector<cs::OperationId>{};
    emit selectionChanged();
}
