#pragma once

#include <string>
#include <vector>

#include "protocol.h"
#include "tracefile.h"

namespace cs::cli {

// The one-screen summary of a run: the protocol's declared leaders and decisions, note and message
// counts, violations.
std::string runSummary(const TraceDocument &trace, const std::vector<Violation> &violations);

std::string violationLine(const Violation &violation);

} // namespace cs::cli
