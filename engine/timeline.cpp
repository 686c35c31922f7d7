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
    Simulation state = checkpoint;
    state.replaceInputs(mPresent.inputs());
    return state;
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

// The last checkpoint taken before the given step happened: one taken after it (even with the
// same step count, later in time) would show the step at the wrong time.
const Simulation &Timeline::checkpointBeforeStep(std::uint64_t steps) const
{
    const auto after = std::lower_bound(mCheckpoints.begin(), mCheckpoints.end(), steps,
                                        [](const Simulation &checkpoint, std::uint64_t count) {
                                            return checkpoint.steps() < count;
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
