#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace cs::cli {

// `clusterscope-cli lesson check FILE|ID...`: loads each lesson (an id names
// resources/lessons/ID.json; scenarios named by file come from resources/scenarios) and plays it
// headless once per locale: narrate conditions must fire, predictions are revealed and their stated
// answers must equal the engine's, acts and goals must be reached through their show-me, and both
// plays must agree step for step, and no act or goal may be reached while the learner does nothing.
// Prints one line per step with the virtual time it fired; returns 0 when every lesson passes, 1
// when one fails. A malformed lesson throws InputError (status 2).
int checkLessons(const std::vector<std::string> &lessons, std::ostream &out);

} // namespace cs::cli
