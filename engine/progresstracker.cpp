#include "progresstracker.h"

#include <algorithm>

namespace cs {

ProgressTracker::ProgressTracker(int clusterSize)
    : mSize(clusterSize)
    , mUp(static_cast<std::size_t>(clusterSize) + 1, 1)
    , mLinks(clusterSize)
{
}

void ProgressTracker::fault(VirtualTime at)
{
    mLastFault = at;
    mSubmissions.clear();
    mByCommand.clear();
}

void ProgressTracker::crash(VirtualTime at, NodeId node)
{
    if (node >= 1 && node <= mSize)
        mUp[static_cast<std::size_t>(node)] = 0;
    fault(at);
}

void ProgressTracker::restart(VirtualTime at, NodeId node)
{
    if (node >= 1 && node <= mSize)
        mUp[static_cast<std::size_t>(node)] = 1;
    fault(at);
}

void ProgressTracker::network(VirtualTime at, const Input &input)
{
    if (!mLinks.apply(input))
        return;
    fault(at);
}

void ProgressTracker::submitted(VirtualTime at, NodeId node, const std::string &command)
{
    if (node < 1 || node > mSize || !up(node) || mByCommand.count(command) != 0)
        return;
    mByCommand.emplace(command, mSubmissions.size());
    mSubmissions.push_back({at, node, command, std::vector<VirtualTime>(static_cast<std::size_t>(mSize) + 1, -1)});
}

void ProgressTracker::applied(VirtualTime at, NodeId node, const std::string &command)
{
    const auto it = mByCommand.find(command);
    if (it == mByCommand.end() || node < 1 || node > mSize)
        return;
    auto &when = mSubmissions[it->second].appliedAt[static_cast<std::size_t>(node)];
    if (when < 0)
        when = at;
}

void ProgressTracker::refused(const std::string &command)
{
    if (const auto it = mByCommand.find(command); it != mByCommand.end())
        mSubmissions[it->second].refused = true;
}

int ProgressTracker::upCount() const
{
    return static_cast<int>(std::count(mUp.begin() + 1, mUp.end(), std::uint8_t{1}));
}

bool ProgressTracker::whole() const
{
    return mLinks.whole();
}

void ProgressTracker::finish(VirtualTime end, const ProgressBound &bound, const std::string &invariant,
                             std::vector<Violation> &out) const
{
    if (!whole())
        return;
    const Submission *first = nullptr;
    NodeId firstMissing = 0;
    int late = 0;
    for (const auto &submission : mSubmissions) {
        if (submission.refused || submission.at < mLastFault + bound.settle || submission.at + bound.bound > end)
            continue;
        for (NodeId node = 1; node <= mSize; ++node) {
            const auto when = submission.appliedAt[static_cast<std::size_t>(node)];
            if (up(node) && (when < 0 || when > submission.at + bound.bound)) {
                if (!first) {
                    first = &submission;
                    firstMissing = node;
                }
                ++late;
                break;
            }
        }
    }
    if (!first)
        return;
    out.push_back({0, invariant, firstMissing,
                   "\"" + first->command + "\", submitted to node " + std::to_string(first->node) + " at "
                       + formatDuration(first->at) + " (faults stopped at " + formatDuration(mLastFault)
                       + "), was not applied on node " + std::to_string(firstMissing) + " within "
                       + formatDuration(bound.bound)
                       + (late > 1 ? "; " + std::to_string(late - 1) + " later commands were not either" : "")});
}

} // namespace cs
