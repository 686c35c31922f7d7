#include "linearizationpoints.h"

#include <algorithm>

namespace cs {

std::vector<LinearizationPoint> linearizationPoints(const std::vector<RegisterOp> &ops, const SearchWitness &witness,
                                                   const std::string &key)
{
    const auto &order = witness.order;
    const std::size_t count = order.size();
    VirtualTime horizon = 0;
    for (const auto &op : ops)
        horizon = std::max({horizon, op.call, op.ret == kNotCompleted ? 0 : op.ret});
    // The window of each operation: no earlier than any call up to it, no later than any return from it on.
    std::vector<VirtualTime> earliest(count);
    std::vector<VirtualTime> latest(count);
    for (std::size_t i = 0; i < count; ++i)
        earliest[i] = std::max(i ? earliest[i - 1] : 0, ops[order[i]].call);
    for (std::size_t i = count; i-- > 0;)
        latest[i] = std::min(i + 1 < count ? latest[i + 1] : kNotCompleted, ops[order[i]].ret);
    auto closed = [&](std::size_t i, std::size_t last) {
        return latest[i] == kNotCompleted ? std::max(horizon, earliest[last]) : latest[i];
    };
    std::vector<VirtualTime> middle(count);
    for (std::size_t i = 0; i < count; ++i)
        middle[i] = std::max(i ? middle[i - 1] : 0, earliest[i] + (closed(i, i) - earliest[i]) / 2);
    // Operations at one moment are spread over the window they share, up to halfway to their neighbours.
    auto at = middle;
    for (std::size_t first = 0; first < count;) {
        std::size_t end = first + 1;
        while (end < count && middle[end] == middle[first])
            ++end;
        const auto run = static_cast<VirtualTime>(end - first);
        if (run > 1) {
            auto from = earliest[end - 1];
            if (first > 0)
                from = std::max(from, middle[first - 1] + (middle[first] - middle[first - 1]) / 2);
            auto to = closed(first, end - 1);
            if (end < count)
                to = std::min(to, middle[first] + (middle[end] - middle[first]) / 2);
            for (VirtualTime k = 0; k < run; ++k)
                at[first + static_cast<std::size_t>(k)] = from + (to - from) * (k + 1) / (run + 1);
        }
        first = end;
    }
    std::vector<LinearizationPoint> points;
    for (std::size_t i = 0; i < count; ++i)
        points.push_back({ops[order[i]].id, key, at[i], true});
    for (const auto index : witness.skipped)
        points.push_back({ops[index].id, key, kNotCompleted, false});
    return points;
}

} // namespace cs
