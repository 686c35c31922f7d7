#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace cs::stranger {

// One broken safety property an outside checker found: which, at which event, and why.
struct Finding
{
    std::string property;
    std::size_t event = 0;
    std::string detail;
};

using Findings = std::vector<Finding>;

// Checks a trace's safety properties from the note fields docs/trace-format.md documents, as a
// stranger would: no protocol code, no message bodies. Dispatches on scenario.protocol.
Findings checkTrace(const nlohmann::json &trace);

Findings checkRaft(const nlohmann::json &trace);
Findings checkPaxos(const nlohmann::json &trace);
Findings checkMultiPaxos(const nlohmann::json &trace);
Findings checkZab(const nlohmann::json &trace);
Findings checkBully(const nlohmann::json &trace);
Findings checkCommit(const nlohmann::json &trace, bool threePhase);
Findings checkKeyValue(const nlohmann::json &trace);
Findings checkQuorum(const nlohmann::json &trace);
Findings checkMutex(const nlohmann::json &trace);
Findings checkLocks(const nlohmann::json &trace);
Findings checkBalancer(const nlohmann::json &trace);
// bound: how long a crash may go unsuspected (µs); generous for the default parameters.
Findings checkFailureDetector(const nlohmann::json &trace, std::int64_t bound = 10'000'000);

// The scenario's node count.
int nodeCount(const nlohmann::json &trace);

} // namespace cs::stranger
