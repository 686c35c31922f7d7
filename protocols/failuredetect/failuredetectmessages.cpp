#include "failuredetectmessages.h"

namespace cs::failuredetect {

std::string_view DetectorMessage::type() const
{
    switch (kind) {
    case Kind::Heartbeat: return "Heartbeat";
    case Kind::Probe: return "Probe";
    case Kind::ProbeAck: return "ProbeAck";
    }
    return "Unknown";
}

std::string DetectorMessage::label() const
{
    switch (kind) {
    case Kind::Heartbeat: return "Heartbeat #" + std::to_string(sequence);
    case Kind::Probe: return "Probe #" + std::to_string(sequence);
    case Kind::ProbeAck: return "Alive #" + std::to_string(sequence);
    }
    return "Unknown";
}

void DetectorMessage::writeFields(nlohmann::ordered_json &out) const
{
    out["sequence"] = sequence;
}

} // namespace cs::failuredetect
