#pragma once

#include <map>
#include <string>
#include <vector>

#include "input.h"
#include "linkmatrix.h"
#include "protocol.h"

namespace cs {

// How long a cluster may take to make progress once faults stop: commands submitted from `settle`
// after the last fault on must be applied everywhere within `bound` of their submission.
struct ProgressBound
{
    VirtualTime settle = 0;
    VirtualTime bound = 0;
};

// What a liveness property needs to know of a run, for any protocol: when the last fault (crash,
// restart or network change) happened, which nodes are up, whether every link works, and when
// each command submitted since the last fault was applied on each node.
class ProgressTracker
{
public:
    explicit ProgressTracker(int clusterSize);

    void crash(VirtualTime at, NodeId node);
    void restart(VirtualTime at, NodeId node);
    void network(VirtualTime at, const Input &input);
    // A command counts only if its node is up; a repeated text keeps its first submission.
    void submitted(VirtualTime at, NodeId node, const std::string &command);
    void applied(VirtualTime at, NodeId node, const std::string &command);
    // The protocol refused the command and told its client so (no leader to take it): it owes no progress.
    void refused(const std::string &command);

    VirtualTime lastFault() const { return mLastFault; }
    bool up(NodeId node) const { return mUp[static_cast<std::size_t>(node)] != 0; }
    int upCount() const;
    // Every link between two nodes works, in both directions.
    bool whole() const;

    // Reports under `invariant` the first command submitted between lastFault + settle and
    // end - bound that some node up at the end did not apply within bound, if the network is whole.
    void finish(VirtualTime end, const ProgressBound &bound, const std::string &invariant,
                std::vector<Violation> &out) const;

private:
    // One command submitted since the last fault.
    struct Submission
    {
        VirtualTime at = 0;
        NodeId node = 0;
        std::string command;
        std::vector<VirtualTime> appliedAt;
        bool refused = false;
    };

    void fault(VirtualTime at);

    int mSize;
    VirtualTime mLastFault = 0;
    std::vector<std::uint8_t> mUp;
    LinkMatrix mLinks;
    std::vector<Submission> mSubmissions;
    std::map<std::string, std::size_t> mByCommand;
};

} // namespace cs
