#include "timeline.h"

#include <algorithm>
#include <stdexcept>

namespace cs {

Timeline::Timeline(const Simulation &start, VirtualTime interval)
    : mPresent(start)
    , mInterval(std::max<VirtualTime>(interval, 1))
{
    mCheckpoints.push_back(start);
    mCheckpoints.back().setObserver(nullptr);
}

Input Timeline::schedule(Input input)
{
    input.at = std::max(input.at, mPresent.now() + 1);
    mPresent.schedule(input);
    return input;
}

void Timeline::checkpointUpTo(VirtualTime t)
{
    auto next = static_cast<VirtualTime>(mCheckpoints.size()) * mInterval;
    while (next <= t) {
        mPresent.runUntil(next);
        mCheckpoints.push_back(mPresent);
        mCheckpoints.back().setObserver(nullptr);
        next += mInterval;
    }
}

void Timeline::advanceTo(VirtualTime t)
{
    checkpointUpTo(t);
    mPresent.runUntil(t);
}

bool Timeline::stepPresent()
{
    const auto next = mPresent.nextEventTime();
    if (!next)
        return false;
    checkpointUpTo(*next - 1);
    return mPresent.step();
}

void Timeline::catchUp(std::uint64_t steps, VirtualTime t)
{
    while (mPresent.steps() < steps && stepPresent()) {
    }
    if (mPresent.now() < t)
        advanceTo(t);
}

Simulation Timeline::restore(const Simulation &checkpoint) const
{
    return checkpoint;
}

Simulation Timeline::stateAt(VirtualTime t) const
{
    if (t > mPresent.now())
        throw std::out_of_range("cannot seek past the present of a timeline");
    const auto slot = std::min<std::size_t>(static_cast<std::size_t>(std::max<VirtualTime>(t, 0) / mInterval),
                                            mCheckpoints.size() - 1);
    Simulation state = restore(mCheckpoints[slot]);
    state.runUntil(t);
    return state;
}

const Simulation &Timeline::checkpointBeforeStep(std::uint64_t steps) const
{
    const auto after = std::upper_bound(mCheckpoints.begin(), mCheckpoints.end(), steps,
                                        [](std::uint64_t count, const Simulation &checkpoint) {
                                            return count < checkpoint.steps();
                                        });
    return after == mCheckpoints.begin() ? mCheckpoints.front() : *std::prev(after);
}

Simulation Timeline::stateAtStep(std::uint64_t steps) const
{
    if (steps > mPresent.steps())
        throw std::out_of_range("cannot seek past the present of a timeline");
    Simulation state = restore(checkpointBeforeStep(steps));
    while (state.steps() < steps && state.step()) {
    }
    return state;
}

Timeline Timeline::fork(const Simulation &moment, SimulationObserver *observer) const
{
    auto kept = moment.inputs();
    kept.truncate(moment.inputsApplied());
    Simulation start = mCheckpoints.front();
    start.replaceInputs(kept);
    Timeline branch(start, mInterval);
    branch.mPresent.setObserver(observer);
    branch.catchUp(moment.steps(), moment.now());
    return branch;
}

} // namespace cs
