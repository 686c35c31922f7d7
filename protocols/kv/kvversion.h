#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "message.h"

namespace cs::kv {

// A version vector: for each node, the highest counter of its writes that a version reflects.
using VersionVector = std::map<NodeId, std::int64_t>;

// a >= b pointwise.
bool covers(const VersionVector &a, const VersionVector &b);
void join(VersionVector &into, const VersionVector &other);

// One version of a key's value: the value, its (counter, origin) stamp that orders it for
// last-writer-wins, and its version vector that tells concurrent versions from later ones.
struct Version
{
    std::string value;
    std::int64_t counter = 0;
    NodeId origin = 0;
    VersionVector vector;
    // Made by an AP primary, which acknowledged it at once: last-writer-wins discarding it loses
    // an acknowledged write. (CP versions are ordered by their stamps like a register's writes.)
    bool available = false;

    bool newerStampThan(const Version &other) const
    {
        return counter != other.counter ? counter > other.counter : origin > other.origin;
    }
    bool operator==(const Version &) const = default;
};

// What merging one version into a key's versions did.
struct MergeOutcome
{
    bool changed = false;
    // Concurrent versions met (before last-writer-wins kept one).
    std::size_t concurrent = 0;
    // Versions last-writer-wins discarded, and the version that won.
    std::vector<Version> discarded;
    Version winner;
};

// Merges a version into a key's current versions (kept newest stamp first): a version another
// covers is dropped; concurrent versions are kept as siblings, or resolved by last-writer-wins
// (the newest stamp wins and takes the join of their vectors).
MergeOutcome mergeVersion(std::vector<Version> &versions, const Version &incoming, bool lastWriterWins);

// What a read of one key returns: its siblings' values joined by "|", "" if never written.
std::string visibleValue(const std::vector<Version> &versions);

// A client's session token: per key, the version vector of everything the client has seen or
// written. Encoded as "key=origin.counter+origin.counter;key2=...".
using SessionToken = std::map<std::string, VersionVector>;
std::string encodeToken(const SessionToken &token);
SessionToken decodeToken(const std::string &text);

// A client's session as the store keeps it in the engine's opaque token: what it wrote (read your
// writes and monotonic writes wait for it) apart from what it read (monotonic reads and writes
// follow reads wait for that). Encoded as the written token, then "/" and the read token if any.
struct Session
{
    SessionToken written;
    SessionToken read;
};
std::string encodeSession(const Session &session);
Session decodeSession(const std::string &text);

} // namespace cs::kv
