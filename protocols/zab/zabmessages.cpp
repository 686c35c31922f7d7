#include "zabmessages.h"

namespace cs::zab {

std::string zxidText(Zxid zxid)
{
    return "0x" + std::to_string(epochOf(zxid)) + "." + std::to_string(counterOf(zxid));
}

std::string historyText(const std::vector<Transaction> &history)
{
    std::string text;
    std::size_t i = 0;
    while (i < history.size()) {
        const auto first = history[i].zxid;
        std::size_t last = i;
        while (last + 1 < history.size() && history[last + 1].zxid == history[last].zxid + 1)
            ++last;
        text += (text.empty() ? "" : " ") + std::to_string(epochOf(first)) + "." + std::to_string(counterOf(first));
        if (last > i)
            text += "-" + std::to_string(counterOf(history[last].zxid));
        i = last + 1;
    }
    return text;
}

std::string_view ZabMessage::type() const
{
    switch (kind) {
    case Kind::Notification: return "Notification";
    case Kind::FollowerInfo: return "FollowerInfo";
    case Kind::NewEpoch: return "NewEpoch";
    case Kind::AckEpoch: return "AckEpoch";
    case Kind::NewLeader: return "NewLeader";
    case Kind::AckNewLeader: return "AckNewLeader";
    case Kind::Proposal: return "Proposal";
    case Kind::Ack: return "Ack";
    case Kind::Commit: return "Commit";
    case Kind::Ping: return "Ping";
    case Kind::PingReply: return "PingReply";
    }
    return "Unknown";
}

std::string ZabMessage::label() const
{
    switch (kind) {
    case Kind::Notification:
        return "Vote n" + std::to_string(vote.leader) + " (e" + std::to_string(vote.epoch) + ", " + zxidText(vote.zxid)
               + ")" + (settled ? " settled" : "");
    case Kind::NewEpoch: return "NewEpoch e" + std::to_string(epoch);
    case Kind::NewLeader: return "NewLeader e" + std::to_string(epoch) + " [" + std::to_string(history.size()) + "]";
    case Kind::Proposal: return "Proposal " + zxidText(zxid) + " " + value;
    case Kind::Ack: return "Ack " + zxidText(zxid);
    case Kind::Commit: return "Commit " + zxidText(zxid);
    default: return std::string(type());
    }
}

void ZabMessage::writeFields(nlohmann::ordered_json &out) const
{
    if (kind == Kind::Notification) {
        out["round"] = round;
        out["vote"] = {{"epoch", vote.epoch}, {"zxid", vote.zxid}, {"leader", vote.leader}};
        out["settled"] = settled;
        return;
    }
    out["epoch"] = epoch;
    if (zxid != 0)
        out["zxid"] = zxid;
    if (!value.empty())
        out["value"] = value;
    if (!history.empty())
        out["historyLength"] = history.size();
    if (!counted)
        out["counted"] = false;
}

std::size_t ZabMessage::sizeInBytes() const
{
    return sizeof(*this) + history.capacity() * sizeof(Transaction);
}

} // namespace cs::zab
