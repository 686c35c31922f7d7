#include "picker.h"

namespace cs::balance {

namespace {

std::vector<std::int64_t> currents(const std::vector<ServerSlot> &servers)
{
    std::vector<std::int64_t> values;
    for (const auto &server : servers)
        values.push_back(server.current);
    return values;
}

} // namespace

std::uint64_t mixHash(std::uint64_t value)
{
    value += 0x9e3779b97f4a7c15ULL;
    value = (value ^ (value >> 30)) * 0xbf58476d1ce4e5b9ULL;
    value = (value ^ (value >> 27)) * 0x94d049bb133111ebULL;
    return value ^ (value >> 31);
}

std::string joined(const std::vector<std::int64_t> &values)
{
    std::string text;
    for (std::size_t i = 0; i < values.size(); ++i)
        text += (i ? "," : "") + std::to_string(values[i]);
    return text;
}

int sourceHashOwner(NodeId source, const std::vector<bool> &eligible)
{
    std::vector<int> live;
    for (std::size_t i = 0; i < eligible.size(); ++i) {
        if (eligible[i])
            live.push_back(static_cast<int>(i));
    }
    if (live.empty())
        return -1;
    return live[mixHash(static_cast<std::uint64_t>(source)) % live.size()];
}

int consistentHashOwner(NodeId source, const std::vector<bool> &eligible, int virtualNodes)
{
    // The first point clockwise from the address's hash: the smallest distance modulo 2^64.
    const std::uint64_t key = mixHash(static_cast<std::uint64_t>(source));
    int owner = -1;
    std::uint64_t best = 0;
    for (std::size_t server = 0; server < eligible.size(); ++server) {
        if (!eligible[server])
            continue;
        for (int point = 0; point < virtualNodes; ++point) {
            const std::uint64_t at = mixHash(((server + 1) << 32) + static_cast<std::uint64_t>(point) + 0x5157ULL);
            const std::uint64_t distance = at - key;
            if (owner < 0 || distance < best) {
                owner = static_cast<int>(server);
                best = distance;
            }
        }
    }
    return owner;
}

Pick Picker::pick(Algorithm algorithm, std::vector<ServerSlot> &servers, const std::vector<bool> &eligible,
                  NodeId source, DeterministicRandom &random, int virtualNodes)
{
    std::vector<int> live;
    for (std::size_t i = 0; i < servers.size(); ++i) {
        if (eligible[i])
            live.push_back(static_cast<int>(i));
    }
    if (live.empty())
        return {-1, "no server available"};
    switch (algorithm) {
    case Algorithm::RoundRobin:
        for (std::size_t step = 0; step < servers.size(); ++step) {
            const std::size_t at = (mNext + step) % servers.size();
            if (eligible[at]) {
                mNext = (at + 1) % servers.size();
                return {static_cast<int>(at), "next " + std::string(1, serverLetter(static_cast<int>(at)))};
            }
        }
        break;
    case Algorithm::WeightedRoundRobin: return weightedRoundRobin(servers, eligible);
    case Algorithm::SmoothWeighted: return smooth(servers, eligible);
    case Algorithm::Random: {
        const auto at = random.uniform(0, static_cast<std::int64_t>(live.size()) - 1);
        return {live[static_cast<std::size_t>(at)],
                "random " + std::to_string(at + 1) + " of " + std::to_string(live.size())};
    }
    case Algorithm::WeightedRandom: {
        std::int64_t total = 0;
        for (const int server : live)
            total += servers[static_cast<std::size_t>(server)].weight;
        const auto ticket = random.uniform(1, total);
        std::int64_t reached = 0;
        for (const int server : live) {
            reached += servers[static_cast<std::size_t>(server)].weight;
            if (ticket <= reached)
                return {server, "ticket " + std::to_string(ticket) + " of " + std::to_string(total)};
        }
        break;
    }
    case Algorithm::LeastConnections: return leastConnections(servers, eligible, false);
    case Algorithm::WeightedLeastConnections: return leastConnections(servers, eligible, true);
    case Algorithm::SourceHash: {
        const int owner = sourceHashOwner(source, eligible);
        return {owner, "hash(n" + std::to_string(source) + ") mod " + std::to_string(live.size())};
    }
    case Algorithm::ConsistentHash:
        return {consistentHashOwner(source, eligible, virtualNodes),
                "ring(n" + std::to_string(source) + ") of " + std::to_string(live.size() * static_cast<std::size_t>(virtualNodes))};
    }
    return {-1, "no server available"};
}

Pick Picker::smooth(std::vector<ServerSlot> &servers, const std::vector<bool> &eligible)
{
    // nginx's ngx_http_upstream_get_peer: every available server's current weight grows by its
    // effective weight, the largest (the first on a tie) is picked and pays back the total.
    bool damped = false;
    std::vector<std::int64_t> effective;
    for (const auto &server : servers) {
        effective.push_back(server.effective);
        damped = damped || server.effective != server.weight;
    }
    std::int64_t total = 0;
    int best = -1;
    for (std::size_t i = 0; i < servers.size(); ++i) {
        if (!eligible[i])
            continue;
        auto &server = servers[i];
        server.current += server.effective;
        total += server.effective;
        if (server.effective < server.weight)
            ++server.effective;
        if (best < 0 || server.current > servers[static_cast<std::size_t>(best)].current)
            best = static_cast<int>(i);
    }
    const std::string grown = joined(currents(servers));
    servers[static_cast<std::size_t>(best)].current -= total;
    std::string why = "cw " + grown + " -> " + joined(currents(servers));
    if (damped)
        why += " ew " + joined(effective);
    return {best, why};
}

Pick Picker::weightedRoundRobin(const std::vector<ServerSlot> &servers, const std::vector<bool> &eligible)
{
    // The textbook expansion: each server listed weight times in a row (a a a a a b c), walked in turn.
    std::int64_t total = 0;
    for (const auto &server : servers)
        total += server.weight;
    for (std::int64_t step = 0; step < total; ++step) {
        const std::int64_t position = (mPosition + step) % total;
        std::int64_t reached = 0;
        for (std::size_t i = 0; i < servers.size(); ++i) {
            reached += servers[i].weight;
            if (position < reached) {
                if (!eligible[i])
                    break;
                mPosition = (position + 1) % total;
                return {static_cast<int>(i), "slot " + std::to_string(position + 1) + " of " + std::to_string(total)};
            }
        }
    }
    return {-1, "no server available"};
}

Pick Picker::leastConnections(const std::vector<ServerSlot> &servers, const std::vector<bool> &eligible,
                              bool weighted)
{
    // nginx's least_conn compares active_i * weight_j with active_j * weight_i; ties: the lower index.
    int best = -1;
    std::vector<std::int64_t> active;
    for (std::size_t i = 0; i < servers.size(); ++i) {
        active.push_back(servers[i].active);
        if (!eligible[i])
            continue;
        if (best < 0) {
            best = static_cast<int>(i);
            continue;
        }
        const auto &b = servers[static_cast<std::size_t>(best)];
        const std::int64_t mine = weighted ? servers[i].active * b.weight : servers[i].active;
        const std::int64_t theirs = weighted ? b.active * servers[i].weight : b.active;
        if (mine < theirs)
            best = static_cast<int>(i);
    }
    return {best, "conns " + joined(active)};
}

} // namespace cs::balance
