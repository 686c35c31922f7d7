#pragma once

#include <string>
#include <string_view>

namespace cs::cli {

// The JSON Schema of scenario or trace files ("scenario" or "trace"), as committed in
// resources/schema/: the hand-written, protocol-independent base (app/cli/schema/*.base.json) with
// every protocol's names, parameters and ranges, settable parameters, note kinds and fields, timers
// and roles filled in from the registry. Throws InputError for any other kind.
std::string generateSchema(std::string_view kind);

} // namespace cs::cli
