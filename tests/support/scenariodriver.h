#pragma once

#include <memory>
#include <set>
#include <string>
#include <vector>

#include "simulation.h"

namespace cs::testing {

// Drives a simulation from the commands of a datadriven file and prints what happened as exact,
// timestamped lines; it knows protocols only through their descriptors, so any protocol can use it.
class ScenarioDriver final : public SimulationObserver
{
public:
    ScenarioDriver();
    ~ScenarioDriver() override;

    // Runs one command line and returns its output (no blank lines, newline-terminated).
    std::string execute(const std::string &commandLine);

    Simulation *simulation() { return mSimulation.get(); }

    void onSend(const InFlightMessage &message) override;
    void onDeliver(VirtualTime at, const InFlightMessage &message) override;
    void onDrop(VirtualTime at, const InFlightMessage &message, DropReason reason) override;
    void onTimer(VirtualTime at, NodeId node, int timer) override;
    void onInput(const Input &input) override;
    void onNote(VirtualTime at, const Note &note) override;
    void onViolation(const Violation &violation) override;
    void onInvoke(VirtualTime at, const PendingOperation &operation) override;
    void onComplete(VirtualTime at, const PendingOperation &operation, const OperationOutcome &outcome) override;

private:
    std::string createCluster(const std::vector<std::string> &words);
    std::string run(const std::vector<std::string> &words);
    Input request(const std::vector<std::string> &words) const;
    std::string status() const;
    void line(VirtualTime at, const std::string &kind, const std::string &text);
    bool shown(const std::string &kind) const;

    std::unique_ptr<Simulation> mSimulation;
    std::set<std::string> mShow;
    std::set<std::string> mDefaultShow;
    std::string mOutput;
};

} // namespace cs::testing
