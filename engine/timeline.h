#pragma once

#include <vector>

#include "simulation.h"

namespace cs {

// A run that keeps copies of its simulation at regular virtual-time intervals, so any past moment
// (a time, or the state after a given number of steps) is reached by restoring the nearest
// checkpoint before it and simulating forward. Copies are cheap: long logs share their chunks.
//
// The truth rule: the timeline owns the run's one input log (the present's), and restoring a
// checkpoint hands it that log, so every input after the checkpoint's moment is re-applied even if
// it was scheduled after the checkpoint was taken. Any moment then equals a fresh linear run of
// the start with the inputs logged up to it.
class Timeline
{
public:
    // The start's scheduled inputs begin the log.
    Timeline(const Simulation &start, VirtualTime interval);

    const Simulation &present() const { return mPresent; }
    Simulation &present() { return mPresent; }
    VirtualTime interval() const { return mInterval; }
    std::size_t checkpointCount() const { return mCheckpoints.size(); }

    // The one input log of the run, in time order.
    const SharedChunkVector<Input, 256> &inputs() const { return mPresent.inputs(); }

    // Adds an input to the log, no earlier than one microsecond after the present so that it
    // falls after every event already simulated; returns it as scheduled.
    Input schedule(Input input);

    // Runs the present forward to t, taking a checkpoint at every interval boundary on the way.
    void advanceTo(VirtualTime t);

    // Processes one event of the present; false when nothing is pending.
    bool stepPresent();

    // Runs the present until it has taken the given number of steps, then on to time t if it is
    // not there yet: the moment a fork or a saved branch stopped at.
    void catchUp(std::uint64_t steps, VirtualTime t);

    // The simulation as it was at time t, or after the given number of steps (not beyond the
    // present), without an observer.
    Simulation stateAt(VirtualTime t) const;
    Simulation stateAtStep(std::uint64_t steps) const;

    // Acting on a past moment (a state this timeline returned): a new timeline from the same start
    // whose log keeps only the inputs applied by that moment, run to it with the observer watching.
    Timeline fork(const Simulation &moment, SimulationObserver *observer) const;

private:
    void checkpointUpTo(VirtualTime t);
    const Simulation &checkpointBeforeStep(std::uint64_t steps) const;
    Simulation restore(const Simulation &checkpoint) const;

    Simulation mPresent;
    std::vector<Simulation> mCheckpoints;
    VirtualTime mInterval;
};

} // namespace cs
