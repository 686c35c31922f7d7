#include "suspicion.h"

#include <algorithm>
#include <cmath>

namespace cs::failuredetect {

double phiNormal(double elapsed, double mean, double deviation)
{
    // 1 - F(t) = erfc(z / sqrt 2) / 2, computed directly so that large z loses no precision.
    const double z = (elapsed - mean) / deviation;
    const double tail = 0.5 * std::erfc(z / std::sqrt(2.0));
    return -std::log10(std::max(tail, 1e-300));
}

double phiLogistic(double elapsed, double mean, double deviation)
{
    const double y = (elapsed - mean) / deviation;
    const double e = std::exp(-y * (1.5976 + 0.070566 * y * y));
    if (elapsed > mean)
        return -std::log10(std::max(e / (1.0 + e), 1e-300));
    return -std::log10(1.0 - 1.0 / (1.0 + e));
}

ArrivalWindow::ArrivalWindow(std::size_t window, VirtualTime firstEstimate)
    : mWindow(std::max<std::size_t>(window, 1))
    , mIntervals{firstEstimate}
    , mNext(1 % mWindow)
{
}

void ArrivalWindow::add(VirtualTime interval)
{
    if (mIntervals.size() < mWindow)
        mIntervals.push_back(interval);
    else
        mIntervals[mNext] = interval;
    mNext = (mNext + 1) % mWindow;
}

double ArrivalWindow::mean() const
{
    double sum = 0;
    for (const auto interval : mIntervals)
        sum += static_cast<double>(interval);
    return sum / static_cast<double>(mIntervals.size());
}

double ArrivalWindow::deviation(VirtualTime minimum) const
{
    const double average = mean();
    double squares = 0;
    for (const auto interval : mIntervals) {
        const double d = static_cast<double>(interval) - average;
        squares += d * d;
    }
    return std::max(std::sqrt(squares / static_cast<double>(mIntervals.size())), static_cast<double>(minimum));
}

double suspicionLevel(const DetectorSettings &settings, const ArrivalWindow &window, VirtualTime elapsed)
{
    const double t = static_cast<double>(elapsed);
    switch (settings.formula) {
    case Formula::FixedTimeout: return t / static_cast<double>(std::max<VirtualTime>(settings.timeout, 1));
    case Formula::PhiNormal: return phiNormal(t, window.mean(), window.deviation(settings.minDeviation));
    case Formula::PhiLogistic: return phiLogistic(t, window.mean(), window.deviation(settings.minDeviation));
    }
    return 0;
}

double suspicionThreshold(const DetectorSettings &settings)
{
    return settings.formula == Formula::FixedTimeout ? 1.0 : static_cast<double>(settings.threshold);
}

VirtualTime crossingTime(const DetectorSettings &settings, const ArrivalWindow &window)
{
    if (settings.formula == Formula::FixedTimeout)
        return settings.timeout;
    // Both phi formulas grow with the silence, so the crossing is found by bisection.
    const double threshold = suspicionThreshold(settings);
    VirtualTime low = 0;
    VirtualTime high = 1000 * kSecond;
    while (low < high) {
        const VirtualTime middle = low + (high - low) / 2;
        if (suspicionLevel(settings, window, middle) >= threshold)
            high = middle;
        else
            low = middle + 1;
    }
    return low;
}

} // namespace cs::failuredetect
