#pragma once

#include <cstdint>
#include <vector>

#include "virtualtime.h"

namespace cs::failuredetect {

// How a monitor turns silence into suspicion: a fixed timeout, or the accrual detector's phi with
// the normal distribution or Akka's logistic approximation of it.
enum class Formula { FixedTimeout, PhiNormal, PhiLogistic };

// phi = -log10(1 - F(t)), F the normal distribution with this mean and deviation (all in the same
// unit): 0.30 at the mean, 2.87 three deviations later, 6.54 five deviations later.
double phiNormal(double elapsed, double mean, double deviation);

// Akka's PhiAccrualFailureDetector: 1 - F(t) approximated by the logistic function
// 1 / (1 + exp(y (1.5976 + 0.070566 y^2))), y = (t - mean) / deviation; 7.30 five deviations later.
double phiLogistic(double elapsed, double mean, double deviation);

// The arrivals a monitor has seen from one peer: the last intervals between heartbeats, at most
// `window` of them, with their mean and deviation (never below a minimum deviation).
class ArrivalWindow
{
public:
    ArrivalWindow(std::size_t window, VirtualTime firstEstimate);

    void add(VirtualTime interval);
    double mean() const;
    double deviation(VirtualTime minimum) const;
    std::size_t size() const { return mIntervals.size(); }

private:
    std::size_t mWindow;
    std::vector<VirtualTime> mIntervals;
    std::size_t mNext = 0;
};

// The settings of one detector.
struct DetectorSettings
{
    Formula formula = Formula::PhiNormal;
    VirtualTime timeout = 1500 * kMillisecond;
    std::int64_t threshold = 8;
    VirtualTime minDeviation = 100 * kMillisecond;
};

// The suspicion level after `elapsed` microseconds of silence: phi, or for a fixed timeout the
// elapsed time as a fraction of the timeout.
double suspicionLevel(const DetectorSettings &settings, const ArrivalWindow &window, VirtualTime elapsed);

// The level at which the detector suspects: phi's threshold, or 1 for a fixed timeout.
double suspicionThreshold(const DetectorSettings &settings);

// The first whole microsecond of silence at which the level reaches the threshold.
VirtualTime crossingTime(const DetectorSettings &settings, const ArrivalWindow &window);

} // namespace cs::failuredetect
