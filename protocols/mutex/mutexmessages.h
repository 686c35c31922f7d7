#pragma once

#include <cstdint>

#include "message.h"

namespace cs::mutex {

// The messages of the three algorithms: a request for the critical section (to the coordinator, or
// to every peer with a Lamport timestamp), the coordinator's grant and a process's release, the
// coordinator's question to a holder that stays too long, a peer's reply (permission) and its
// "alive, but deferring" answer to a repeated request, and the ring's token and probe.
struct MutexMessage final : Message
{
    enum class Kind : std::uint8_t { Request, Grant, Release, Check, Reply, Alive, Token, Probe };

    Kind kind = Kind::Request;
    // The request's sequence number or timestamp, or the token's or probe's generation.
    std::int64_t number = 0;
    // The token's hop count within its generation.
    std::int64_t hop = 0;

    std::string_view type() const override;
    std::string label() const override;
    void writeFields(nlohmann::ordered_json &out) const override;
    std::size_t sizeInBytes() const override { return sizeof(*this); }
};

} // namespace cs::mutex
