#include "balancemessages.h"

namespace cs::balance {

std::string_view BalanceMessage::type() const
{
    switch (kind) {
    case Kind::Request: return "Request";
    case Kind::Forward: return "Forward";
    case Kind::Response: return "Response";
    case Kind::Refused: return "Refused";
    case Kind::Reply: return "Reply";
    }
    return "Unknown";
}

std::string BalanceMessage::label() const
{
    const std::string id = "#" + std::to_string(request % 1000000) + "@" + std::to_string(source);
    if (kind == Kind::Reply)
        return std::string(ok ? "Reply " : "Failed ") + id;
    return std::string(type()) + " " + id;
}

void BalanceMessage::writeFields(nlohmann::ordered_json &out) const
{
    out["request"] = request;
    out["source"] = source;
    out["sentAt"] = sentAt;
    if (kind == Kind::Request || kind == Kind::Forward)
        out["hasSession"] = hasSession;
    if (kind == Kind::Reply)
        out["ok"] = ok;
}

} // namespace cs::balance
