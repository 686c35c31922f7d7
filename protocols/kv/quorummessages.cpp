#include "quorummessages.h"

namespace cs::quorum {

namespace {

nlohmann::ordered_json versionsJson(const VersionSet &set)
{
    auto list = nlohmann::ordered_json::array();
    for (const auto &version : set) {
        nlohmann::ordered_json clock = nlohmann::ordered_json::object();
        for (const auto &[node, count] : version.clock)
            clock[std::to_string(node)] = count;
        list.push_back({{"stamp", version.id.stamp}, {"writer", version.id.writer}, {"value", version.value},
                        {"clock", clock}});
    }
    return list;
}

std::size_t versionsBytes(const VersionSet &set)
{
    std::size_t bytes = 0;
    for (const auto &version : set)
        bytes += sizeof(Version) + version.value.size() + version.clock.size() * 48;
    return bytes;
}

} // namespace

std::string_view QuorumMessage::type() const
{
    switch (kind) {
    case Kind::Put: return "Put";
    case Kind::PutAck: return "PutAck";
    case Kind::Get: return "Get";
    case Kind::GetReply: return "GetReply";
    case Kind::Repair: return "Repair";
    case Kind::Handoff: return "Handoff";
    case Kind::HandoffAck: return "HandoffAck";
    case Kind::Digest: return "Digest";
    case Kind::DigestReply: return "DigestReply";
    case Kind::Push: return "Push";
    }
    return "Unknown";
}

std::string QuorumMessage::label() const
{
    const std::string hint = hintFor ? " for n" + std::to_string(hintFor) : "";
    switch (kind) {
    case Kind::Put: return "Put " + key + " " + idsText(versions) + hint;
    case Kind::PutAck: return "Ack " + key + " " + idsText(versions);
    case Kind::Get: return "Get " + key;
    case Kind::GetReply: return "Reply " + key + " " + idsText(versions);
    case Kind::Repair: return "Repair " + key + " " + idsText(versions);
    case Kind::Handoff: return "Handoff " + key + " " + idsText(versions);
    case Kind::HandoffAck: return "Handed " + key + " " + idsText(versions);
    case Kind::Digest: return "Digest " + std::to_string(digest.size()) + " keys";
    case Kind::DigestReply: return "Diff " + std::to_string(entries.size()) + "+" + std::to_string(wanted.size()) + " keys";
    case Kind::Push: return "Push " + std::to_string(entries.size()) + " keys";
    }
    return "Unknown";
}

void QuorumMessage::writeFields(nlohmann::ordered_json &out) const
{
    if (operation)
        out["op"] = operation;
    if (!key.empty())
        out["key"] = key;
    if (hintFor)
        out["hintFor"] = hintFor;
    if (!versions.empty() || kind == Kind::GetReply)
        out["versions"] = versionsJson(versions);
    if (kind == Kind::Digest) {
        auto &digestJson = out["digest"] = nlohmann::ordered_json::object();
        for (const auto &[name, ids] : digest) {
            auto list = nlohmann::ordered_json::array();
            for (const auto &id : ids)
                list.push_back(id.text());
            digestJson[name] = list;
        }
    }
    if (!entries.empty()) {
        auto &entriesJson = out["entries"] = nlohmann::ordered_json::object();
        for (const auto &[name, set] : entries)
            entriesJson[name] = versionsJson(set);
    }
    if (!wanted.empty())
        out["wanted"] = wanted;
}

std::size_t QuorumMessage::sizeInBytes() const
{
    std::size_t bytes = sizeof(*this) + key.size() + versionsBytes(versions);
    for (const auto &[name, ids] : digest)
        bytes += name.size() + 48 + ids.size() * sizeof(VersionId);
    for (const auto &[name, set] : entries)
        bytes += name.size() + 48 + versionsBytes(set);
    for (const auto &name : wanted)
        bytes += name.size() + sizeof(std::string);
    return bytes;
}

} // namespace cs::quorum
