#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "notemeaning.h"

namespace cs {

// Follows the notes a protocol declares as replica values, and the crashes and restarts of a run,
// and tells which keys the live replicas currently disagree on (a divergent key).
class ReplicaDivergence
{
public:
    // Nothing ever diverges for a protocol that declares no replica values (meaning nullptr).
    ReplicaDivergence(const NoteMeaning *meaning, int clusterSize);

    void observe(const Note &note);
    void observeCrash(NodeId node);
    void observeRestart(NodeId node);

    // The keys whose live replicas hold different values, in key order.
    std::vector<std::string> divergentKeys() const;

private:
    // What a replica's latest note said it holds of a key.
    struct Held
    {
        std::array<std::int64_t, 4> numbers;
        std::string text;

        bool operator==(const Held &) const = default;
    };

    bool diverges(const std::map<NodeId, Held> &replicas) const;

    const NoteMeaning *mMeaning;
    std::vector<bool> mUp;
    std::map<std::string, std::map<NodeId, Held>, std::less<>> mKeys;
};

} // namespace cs
