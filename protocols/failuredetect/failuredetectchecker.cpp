#include "failuredetectchecker.h"

#include "failuredetectnotes.h"

namespace cs::failuredetect {

DetectorChecker::DetectorChecker(int clusterSize, VirtualTime quietPeriod)
    : mSize(clusterSize)
    , mQuietPeriod(quietPeriod)
    , mUp(static_cast<std::size_t>(clusterSize) + 1, true)
    , mCrashedAt(static_cast<std::size_t>(clusterSize) + 1, 0)
    , mSuspects(static_cast<std::size_t>(clusterSize + 1) * static_cast<std::size_t>(clusterSize + 1), false)
    , mAwaiting(mSuspects.size(), false)
{
}

std::size_t DetectorChecker::at(NodeId monitor, NodeId peer) const
{
    return static_cast<std::size_t>(monitor) * static_cast<std::size_t>(mSize + 1) + static_cast<std::size_t>(peer);
}

VirtualTime DetectorChecker::meanDetectionTime() const
{
    return mDetections > 0 ? mDetectionTotal / mDetections : 0;
}

std::vector<Measure> DetectorChecker::measures() const
{
    // The trade-off in two figures: how fast crashes are noticed, and how often live nodes are
    // wrongly suspected.
    return {{"Crashes detected", std::to_string(mDetections), {}},
            {"Mean time to detect", mDetections > 0 ? formatDuration(meanDetectionTime()) : "-", {}},
            {"False suspicions", std::to_string(mFalseSuspicions), {}}};
}

void DetectorChecker::observeNote(VirtualTime time, const Note &note)
{
    const auto peer = static_cast<NodeId>(note.number(0));
    if (note.node < 1 || note.node > mSize || peer < 1 || peer > mSize)
        return;
    const auto cell = at(note.node, peer);
    if (note.schema->kind == kSuspectNote.kind) {
        mSuspects[cell] = true;
        if (mUp[static_cast<std::size_t>(peer)]) {
            ++mFalseSuspicions;
        } else if (mAwaiting[cell]) {
            mAwaiting[cell] = false;
            ++mDetections;
            mDetectionTotal += time - mCrashedAt[static_cast<std::size_t>(peer)];
        }
    } else if (note.schema->kind == kTrustNote.kind) {
        mSuspects[cell] = false;
    }
}

void DetectorChecker::observeCrash(VirtualTime time, NodeId node)
{
    mLastFault = std::max(mLastFault, time);
    mUp[static_cast<std::size_t>(node)] = false;
    mCrashedAt[static_cast<std::size_t>(node)] = time;
    for (NodeId other = 1; other <= mSize; ++other) {
        // A crashed monitor forgets its suspicions; every live monitor now owes a detection.
        mSuspects[at(node, other)] = false;
        mAwaiting[at(node, other)] = false;
        mAwaiting[at(other, node)] = other != node && mUp[static_cast<std::size_t>(other)]
                                     && !mSuspects[at(other, node)];
    }
}

void DetectorChecker::observeRestart(VirtualTime time, NodeId node)
{
    mLastFault = std::max(mLastFault, time);
    mUp[static_cast<std::size_t>(node)] = true;
    for (NodeId other = 1; other <= mSize; ++other)
        mAwaiting[at(other, node)] = false;
}

void DetectorChecker::finish(VirtualTime time, std::vector<Violation> &out)
{
    if (time - mLastFault < mQuietPeriod)
        return;
    for (NodeId monitor = 1; monitor <= mSize; ++monitor) {
        for (NodeId peer = 1; peer <= mSize; ++peer) {
            if (mUp[static_cast<std::size_t>(monitor)] && !mUp[static_cast<std::size_t>(peer)]
                && !mSuspects[at(monitor, peer)])
                out.push_back({time, "Crash Eventually Suspected", monitor,
                               "node " + std::to_string(monitor) + " still trusts node " + std::to_string(peer)
                                   + ", which crashed at " + formatDuration(mCrashedAt[static_cast<std::size_t>(peer)])});
        }
    }
}

} // namespace cs::failuredetect
