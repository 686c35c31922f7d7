#pragma once

#include <memory>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace cs {

// Nodes are numbered from 1, as users and scenario files count them.
using NodeId = int;

// A protocol's typed message; immutable once sent, so copies of a simulation share it.
class Message
{
public:
    virtual ~Message() = default;

    // The message type as it appears in traces and filters, e.g. "AppendEntries".
    virtual std::string_view type() const = 0;

    // A short label for the animation, e.g. "AppendEntries t3 [4..5]".
    virtual std::string label() const = 0;

    // Adds the type-specific fields to a trace event's "msg" object.
    virtual void writeFields(nlohmann::ordered_json &out) const = 0;

    // Memory the message holds, itself included, for the recorder's accounting.
    virtual std::size_t sizeInBytes() const = 0;
};

using MessagePtr = std::shared_ptr<const Message>;

} // namespace cs
