#pragma once

#include <vector>

#include "simulation.h"

namespace cs {

// A run that keeps copies of its simulation at regular virtual-time intervals, so any past moment
// is reached by restoring the nearest checkpoint at or before it and simulating forward.
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

    // The simulation as it was at t (not later than the present), without an observer.
    Simulation stateAt(VirtualTime t) const;

private:
    Simulation mPresent;
    std::vector<Simulation> mCheckpoints;
    VirtualTime mInterval;
};

} // namespace cs
