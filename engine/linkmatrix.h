#pragma once

#include <cstdint>
#include <vector>

#include "input.h"

namespace cs {

// Which directed links work, as a checker rebuilds it from the network inputs it observes
// (cut, heal, partition, heal all), so checkers that reason about connectivity share one rule.
class LinkMatrix
{
public:
    explicit LinkMatrix(int clusterSize);

    // Applies a network input (a slow link changes no connection); false for any other kind of input.
    bool apply(const Input &input);

    bool up(NodeId from, NodeId to) const;
    // Every link between two nodes works, in both directions.
    bool whole() const;

private:
    void set(NodeId from, NodeId to, bool up);

    int mSize;
    std::vector<std::uint8_t> mLinks;
};

} // namespace cs
