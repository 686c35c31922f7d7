#pragma once

#include "message.h"

namespace cs::bully {

// The Bully algorithm's messages: election to higher ids, answer (alive) from them, the victory
// announcement, and the coordinator's heartbeat.
struct BullyMessage final : Message
{
    enum class Kind : std::uint8_t { Election, Answer, Coordinator, Heartbeat };

    Kind kind = Kind::Election;
    NodeId coordinator = 0;
    // Election: the sender's election round; Answer: the round of the Election it answers.
    std::int64_t round = 0;

    std::string_view type() const override;
    std::string label() const override;
    void writeFields(nlohmann::ordered_json &out) const override;
    std::size_t sizeInBytes() const override { return sizeof(*this); }
};

} // namespace cs::bully
