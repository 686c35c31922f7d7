#include "timeline.h"

#include <algorithm>
#include <stdexcept>

namespace cs {

Timeline::Timeline(const Simulation &start, VirtualTime interval)
    : mPresent(start)
    , mInterval(std::max<VirtualTime>(interval, 1))
{
    mCheckpoints.push_back(start);
}

void Timeline::advanceTo(VirtualTime t)
{
    auto next = static_cast<VirtualTime>(mCheckpoints.size()) * mInterval;
    while (next <= t) {
        mPresent.runUntil(next);
        mCheckpoints.push_back(mPresent);
        mCheckpoints.back().setObserver(nullptr);
        next += mInterval;
    }
    mPresent.runUntil(t);
}

Simulation Timeline::stateAt(VirtualTime t) const
{
    if (t > mPresent.now())
        throw std::out_of_range("cannot seek past the present of a timeline");
    const auto slot = std::min<std::size_t>(static_cast<std::size_t>(std::max<VirtualTime>(t, 0) / mInterval),
                                            mCheckpoints.size() - 1);
    Simulation state = mCheckpoints[slot];
    state.runUntil(t);
    return state;
}

} // namespace cs
