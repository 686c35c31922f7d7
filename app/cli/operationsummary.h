#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "virtualtime.h"

namespace cs::cli {

// The client lines of a run summary, fed a trace's events one at a time: how many operations
// ended ok, fail or unknown, and the latency of those that got an answer (ok or fail), in virtual
// time.
class OperationTally
{
public:
    void add(const nlohmann::ordered_json &event);
    // Empty when the run has no client operations.
    std::string text() const;

private:
    std::map<std::uint64_t, VirtualTime> mInvoked;
    std::set<int> mClients;
    std::map<std::string, std::uint64_t> mResults;
    std::vector<VirtualTime> mLatencies;
};

} // namespace cs::cli
