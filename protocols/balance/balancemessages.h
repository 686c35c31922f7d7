#pragma once

#include <cstdint>

#include "message.h"

namespace cs::balance {

// The messages of a balanced request: a client's Request to the balancer, the balancer's Forward to
// a server, the server's Response (or Refused when its queue is full), the balancer's Reply.
struct BalanceMessage final : Message
{
    enum class Kind : std::uint8_t { Request, Forward, Response, Refused, Reply };

    Kind kind = Kind::Request;
    std::int64_t request = 0;
    // The client's address (its node id) and when it sent the request.
    NodeId source = 0;
    std::int64_t sentAt = 0;
    // The client was answered before, so a server should know its session.
    bool hasSession = false;
    bool ok = true;

    std::string_view type() const override;
    std::string label() const override;
    void writeFields(nlohmann::ordered_json &out) const override;
    std::size_t sizeInBytes() const override { return sizeof(*this); }
};

} // namespace cs::balance
