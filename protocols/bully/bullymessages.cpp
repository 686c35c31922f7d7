#include "bullymessages.h"

namespace cs::bully {

std::string_view BullyMessage::type() const
{
    switch (kind) {
    case Kind::Election: return "Election";
    case Kind::Answer: return "Answer";
    case Kind::Coordinator: return "Coordinator";
    case Kind::Heartbeat: return "Heartbeat";
    }
    return "Unknown";
}

std::string BullyMessage::label() const
{
    switch (kind) {
    case Kind::Election: return "Election";
    case Kind::Answer: return "Alive";
    case Kind::Coordinator: return "Coordinator n" + std::to_string(coordinator);
    case Kind::Heartbeat: return "Heartbeat n" + std::to_string(coordinator);
    }
    return "Unknown";
}

void BullyMessage::writeFields(nlohmann::ordered_json &out) const
{
    if (kind == Kind::Coordinator || kind == Kind::Heartbeat)
        out["coordinator"] = coordinator;
    else
        out["round"] = round;
}

} // namespace cs::bully
