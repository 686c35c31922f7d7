#include "paxosmessages.h"

namespace cs::paxos {

std::string Ballot::text() const
{
    return std::to_string(round) + "." + std::to_string(proposer);
}

std::string_view PaxosMessage::type() const
{
    switch (kind) {
    case Kind::Prepare: return "Prepare";
    case Kind::Promise: return "Promise";
    case Kind::Accept: return "Accept";
    case Kind::Accepted: return "Accepted";
    case Kind::Nack: return "Nack";
    case Kind::Decide: return "Decide";
    case Kind::Query: return "Query";
    }
    return "Unknown";
}

std::string PaxosMessage::label() const
{
    const std::string number = " #" + ballot.text();
    switch (kind) {
    case Kind::Prepare: return "Prepare" + number;
    case Kind::Promise:
        return "Promise" + number + (acceptedBallot.isZero() ? "" : " had #" + acceptedBallot.text() + "=" + value);
    case Kind::Accept: return "Accept" + number + " " + value;
    case Kind::Accepted: return "Accepted" + number;
    case Kind::Nack: return "Rejected, promised" + number;
    case Kind::Decide: return "Chosen " + value;
    case Kind::Query: return "What was chosen?";
    }
    return "Unknown";
}

void PaxosMessage::writeFields(nlohmann::ordered_json &out) const
{
    out["ballot"] = ballot.text();
    if (!acceptedBallot.isZero())
        out["acceptedBallot"] = acceptedBallot.text();
    if (!value.empty())
        out["value"] = value;
}

std::size_t PaxosMessage::sizeInBytes() const
{
    return sizeof(*this) + (value.capacity() > 15 ? value.capacity() + 1 : 0);
}

} // namespace cs::paxos
