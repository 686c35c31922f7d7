#pragma once

#include <string>
#include <string_view>

namespace cs::cli {

// The JSON Schema of scenario, trace or lesson files ("scenario", "trace" or "lesson"), as committed in
// resources/schema/: the hand-written, protocol-independent base (app/cli/schema/*.base.json) with
// every protocol's names, parameters and ranges, settable parameters, note kinds and fields, timers
// and roles filled in from the registry; a lesson's scenario is checked as a scenario file is.
// Throws InputError for any other kind.
std::string generateSchema(std::string_view kind);

} // namespace cs::cli
