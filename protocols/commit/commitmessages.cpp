#include "commitmessages.h"

namespace cs::commit {

const char *txStateName(TxState state)
{
    switch (state) {
    case TxState::Init: return "init";
    case TxState::Ready: return "ready";
    case TxState::PreCommit: return "precommit";
    case TxState::Committed: return "committed";
    case TxState::Aborted: return "aborted";
    }
    return "unknown";
}

std::string_view CommitMessage::type() const
{
    switch (kind) {
    case Kind::Prepare: return threePhase ? "CanCommit" : "Prepare";
    case Kind::Vote: return "Vote";
    case Kind::PreCommit: return "PreCommit";
    case Kind::Ack: return "Ack";
    case Kind::Decision: return threePhase && yes ? "DoCommit" : "Decision";
    case Kind::DecisionRequest: return "DecisionRequest";
    case Kind::StateRequest: return "StateRequest";
    case Kind::StateReply: return "StateReply";
    case Kind::ClientForward: return "ClientForward";
    }
    return "Unknown";
}

std::string CommitMessage::label() const
{
    const std::string t = " tx" + std::to_string(tx);
    switch (kind) {
    case Kind::Vote: return std::string(yes ? "Vote yes" : "Vote no") + t;
    case Kind::Decision: return std::string(yes ? (threePhase ? "DoCommit" : "Commit") : "Abort") + t;
    case Kind::DecisionRequest: return "Decision?" + t;
    case Kind::StateRequest: return "State?" + t;
    case Kind::StateReply: return std::string("State ") + txStateName(state) + t;
    case Kind::ClientForward: return "Forward " + command;
    default: return std::string(type()) + t;
    }
}

void CommitMessage::writeFields(nlohmann::ordered_json &out) const
{
    out["tx"] = tx;
    if (kind == Kind::Vote || kind == Kind::Decision)
        out[kind == Kind::Vote ? "yes" : "commit"] = yes;
    if (kind == Kind::StateReply)
        out["state"] = txStateName(state);
    if (kind == Kind::ClientForward) {
        out["command"] = command;
        out["op"] = operation;
    }
}

std::size_t CommitMessage::sizeInBytes() const
{
    return sizeof(*this) + (command.capacity() > 15 ? command.capacity() + 1 : 0);
}

} // namespace cs::commit
