#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "balancenotes.h"
#include "deterministicrandom.h"
#include "virtualtime.h"

namespace cs::balance {

// What the balancer knows of one server: its configured and effective weight, the smooth weighted
// round robin's current weight, its open connections and its recent failures (as nginx keeps them).
struct ServerSlot
{
    std::int64_t weight = 1;
    std::int64_t effective = 1;
    std::int64_t current = 0;
    std::int64_t active = 0;
    std::int64_t fails = 0;
    VirtualTime checked = 0;
};

// One choice: the server's index (-1 when none may be picked) and the algorithm's working.
struct Pick
{
    int server = -1;
    std::string why;
};

// The balancing algorithms over a list of servers, each told which servers it may pick.
class Picker
{
public:
    Pick pick(Algorithm algorithm, std::vector<ServerSlot> &servers, const std::vector<bool> &eligible,
              NodeId source, DeterministicRandom &random, int virtualNodes);

private:
    Pick smooth(std::vector<ServerSlot> &servers, const std::vector<bool> &eligible);
    Pick weightedRoundRobin(const std::vector<ServerSlot> &servers, const std::vector<bool> &eligible);
    Pick leastConnections(const std::vector<ServerSlot> &servers, const std::vector<bool> &eligible, bool weighted);

    std::size_t mNext = 0;
    std::int64_t mPosition = 0;
};

// A 64-bit mix of a number (splitmix64's finaliser): the hash of a client address or a ring point.
std::uint64_t mixHash(std::uint64_t value);

// The server a client address maps to: the address's hash modulo the eligible servers (source
// hash), or its clockwise successor on a ring of virtualNodes points per server (consistent hash);
// -1 when no server is eligible.
int sourceHashOwner(NodeId source, const std::vector<bool> &eligible);
int consistentHashOwner(NodeId source, const std::vector<bool> &eligible, int virtualNodes);

// "1,2,-3": a list of numbers as the notes and captions print it.
std::string joined(const std::vector<std::int64_t> &values);

} // namespace cs::balance
