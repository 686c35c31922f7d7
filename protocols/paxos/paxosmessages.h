#pragma once

#include <cstdint>
#include <string>

#include "message.h"

namespace cs::paxos {

// A proposal number: a round, made unique by the proposer's id; compared round first.
struct Ballot
{
    std::int64_t round = 0;
    NodeId proposer = 0;

    auto operator<=>(const Ballot &) const = default;
    bool isZero() const { return round == 0; }
    std::string text() const;
    // One integer that orders like the ballot, for notes: round * 1000 + proposer.
    std::int64_t code() const { return round * 1000 + proposer; }
};

// Single-decree Paxos messages: prepare, promise, accept, accepted, a refusal, the decision, and
// the question a node back from a crash asks about it.
struct PaxosMessage final : Message
{
    enum class Kind : std::uint8_t { Prepare, Promise, Accept, Accepted, Nack, Decide, Query };

    Kind kind = Kind::Prepare;
    Ballot ballot;
    Ballot acceptedBallot;
    std::string value;

    std::string_view type() const override;
    std::string label() const override;
    void writeFields(nlohmann::ordered_json &out) const override;
    std::size_t sizeInBytes() const override;
};

} // namespace cs::paxos
