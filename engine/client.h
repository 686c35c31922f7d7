#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "message.h"
#include "virtualtime.h"

namespace cs {

// Clients are numbered from 1 (views name them A, B, C...); operations are numbered from 1 in the
// order they are invoked during a run.
using ClientId = int;
using OperationId = std::uint64_t;

inline constexpr ClientId kMaxClients = 26;
inline constexpr VirtualTime kDefaultClientTimeout = 2 * kSecond;

// What an operation asks for: a protocol command (free text), a write of a key, a read of one, or a
// compare-and-set (write the value if the key holds the expected one).
enum class OperationKind : std::uint8_t { Command, Write, Read, Cas };

// How an operation ended, with the meaning Jepsen's histories give it: ok took effect, fail did not,
// unknown may or may not have (Jepsen's :info; here always a client-side timeout).
enum class OperationResult : std::uint8_t { Ok, Fail, Unknown };

std::string_view operationKindName(OperationKind kind);
std::string_view operationResultName(OperationResult result);

// "A" for client 1 ... "Z" for client 26.
std::string clientName(ClientId client);

// The consistency a client may ask of one operation (scenario field "consistency"): "" (the
// protocol's default), "strong", "read-your-writes", "monotonic-reads", "monotonic-writes",
// "writes-follow-reads", "consistent-prefix", "bounded-staleness" or "eventual".
bool isSessionConsistency(std::string_view name);
// Every non-empty name isSessionConsistency accepts, strongest first.
const std::vector<std::string_view> &sessionConsistencies();
std::string sessionConsistencyList();

// One operation as a protocol node receives it.
struct ClientRequest
{
    OperationId operation = 0;
    ClientId client = 1;
    OperationKind kind = OperationKind::Command;
    std::string key;
    // The command's text, or the value a write or compare-and-set writes; empty for a read.
    std::string value;
    // The value a compare-and-set expects the key to hold; empty for other kinds.
    std::string expected;
    // The session guarantee the client asks for (see isSessionConsistency); empty for the default.
    std::string consistency;
    // The client's session token: opaque to the engine, set by the protocol in an earlier reply
    // (OperationOutcome::token) and attached by the client to each of its later requests.
    std::string token;

    // The operation as one command string: the command itself, "key=value" for a write, "get key"
    // for a read, "cas key expected->value" for a compare-and-set; protocols that log commands log this.
    std::string commandText() const;

    bool operator==(const ClientRequest &) const = default;
};

// An operation the engine's client has invoked and not yet seen complete.
struct PendingOperation
{
    ClientRequest request;
    NodeId node = 0;
    VirtualTime invokedAt = 0;
    VirtualTime deadline = 0;
};

// How an operation completed: the value a read returned (or a command's answer), and for a
// failure the reason and, when a node redirects, the leader it names.
struct OperationOutcome
{
    OperationResult result = OperationResult::Ok;
    std::string value;
    std::string error;
    NodeId leader = 0;
    // A new session token for the client (kept for its next requests); empty leaves it unchanged.
    std::string token;
};

// Per-client tallies, for summaries and views.
struct ClientTally
{
    std::uint64_t invoked = 0;
    std::uint64_t ok = 0;
    std::uint64_t failed = 0;
    std::uint64_t unknown = 0;
};

// The engine's clients: every operation still waiting for its reply or its timeout, and what each
// client has seen so far. Plain ordered data, so a copy of the simulation copies it exactly.
class ClientTable
{
public:
    // Registers a new operation and returns it with its id and the client's session token.
    const PendingOperation &invoke(ClientRequest request, NodeId node, VirtualTime now, VirtualTime timeout);

    // The pending operation with this id, or nullptr once it has completed (or never existed).
    const PendingOperation *pending(OperationId operation) const;

    // Removes a pending operation and counts its outcome; a non-empty token becomes the client's
    // session token. Returns what the operation was.
    PendingOperation complete(OperationId operation, OperationResult result, const std::string &token = {});

    // A client's session token ("" until a reply sets one).
    std::string token(ClientId client) const;

    std::size_t pendingCount() const { return mPending.size(); }
    OperationId invokedCount() const { return mNextOperation - 1; }
    const std::map<ClientId, ClientTally> &tallies() const { return mTallies; }

private:
    OperationId mNextOperation = 1;
    std::map<OperationId, PendingOperation> mPending;
    std::map<ClientId, ClientTally> mTallies;
    std::map<ClientId, std::string> mTokens;
};

} // namespace cs
