#include "replicadivergence.h"

namespace cs {

ReplicaDivergence::ReplicaDivergence(const NoteMeaning *meaning, int clusterSize)
    : mMeaning(meaning)
    , mUp(static_cast<std::size_t>(clusterSize) + 1, true)
{
}

void ReplicaDivergence::observe(const Note &note)
{
    if (!mMeaning || !mMeaning->matches(note))
        return;
    const auto key = mMeaning->textKeyOf(note);
    auto found = mKeys.find(key);
    if (found == mKeys.end())
        found = mKeys.emplace(std::string(key), std::map<NodeId, Held>{}).first;
    found->second[note.node] = {note.numbers, note.text};
}

void ReplicaDivergence::observeCrash(NodeId node)
{
    if (node > 0 && static_cast<std::size_t>(node) < mUp.size())
        mUp[static_cast<std::size_t>(node)] = false;
}

void ReplicaDivergence::observeRestart(NodeId node)
{
    if (node > 0 && static_cast<std::size_t>(node) < mUp.size())
        mUp[static_cast<std::size_t>(node)] = true;
}

bool ReplicaDivergence::diverges(const std::map<NodeId, Held> &replicas) const
{
    const Held *first = nullptr;
    bool someLiveLacksIt = false;
    for (std::size_t node = 1; node < mUp.size(); ++node) {
        if (!mUp[node])
            continue;
        const auto held = replicas.find(static_cast<NodeId>(node));
        if (held == replicas.end()) {
            someLiveLacksIt = true;
            continue;
        }
        if (first && !(held->second == *first))
            return true;
        first = &held->second;
    }
    return first && someLiveLacksIt && mMeaning->everyNode;
}

std::vector<std::string> ReplicaDivergence::divergentKeys() const
{
    std::vector<std::string> keys;
    for (const auto &[key, replicas] : mKeys) {
        if (diverges(replicas))
            keys.push_back(key);
    }
    return keys;
}

} // namespace cs
