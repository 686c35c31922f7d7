#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "operationsummary.h"
#include "protocol.h"
#include "tracefile.h"

namespace cs::cli {

// The one-screen summary of a run: the protocol's declared leaders and decisions, note and message
// counts, client operations, measures and violations. It is fed the trace's events one at a time,
// so a run can summarise what it writes without holding its events.
class RunSummary
{
public:
    explicit RunSummary(const Scenario &scenario);
    RunSummary(const RunSummary &) = delete;
    RunSummary &operator=(const RunSummary &) = delete;

    void add(const nlohmann::ordered_json &event);
    // `lossAtEnd`: the loss parameter when the run ended (liveness is not judged above 0).
    std::string text(const nlohmann::ordered_json &final, std::int64_t lossAtEnd,
                     const std::vector<Violation> &violations) const;

private:
    // One line for a declared meaning: who, when, and what about, in the order it happened.
    struct NewsLine
    {
        const NoteMeaning *meaning = nullptr;
        std::vector<std::string> items;
    };

    const Scenario &mScenario;
    std::vector<NewsLine> mNews;
    MeaningTracker mTracker;
    std::map<std::string, std::uint64_t> mNotes;
    std::map<std::string, std::uint64_t> mDrops;
    std::uint64_t mSent = 0;
    std::uint64_t mDelivered = 0;
    std::uint64_t mDropped = 0;
    OperationTally mOperations;
};

// The summary of a whole trace document.
std::string runSummary(const TraceDocument &trace, const std::vector<Violation> &violations);

std::string violationLine(const Violation &violation);

} // namespace cs::cli
