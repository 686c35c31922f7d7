#include "kvmessages.h"

namespace cs::kv {

namespace {

std::string stamp(const Version &version)
{
    return std::to_string(version.counter) + "." + std::to_string(version.origin);
}

} // namespace

std::string_view KvMessage::type() const
{
    switch (kind) {
    case Kind::Heartbeat: return "Heartbeat";
    case Kind::Forward: return "Forward";
    case Kind::Replicate: return "Replicate";
    case Kind::Query: return "Query";
    case Kind::QueryReply: return "QueryReply";
    case Kind::Store: return "Store";
    case Kind::StoreAck: return "StoreAck";
    }
    return "Unknown";
}

std::string KvMessage::label() const
{
    switch (kind) {
    case Kind::Heartbeat: return "HB";
    case Kind::Forward: return "Fwd " + request.commandText();
    case Kind::Query: return "Query r" + std::to_string(round);
    case Kind::StoreAck: return "Ack r" + std::to_string(round);
    case Kind::Replicate:
    case Kind::QueryReply:
    case Kind::Store: break;
    }
    std::string text(type());
    if (kind != Kind::Replicate)
        text += " r" + std::to_string(round);
    if (entries.size() == 1)
        text += " " + entries.front().first + "=" + entries.front().second.value;
    else
        text += " [" + std::to_string(entries.size()) + "]";
    return text;
}

void KvMessage::writeFields(nlohmann::ordered_json &out) const
{
    if (round != 0)
        out["round"] = round;
    if (kind == Kind::Query)
        out["keys"] = keys;
    if (kind == Kind::Forward) {
        out["op"] = request.operation;
        out["command"] = request.commandText();
    }
    if (prefix)
        out["asOf"] = asOf;
    if (kind == Kind::Replicate || kind == Kind::QueryReply || kind == Kind::Store || prefix) {
        auto &list = out["entries"] = nlohmann::ordered_json::array();
        for (const auto &[key, version] : entries)
            list.push_back({{"key", key}, {"value", version.value}, {"version", stamp(version)}});
    }
}

std::size_t KvMessage::sizeInBytes() const
{
    std::size_t size = sizeof(*this) + request.value.size() + request.token.size();
    for (const auto &key : keys)
        size += key.size();
    for (const auto &[key, version] : entries)
        size += sizeof(Entry) + key.size() + version.value.size() + version.vector.size() * 32;
    return size;
}

} // namespace cs::kv
