#pragma once

#include "message.h"

namespace cs::failuredetect {

// The detectors' messages: the periodic heartbeat, and the direct probe (with its answer) a
// monitor sends a few times before it suspects a silent peer.
struct DetectorMessage final : Message
{
    enum class Kind : std::uint8_t { Heartbeat, Probe, ProbeAck };

    Kind kind = Kind::Heartbeat;
    std::int64_t sequence = 0;

    std::string_view type() const override;
    std::string label() const override;
    void writeFields(nlohmann::ordered_json &out) const override;
    std::size_t sizeInBytes() const override { return sizeof(*this); }
};

} // namespace cs::failuredetect
