#include "quorumversion.h"

#include <algorithm>

namespace cs::quorum {

bool dominates(const Version &a, const Version &b)
{
    for (const auto &[node, count] : b.clock) {
        const auto it = a.clock.find(node);
        if (it == a.clock.end() || it->second < count)
            return false;
    }
    return true;
}

MergeResult merge(VersionSet &set, const VersionSet &incoming, bool lastWriterWins)
{
    MergeResult result;
    const auto before = idsText(set);
    for (const auto &version : incoming) {
        const bool known = std::any_of(set.begin(), set.end(), [&](const Version &held) {
            return held.id == version.id || (dominates(held, version) && held.id > version.id);
        });
        if (known)
            continue;
        std::erase_if(set, [&](const Version &held) { return dominates(version, held) && version.id > held.id; });
        set.push_back(version);
    }
    std::sort(set.begin(), set.end(), [](const Version &a, const Version &b) { return a.id < b.id; });
    if (lastWriterWins && set.size() > 1) {
        const Version kept = set.back();
        for (std::size_t i = 0; i + 1 < set.size(); ++i)
            result.lost.emplace_back(set[i].id, kept.id);
        set = {kept};
    }
    result.changed = idsText(set) != before;
    return result;
}

VersionId newest(const VersionSet &set)
{
    return set.empty() ? VersionId{} : set.back().id;
}

std::string idsText(const VersionSet &set)
{
    if (set.empty())
        return "-";
    std::string text;
    for (const auto &version : set)
        text += (text.empty() ? "" : ",") + version.id.text();
    return text;
}

std::string readValue(const VersionSet &set)
{
    std::string text;
    for (const auto &version : set)
        text += (text.empty() ? "" : "|") + version.value;
    return text;
}

std::vector<NodeId> ringFrom(const std::string &key, int clusterSize)
{
    std::uint64_t hash = 14695981039346656037ull;
    for (const char c : key) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 1099511628211ull;
    }
    const auto start = static_cast<int>(hash % static_cast<std::uint64_t>(clusterSize));
    std::vector<NodeId> ring;
    for (int i = 0; i < clusterSize; ++i)
        ring.push_back((start + i) % clusterSize + 1);
    return ring;
}

} // namespace cs::quorum
