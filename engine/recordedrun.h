#pragma once

#include <memory>

#include "scenario.h"
#include "simulation.h"
#include "tracefile.h"
#include "tracerecorder.h"

namespace cs {

// A simulation built from a scenario, with its inputs queued and every event recorded.
class RecordedRun
{
public:
    explicit RecordedRun(const Scenario &scenario, bool record = true);
    RecordedRun(const RecordedRun &) = delete;
    RecordedRun &operator=(const RecordedRun &) = delete;

    const Scenario &scenario() const { return mScenario; }
    Simulation &simulation() { return mSimulation; }
    const Simulation &simulation() const { return mSimulation; }
    const TraceRecorder &recorder() const { return *mRecorder; }

    // Runs to the scenario's end and judges the run's liveness there.
    void runToEnd()
    {
        mSimulation.runUntil(mScenario.until);
        mSimulation.finish();
    }

    TraceDocument document() const;

private:
    Scenario mScenario;
    Simulation mSimulation;
    std::unique_ptr<TraceRecorder> mRecorder;
};

// The nodes' states, the links that are cut and the run's counters, as the trace's "final" object.
nlohmann::ordered_json finalStateJson(const Simulation &simulation);

} // namespace cs
