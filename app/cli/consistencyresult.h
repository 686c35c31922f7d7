#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "consistencychecker.h"

namespace cs::cli {

// The Jepsen-style consistency result of `check`: valid or not, each anomaly with its sentence, the
// models ruled out (`not`) and those they imply (`also-not`), the models that hold or are unknown.
std::string consistencyText(const ConsistencyReport &report, std::size_t operations);

// The same result as JSON: {"valid", "models", "anomaly-types", "anomalies", "not", "also-not",
// "lost-writes"}.
nlohmann::ordered_json consistencyJson(const ConsistencyReport &report);

} // namespace cs::cli
