#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "client.h"
#include "message.h"
#include "virtualtime.h"

namespace cs {

// What a user or a scenario does to the running cluster.
// Pause stops a node for `value` microseconds, as a garbage-collection pause does: it stays up and
// loses nothing, but handles nothing until it resumes. SlowLink adds `value` microseconds to every
// message sent on a link from then on (0 restores it).
enum class InputKind { Crash, Restart, Cut, Heal, Partition, HealAll, Client, SetParameter, DropMessage, DuplicateMessage, Pause, SlowLink };

std::string_view inputKindName(InputKind kind);

// One timestamped input; it enters the event queue like any other event and is replayed exactly.
struct Input
{
    VirtualTime at = 0;
    InputKind kind = InputKind::HealAll;
    NodeId node = 0;
    NodeId peer = 0;
    bool bothWays = true;
    std::vector<std::vector<NodeId>> groups;
    // A client operation: its client, kind, key and value (the command's text, or what a write
    // writes), and how long the client waits for a reply before it records the outcome as unknown.
    ClientId client = 1;
    OperationKind operation = OperationKind::Command;
    std::string key;
    std::string command;
    // What a compare-and-set expects the key to hold.
    std::string expected;
    VirtualTime timeout = kDefaultClientTimeout;
    // The session guarantee the operation asks for; empty for the protocol's default.
    std::string consistency;
    std::string parameter;
    std::int64_t value = 0;
    std::uint64_t messageId = 0;

    bool operator==(const Input &) const = default;

    // The operation a client input asks for (its id is given when the client invokes it).
    ClientRequest request() const { return ClientRequest{0, client, operation, key, command, expected, consistency, {}}; }
};

} // namespace cs
