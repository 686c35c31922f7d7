#pragma once

#include <iosfwd>

#include "cliarguments.h"

namespace cs::cli {

// Runs one verb; returns the process exit status (0 ok, 1 violation or replay mismatch).
// Throws InputError for bad input, which main turns into one line and status 2.
int runCommand(const CliArguments &arguments, std::ostream &out, std::ostream &err);

} // namespace cs::cli
