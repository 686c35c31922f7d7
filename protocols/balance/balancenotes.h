#pragma once

#include "note.h"
#include "parameters.h"

namespace cs::balance {

// Notes of the load balancer, its servers and its clients. Requests are numbered client * 1000000
// + sequence; servers are numbered from 0 (server 0 is node 2); times are microseconds.
inline constexpr NoteSchema kRequestNote{"request", {"request", "source", {}, {}}, {}};
// The balancer's choice, with the algorithm's own working ("cw 1,2,3 -> 1,2,-3" for the smooth
// weighted round robin: the current weights after adding the effective weights, then after the pick).
inline constexpr NoteSchema kPickNote{"pick", {"request", "server", "attempt", {}}, "why"};
inline constexpr NoteSchema kServedNote{"served", {"request", "latency", "source", "sessionLost"}, {}};
inline constexpr NoteSchema kReplyNote{"reply", {"request", "ok", "server", {}}, {}};
inline constexpr NoteSchema kLateNote{"late", {"request", "server", {}, {}}, {}};
// The balancer counts a failure of a server (a time-out or a refusal): after maxFails of them it
// takes the server out for failTimeout; an answer from it brings it back.
inline constexpr NoteSchema kFailNote{"fail", {"server", "fails", "effective", "request"}, "cause"};
inline constexpr NoteSchema kDownNote{"down", {"server", "fails", {}, {}}, {}};
inline constexpr NoteSchema kUpNote{"up", {"server", {}, {}, {}}, {}};
// How many of `keys` client addresses the hash maps elsewhere once a server leaves or returns.
inline constexpr NoteSchema kMovedNote{"moved", {"server", "moved", "keys", "servers"}, "hash"};
// outcome: 1 answered, 0 failed, -1 timed out at the client.
inline constexpr NoteSchema kAnswerNote{"answer", {"request", "outcome", "latency", {}}, {}};
inline constexpr NoteSchema kRoleNote{"role", {}, "role"};

enum class Algorithm : int {
    RoundRobin,
    WeightedRoundRobin,
    SmoothWeighted,
    Random,
    WeightedRandom,
    LeastConnections,
    WeightedLeastConnections,
    SourceHash,
    ConsistentHash,
};

enum class SessionMode : int { None, Sticky, Store };

inline constexpr int kMaxServers = 5;
inline constexpr std::int64_t kRequestsPerClient = 1000000;
inline constexpr int kMovedKeys = 1000;

enum BalanceParameter : int {
    kParamAlgorithm = kNetworkParameterCount,
    kParamServers,
    kParamWeight1,
    kParamWeight2,
    kParamWeight3,
    kParamWeight4,
    kParamWeight5,
    kParamCapacity,
    kParamQueue,
    kParamServiceTime,
    kParamJitter,
    kParamRate,
    kParamBurst,
    kParamTimeout,
    kParamTries,
    kParamMaxFails,
    kParamFailTimeout,
    kParamClientTimeout,
    kParamSessions,
    kParamStoreTime,
    kParamVirtualNodes,
};

enum BalanceTimer : int { kSendTimer = 0, kDeadlineTimer = 1, kServiceTimer = 2 };

inline char serverLetter(int server) { return static_cast<char>('a' + server); }

} // namespace cs::balance
