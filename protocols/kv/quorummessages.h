#pragma once

#include <map>

#include "client.h"
#include "quorumversion.h"

namespace cs::quorum {

// The quorum store's messages: a coordinator's put (to a replica, or with a hint to a fallback
// node) and its ack, a get and its reply, read repair, hinted handoff and its ack, and the
// anti-entropy digest exchange (digest, the reply with what differs, the push of what was asked).
struct QuorumMessage final : Message
{
    enum class Kind : std::uint8_t { Put, PutAck, Get, GetReply, Repair, Handoff, HandoffAck, Digest, DigestReply, Push };

    Kind kind = Kind::Put;
    OperationId operation = 0;
    std::string key;
    // The owner a hinted put or a handoff is for; 0 for none.
    NodeId hintFor = 0;
    VersionSet versions;
    // Digest: key -> ids; DigestReply and Push: key -> versions; DigestReply's wanted keys.
    std::map<std::string, std::vector<VersionId>> digest;
    std::map<std::string, VersionSet> entries;
    std::vector<std::string> wanted;

    std::string_view type() const override;
    std::string label() const override;
    void writeFields(nlohmann::ordered_json &out) const override;
    std::size_t sizeInBytes() const override;
};

} // namespace cs::quorum
