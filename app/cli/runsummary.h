#pragma once

#include <string>
#include <vector>

#include "protocol.h"
#include "tracefile.h"

namespace cs::cli {

// The one-screen summary of a run: leaders per term, commits, message counts, violations.
std::string runSummary(const TraceDocument &trace, const std::vector<Violation> &violations);

std::string violationLine(const Violation &violation);

} // namespace cs::cli
