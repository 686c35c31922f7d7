#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "message.h"

namespace cs::zab {

// A transaction id: the epoch in the high 32 bits, a counter in the low 32.
using Zxid = std::int64_t;

inline Zxid makeZxid(std::int64_t epoch, std::int64_t counter) { return (epoch << 32) | counter; }
inline std::int64_t epochOf(Zxid zxid) { return zxid >> 32; }
inline std::int64_t counterOf(Zxid zxid) { return zxid & 0xffffffff; }
std::string zxidText(Zxid zxid);

// One transaction of the replicated history.
struct Transaction
{
    Zxid zxid = 0;
    std::string value;

    bool operator==(const Transaction &) const = default;
};

// The zxids of a history as runs "epoch.first-last" (or "epoch.counter" alone), space-separated,
// e.g. "1.1-4 3.1-2"; the values are those the propose notes gave these zxids.
std::string historyText(const std::vector<Transaction> &history);

// A vote in fast leader election: (epoch, zxid, id), compared in that order.
struct Vote
{
    std::int64_t epoch = 0;
    Zxid zxid = 0;
    NodeId leader = 0;

    auto operator<=>(const Vote &) const = default;
};

// ZAB's messages: election notifications, discovery and synchronisation, broadcast, heartbeats.
struct ZabMessage final : Message
{
    enum class Kind : std::uint8_t {
        Notification, FollowerInfo, NewEpoch, AckEpoch, NewLeader, AckNewLeader, Proposal, Ack, Commit, Ping, PingReply
    };

    Kind kind = Kind::Notification;
    std::int64_t round = 0;
    Vote vote;
    bool settled = false;
    std::int64_t epoch = 0;
    Zxid zxid = 0;
    std::string value;
    std::vector<Transaction> history;
    // AckEpoch: false when the follower had already acknowledged this epoch to another leader, so
    // the ack joins it as a follower but does not count towards the epoch's quorum.
    bool counted = true;

    std::string_view type() const override;
    std::string label() const override;
    void writeFields(nlohmann::ordered_json &out) const override;
    std::size_t sizeInBytes() const override;
};

} // namespace cs::zab
