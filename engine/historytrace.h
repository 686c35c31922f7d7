#pragma once

#include <nlohmann/json.hpp>

#include "history.h"

namespace cs {

// The operation history of a trace, from its invoke and complete events (and its crashes, restarts,
// cuts, partitions and heals as annotations): the same history the live run built, so
// `clusterscope-cli check` and the GUI judge the same thing.
History historyFromTraceEvents(const nlohmann::ordered_json &events);

} // namespace cs
