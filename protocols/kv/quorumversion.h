#pragma once

#include <compare>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "message.h"

namespace cs::quorum {

// A version's name: its Lamport stamp and the node that wrote it; ordered by stamp, then writer,
// which is the last-writer-wins order.
struct VersionId
{
    std::int64_t stamp = 0;
    NodeId writer = 0;

    auto operator<=>(const VersionId &) const = default;
    std::string text() const { return std::to_string(stamp) + "." + std::to_string(writer); }
};

// One value of a key with its vector clock (for concurrency) and its name.
struct Version
{
    VersionId id;
    std::map<NodeId, std::int64_t> clock;
    std::string value;

    bool operator==(const Version &) const = default;
};

// The versions a replica keeps for one key: one under last-writer-wins, the concurrent siblings
// otherwise; sorted by id.
using VersionSet = std::vector<Version>;

// True if a's clock is at least b's in every entry (a has seen b).
bool dominates(const Version &a, const Version &b);

// The result of merging versions into a set: whether it changed, and the concurrent versions
// last-writer-wins discarded (with the one kept).
struct MergeResult
{
    bool changed = false;
    std::vector<std::pair<VersionId, VersionId>> lost;
};

// Merges incoming versions into a set: drops what a newer version has seen; under
// last-writer-wins keeps only the highest id, reporting concurrent versions it discards.
MergeResult merge(VersionSet &set, const VersionSet &incoming, bool lastWriterWins);

// The highest id in a set, or {0, 0} for an empty one.
VersionId newest(const VersionSet &set);

// "3.1,4.2", or "-" for an empty set.
std::string idsText(const VersionSet &set);

// What a read returns: the newest value, or the siblings' values joined by "|".
std::string readValue(const VersionSet &set);

// The key's preference list: N consecutive nodes of the ring, starting where the key hashes
// (FNV-1a), then the rest of the ring in order, for sloppy quorums' fallback nodes.
std::vector<NodeId> ringFrom(const std::string &key, int clusterSize);

} // namespace cs::quorum
