#include "linkmatrix.h"

#include <algorithm>

namespace cs {

LinkMatrix::LinkMatrix(int clusterSize)
    : mSize(clusterSize)
    , mLinks(static_cast<std::size_t>(clusterSize + 1) * static_cast<std::size_t>(clusterSize + 1), 1)
{
}

void LinkMatrix::set(NodeId from, NodeId to, bool up)
{
    if (from >= 1 && to >= 1 && from <= mSize && to <= mSize)
        mLinks[static_cast<std::size_t>(from) * static_cast<std::size_t>(mSize + 1) + static_cast<std::size_t>(to)] =
            up ? 1 : 0;
}

bool LinkMatrix::up(NodeId from, NodeId to) const
{
    return mLinks[static_cast<std::size_t>(from) * static_cast<std::size_t>(mSize + 1) + static_cast<std::size_t>(to)] != 0;
}

bool LinkMatrix::whole() const
{
    return std::all_of(mLinks.begin(), mLinks.end(), [](std::uint8_t link) { return link != 0; });
}

bool LinkMatrix::apply(const Input &input)
{
    switch (input.kind) {
    case InputKind::Cut:
    case InputKind::Heal:
        set(input.node, input.peer, input.kind == InputKind::Heal);
        if (input.bothWays)
            set(input.peer, input.node, input.kind == InputKind::Heal);
        return true;
    case InputKind::HealAll:
        std::fill(mLinks.begin(), mLinks.end(), 1);
        return true;
    case InputKind::Partition: {
        std::vector<int> group(static_cast<std::size_t>(mSize) + 1, -1);
        for (std::size_t g = 0; g < input.groups.size(); ++g) {
            for (NodeId node : input.groups[g]) {
                if (node >= 1 && node <= mSize)
                    group[static_cast<std::size_t>(node)] = static_cast<int>(g);
            }
        }
        for (NodeId a = 1; a <= mSize; ++a) {
            for (NodeId b = 1; b <= mSize; ++b)
                set(a, b, group[static_cast<std::size_t>(a)] == group[static_cast<std::size_t>(b)]);
        }
        return true;
    }
    case InputKind::SlowLink:
        // Still connected, but the network changed: progress is judged from here on.
        return true;
    default:
        return false;
    }
}

} // namespace cs
