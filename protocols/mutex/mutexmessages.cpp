#include "mutexmessages.h"

namespace cs::mutex {

std::string_view MutexMessage::type() const
{
    switch (kind) {
    case Kind::Request: return "Request";
    case Kind::Grant: return "Grant";
    case Kind::Release: return "Release";
    case Kind::Check: return "Check";
    case Kind::Reply: return "Reply";
    case Kind::Alive: return "Alive";
    case Kind::Token: return "Token";
    case Kind::Probe: return "Probe";
    }
    return "Unknown";
}

std::string MutexMessage::label() const
{
    const auto n = std::to_string(number);
    switch (kind) {
    case Kind::Request: return "Request " + n;
    case Kind::Grant: return "Grant " + n;
    case Kind::Release: return "Release " + n;
    case Kind::Check: return "Check " + n;
    case Kind::Reply: return "OK " + n;
    case Kind::Alive: return "Alive " + n;
    case Kind::Token: return "Token g" + n + " #" + std::to_string(hop);
    case Kind::Probe: return "Probe g" + n;
    }
    return "Unknown";
}

void MutexMessage::writeFields(nlohmann::ordered_json &out) const
{
    switch (kind) {
    case Kind::Request:
        // A sequence number (centralized) or a Lamport timestamp (Ricart-Agrawala).
        out["stamp"] = number;
        break;
    case Kind::Reply:
    case Kind::Alive:
        out["timestamp"] = number;
        break;
    case Kind::Grant:
    case Kind::Release:
    case Kind::Check:
        out["seq"] = number;
        break;
    case Kind::Token:
        out["generation"] = number;
        out["hop"] = hop;
        break;
    case Kind::Probe:
        out["generation"] = number;
        break;
    }
}

} // namespace cs::mutex
