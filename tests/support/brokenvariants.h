#pragma once

#include <functional>
#include <memory>
#include <string>

#include "protocol.h"

namespace cs::testing {

// The node a filter judges for: its id, its cluster's size and its own description (its role).
struct FilteredSelf
{
    NodeId id = 0;
    int clusterSize = 0;
    NodeDescription description;
};

// What a broken variant keeps from reaching its nodes: client commands, messages or timers.
struct NodeFilter
{
    std::function<bool(const FilteredSelf &, const std::string &command)> dropsCommand;
    std::function<bool(const FilteredSelf &, NodeId from, const Message &)> dropsMessage;
    std::function<bool(const FilteredSelf &, int timer)> dropsTimer;
};

// A protocol with one rule broken by a filter in front of its nodes, judged by the correct
// protocol's checker: test-only variants that prove the liveness checks can fail.
class FilteredProtocol final : public Protocol
{
public:
    FilteredProtocol(const Protocol &inner, std::string name, NodeFilter filter);

    const ProtocolDescriptor &descriptor() const override { return mDescriptor; }
    std::unique_ptr<ProtocolNode> createNode(NodeId id, int clusterSize) const override;
    std::unique_ptr<InvariantChecker> createChecker(const ParameterValues &parameters) const override;

private:
    const Protocol &mInner;
    ProtocolDescriptor mDescriptor;
    NodeFilter mFilter;
};

// A Raft, Multi-Paxos or ZAB leader that silently drops every client command that reaches it.
const Protocol &leaderDropsCommands(const std::string &protocol);

// Single-decree Paxos whose second proposer takes no client value and ignores the Decide message,
// so it never learns.
const Protocol &proposerNeverLearns();

// 2PC or 3PC whose coordinator ignores votes and its own time-out, so it never decides.
const Protocol &coordinatorNeverDecides(const std::string &protocol);

// Bully whose highest node's victory announcements and heartbeats never reach anyone.
const Protocol &highestNeverAnnounces();

// A failure detector whose monitors never act on their deadlines, so they never suspect anyone.
const Protocol &detectorNeverSuspects();

// A load balancer that never hears server a's responses and never times a server out, so the
// requests it gives to a are never answered.
const Protocol &balancerLosesResponses();

} // namespace cs::testing
