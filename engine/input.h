#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "message.h"
#include "virtualtime.h"

namespace cs {

// What a user or a scenario does to the running cluster.
enum class InputKind { Crash, Restart, Cut, Heal, Partition, HealAll, Client, SetParameter, DropMessage, DuplicateMessage };

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
    std::string command;
    std::string parameter;
    std::int64_t value = 0;
    std::uint64_t messageId = 0;

    bool operator==(const Input &) const = default;
};

} // namespace cs
