#pragma once

#include <vector>

#include "simulation.h"

namespace cs {

// A run that keeps copies of its simulation at regular virtual-time intervals, so any past moment
// (a time, or the state after a given number of steps) is reached by restoring the nearest
// checkpoint before it and simulating forward. Copies are cheap: long logs share their chunks.
class Timeline
{
public:
    Timeline(const Simulation &start, VirtualTime interval);

    const Simulation &present() const { return mPresent; }
    Simulation &present() { return mPresent; }
    VirtualTime interval() const { return mInterval; }
    std::size_t checkpointCount() const { return mCheckpoints.size(); }

    // Runs the present forward to t, taking a checkpoint at every interval boundary on the way.
    void advanceTo(VirtualTime t);

    // Processes one event of the present; false when nothing is pending.
    bool stepPresent();

    // The simulation as it was at time t, or after the given number of steps (not beyond the
    // present), without an observer.
    Simulation stateAt(VirtualTime t) const;
    Simulation stateAtStep(std::uint64_t steps) const;

private:
    void checkpointUpTo(VirtualTime t);
    const Simulation &checkpointBeforeStep(std::uint64_t steps) const;

    Simulation mPresent;
    std::vector<Simulation> mCheckpoints;
    VirtualTime mInterval;
};

} // namespace cs
