#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "client.h"
#include "message.h"

namespace cs::raft {

// One entry of the replicated log; an empty command is the no-op a new leader appends.
struct LogEntry
{
    std::int64_t term = 0;
    std::string command;

    bool operator==(const LogEntry &) const = default;
};

// A candidate asks for a vote (Raft §5.2), carrying its last log position for the up-to-date check.
struct RequestVote final : Message
{
    std::int64_t term = 0;
    std::int64_t lastLogIndex = 0;
    std::int64_t lastLogTerm = 0;

    std::string_view type() const override { return "RequestVote"; }
    std::string label() const override;
    void writeFields(nlohmann::ordered_json &out) const override;
    std::size_t sizeInBytes() const override;
};

// The answer to a RequestVote.
struct VoteReply final : Message
{
    std::int64_t term = 0;
    bool granted = false;

    std::string_view type() const override { return "VoteReply"; }
    std::string label() const override;
    void writeFields(nlohmann::ordered_json &out) const override;
    std::size_t sizeInBytes() const override;
};

// The leader replicates entries and, with none, asserts its leadership (heartbeat).
struct AppendEntries final : Message
{
    std::int64_t term = 0;
    std::int64_t prevLogIndex = 0;
    std::int64_t prevLogTerm = 0;
    std::int64_t leaderCommit = 0;
    std::vector<LogEntry> entries;

    std::string_view type() const override { return "AppendEntries"; }
    std::string label() const override;
    void writeFields(nlohmann::ordered_json &out) const override;
    std::size_t sizeInBytes() const override;
};

// A follower's answer: success with how far its log matches, or a refusal with a back-off hint.
struct AppendReply final : Message
{
    std::int64_t term = 0;
    bool success = false;
    std::int64_t matchIndex = 0;
    std::int64_t hintIndex = 0;

    std::string_view type() const override { return "AppendReply"; }
    std::string label() const override;
    void writeFields(nlohmann::ordered_json &out) const override;
    std::size_t sizeInBytes() const override;
};

// A follower passes a client's operation on to the leader it knows, which answers the client.
struct ClientForward final : Message
{
    ClientRequest request;

    std::string_view type() const override { return "ClientForward"; }
    std::string label() const override;
    void writeFields(nlohmann::ordered_json &out) const override;
    std::size_t sizeInBytes() const override;
};

} // namespace cs::raft
