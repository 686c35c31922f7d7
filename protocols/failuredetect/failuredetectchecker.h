#pragma once

#include <algorithm>
#include <vector>

#include "protocol.h"

namespace cs::failuredetect {

// Judges the detectors from their notes and the crashes: completeness (once faults stop, every
// live monitor suspects every crashed node within the quiet period) is asserted at the end of a
// run; accuracy is only counted: the time from a crash to each monitor's suspicion, and the
// suspicions of nodes that were up (paused, slow or cut off, but not crashed).
class DetectorChecker final : public InvariantChecker
{
public:
    DetectorChecker(int clusterSize, VirtualTime quietPeriod);

    std::unique_ptr<InvariantChecker> clone() const override { return std::make_unique<DetectorChecker>(*this); }
    void observeNote(VirtualTime at, const Note &note) override;
    void observeCrash(VirtualTime at, NodeId node) override;
    void observeRestart(VirtualTime at, NodeId node) override;
    void observeNetwork(VirtualTime at, const Input &) override { mLastFault = std::max(mLastFault, at); }
    // A paused monitor cannot suspect anyone: completeness is judged after it resumes.
    void observePause(VirtualTime at, NodeId, VirtualTime duration) override { mLastFault = std::max(mLastFault, at + duration); }
    void observeParameter(VirtualTime at, int, std::int64_t) override { mLastFault = std::max(mLastFault, at); }
    void check(VirtualTime, std::vector<Violation> &) override {}
    void crossCheck(VirtualTime, NodeId, const ProtocolNode &, std::vector<Violation> &) override {}
    void finish(VirtualTime at, std::vector<Violation> &out) override;
    std::vector<Measure> measures() const override;

    std::int64_t detections() const { return mDetections; }
    // The mean time from a crash to a monitor's suspicion, in microseconds; 0 before any.
    VirtualTime meanDetectionTime() const;
    std::int64_t falseSuspicions() const { return mFalseSuspicions; }

private:
    std::size_t at(NodeId monitor, NodeId peer) const;

    int mSize;
    VirtualTime mQuietPeriod;
    std::vector<bool> mUp;
    std::vector<VirtualTime> mCrashedAt;
    // suspects[monitor * (size + 1) + peer]; awaiting: the monitor was up when the peer crashed
    // and has not suspected it since.
    std::vector<bool> mSuspects;
    std::vector<bool> mAwaiting;
    VirtualTime mLastFault = 0;
    std::int64_t mDetections = 0;
    VirtualTime mDetectionTotal = 0;
    std::int64_t mFalseSuspicions = 0;
};

} // namespace cs::failuredetect
