#pragma once

#include <utility>
#include <vector>

#include "client.h"
#include "kvversion.h"
#include "message.h"
#include "virtualtime.h"

namespace cs::kv {

// One key's version on the wire.
using Entry = std::pair<std::string, Version>;

// The store's messages: heartbeats that build each node's view (an AP primary's carry its
// consistent-prefix snapshot); a write forwarded to the primary (AP); versions pushed by replication or anti-entropy; and a CP coordinator's two rounds (query a
// majority for its versions, then store the result on a majority).
struct KvMessage final : Message
{
    enum class Kind : std::uint8_t { Heartbeat, Forward, Replicate, Query, QueryReply, Store, StoreAck };

    Kind kind = Kind::Heartbeat;
    std::uint64_t round = 0;
    // Query: the keys asked for (empty = every key).
    std::vector<std::string> keys;
    std::vector<Entry> entries;
    // Heartbeat from an AP primary: `entries` is its prefix snapshot, current as of `asOf`.
    bool prefix = false;
    VirtualTime asOf = 0;
    // Forward: the client's request, answered by the primary.
    ClientRequest request;

    std::string_view type() const override;
    std::string label() const override;
    void writeFields(nlohmann::ordered_json &out) const override;
    std::size_t sizeInBytes() const override;
};

} // namespace cs::kv
