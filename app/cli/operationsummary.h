#pragma once

#include <string>

#include <nlohmann/json.hpp>

namespace cs::cli {

// The client lines of a run summary, from a trace's invoke and complete events: how many
// operations ended ok, fail or unknown, and the latency of those that got an answer (ok or fail),
// in virtual time. Empty when the run has no client operations.
std::string operationSummary(const nlohmann::ordered_json &events);

} // namespace cs::cli
