#pragma once

#include <string>
#include <vector>

#include "registersearch.h"

namespace cs {

// The linearization points of one key's operations along a search's witness: each operation takes
// effect in the middle of the window its order leaves it (after every call up to it, before every
// return from it on; an open window closes at the key's last known moment), and operations that
// share a moment are spread evenly over the window they share, in order. `ops` are the key's
// projected operations, as searched.
std::vector<LinearizationPoint> linearizationPoints(const std::vector<RegisterOp> &ops, const SearchWitness &witness,
                                                   const std::string &key);

} // namespace cs
