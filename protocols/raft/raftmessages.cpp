#include "raftmessages.h"

namespace cs::raft {

namespace {

std::string termLabel(std::int64_t term)
{
    return " t" + std::to_string(term);
}

} // namespace

std::string RequestVote::label() const
{
    return "RequestVote" + termLabel(term) + " last " + std::to_string(lastLogIndex) + "@t"
           + std::to_string(lastLogTerm);
}

void RequestVote::writeFields(nlohmann::ordered_json &out) const
{
    out["term"] = term;
    out["lastLogIndex"] = lastLogIndex;
    out["lastLogTerm"] = lastLogTerm;
}

std::string VoteReply::label() const
{
    return std::string(granted ? "Vote \u2713" : "Vote \u2717") + termLabel(term);
}

void VoteReply::writeFields(nlohmann::ordered_json &out) const
{
    out["term"] = term;
    out["granted"] = granted;
}

std::string AppendEntries::label() const
{
    if (entries.empty())
        return "Heartbeat" + termLabel(term);
    const auto first = prevLogIndex + 1;
    const auto last = prevLogIndex + static_cast<std::int64_t>(entries.size());
    return "AppendEntries" + termLabel(term) + " [" + std::to_string(first) + ".." + std::to_string(last) + "]";
}

void AppendEntries::writeFields(nlohmann::ordered_json &out) const
{
    out["term"] = term;
    out["prevLogIndex"] = prevLogIndex;
    out["prevLogTerm"] = prevLogTerm;
    out["leaderCommit"] = leaderCommit;
    auto &list = out["entries"] = nlohmann::ordered_json::array();
    for (const auto &entry : entries)
        list.push_back({{"term", entry.term}, {"command", entry.command}});
}

std::string AppendReply::label() const
{
    if (success)
        return "Ack \u2713 " + std::to_string(matchIndex) + termLabel(term);
    return "Ack \u2717" + termLabel(term);
}

void AppendReply::writeFields(nlohmann::ordered_json &out) const
{
    out["term"] = term;
    out["success"] = success;
    out["matchIndex"] = matchIndex;
    out["hintIndex"] = hintIndex;
}

std::string ClientForward::label() const
{
    return "Forward " + request.commandText();
}

void ClientForward::writeFields(nlohmann::ordered_json &out) const
{
    out["command"] = request.commandText();
    out["op"] = request.operation;
}

std::size_t RequestVote::sizeInBytes() const
{
    return sizeof(*this);
}

std::size_t VoteReply::sizeInBytes() const
{
    return sizeof(*this);
}

std::size_t AppendReply::sizeInBytes() const
{
    return sizeof(*this);
}

std::size_t AppendEntries::sizeInBytes() const
{
    std::size_t bytes = sizeof(*this) + entries.capacity() * sizeof(LogEntry);
    for (const auto &entry : entries)
        bytes += entry.command.capacity() > 15 ? entry.command.capacity() + 1 : 0;
    return bytes;
}

std::size_t ClientForward::sizeInBytes() const
{
    return sizeof(*this) + request.key.capacity() + request.value.capacity();
}

} // namespace cs::raft
