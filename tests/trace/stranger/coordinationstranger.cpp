#include <map>
#include <set>

#include "stranger.h"

namespace cs::stranger {

// Checks Mutual Exclusion and, for the token ring, Single Token as "Mutual exclusion notes" in
// docs/trace-format.md describes them.
Findings checkMutex(const nlohmann::json &trace)
{
    std::set<int> inside;
    std::int64_t generation = 0;
    std::int64_t lastHop = -1;
    Findings found;
    const auto &events = trace.at("events");
    for (std::size_t i = 0; i < events.size(); ++i) {
        const auto &e = events[i];
        const auto kind = e.at("kind").get<std::string>();
        if (kind == "crash")
            inside.erase(e.at("node").get<int>());
        if (kind != "note")
            continue;
        const int node = e.at("node").get<int>();
        const auto note = e.at("note").get<std::string>();
        if (note == "enter") {
            for (const int other : inside)
                if (other != node)
                    found.push_back({"Mutual Exclusion", i,
                                     "node " + std::to_string(node) + " entered while node " + std::to_string(other)
                                         + " was inside"});
            inside.insert(node);
        } else if (note == "exit") {
            inside.erase(node);
        } else if (note == "regenerate") {
            generation = std::max(generation, e.at("generation").get<std::int64_t>());
            lastHop = -1;
        } else if (note == "token") {
            const auto taken = e.at("generation").get<std::int64_t>();
            const auto hop = e.at("hop").get<std::int64_t>();
            const auto who = "node " + std::to_string(node) + " took token " + std::to_string(taken) + " hop "
                             + std::to_string(hop);
            if (taken != generation)
                found.push_back({"Single Token", i, who + " while the newest made is " + std::to_string(generation)});
            else if (hop <= lastHop)
                found.push_back({"Single Token", i, who + " after hop " + std::to_string(lastHop)});
            else
                lastHop = hop;
        }
    }
    return found;
}

// Checks Fenced Writes and (except for the cache) Readers And Writers Exclude as "Lock notes" in
// docs/trace-format.md describes them.
Findings checkLocks(const nlohmann::json &trace)
{
    const bool cache = trace.at("scenario").at("protocol").get<std::string>().starts_with("lock-cache");
    // A process that believes it holds the lock: shared or not, and whether the service has ended
    // its claim (an expiry) without it knowing.
    struct Holding
    {
        bool read = false;
        bool disowned = false;
    };
    std::map<int, Holding> holders;
    std::map<int, std::int64_t> granted;
    std::int64_t highestWritten = 0;
    Findings found;
    const auto &events = trace.at("events");
    for (std::size_t i = 0; i < events.size(); ++i) {
        const auto &e = events[i];
        const auto kind = e.at("kind").get<std::string>();
        if (kind == "crash")
            holders.erase(e.at("node").get<int>());
        if (kind != "note")
            continue;
        const int node = e.at("node").get<int>();
        const auto note = e.at("note").get<std::string>();
        if (note == "role") {
            const auto role = e.at("role").get<std::string>();
            if (role == "releasing" || role == "idle")
                holders.erase(node);
        } else if (note == "acquire") {
            const bool read = e.at("read").get<int>() != 0;
            for (const auto &[other, held] : holders) {
                if (cache || other == node || held.disowned || (read && held.read))
                    continue;
                found.push_back({"Readers And Writers Exclude", i,
                                 "node " + std::to_string(node) + (read ? " read-locked" : " write-locked")
                                     + " while node " + std::to_string(other) + " held a "
                                     + (held.read ? "read" : "write") + " lock"});
            }
            holders[node] = {read, false};
        } else if (note == "release") {
            holders.erase(node);
        } else if (note == "grant") {
            granted[e.at("client").get<int>()] = e.at("token").get<std::int64_t>();
        } else if (note == "expire") {
            if (auto held = holders.find(e.at("client").get<int>()); held != holders.end())
                held->second.disowned = true;
        } else if (note == "write" && e.at("accepted").get<int>() != 0) {
            const int writer = e.at("client").get<int>();
            auto token = e.at("token").get<std::int64_t>();
            if (token == 0)
                token = granted.contains(writer) ? granted[writer] : 0;
            if (token < highestWritten)
                found.push_back({"Fenced Writes", i,
                                 "storage took token " + std::to_string(token) + " from node " + std::to_string(writer)
                                     + " after token " + std::to_string(highestWritten)});
            highestWritten = std::max(highestWritten, token);
        }
    }
    return found;
}

// Checks Crash Eventually Suspected as "Failure detector notes" in docs/trace-format.md describes
// it: every monitor up at the end suspects every peer down at the end, when both have kept that
// state for at least `bound` and no pause fell inside it.
Findings checkFailureDetector(const nlohmann::json &trace, std::int64_t bound)
{
    const int size = nodeCount(trace);
    std::vector<bool> up(static_cast<std::size_t>(size) + 1, true);
    std::vector<std::int64_t> since(up.size(), 0);
    // suspects[monitor][peer]: the monitor's latest word on the peer.
    std::vector<std::vector<bool>> suspects(up.size(), std::vector<bool>(up.size(), false));
    std::int64_t lastPause = 0;
    const auto &events = trace.at("events");
    const auto end = trace.at("final").at("time").get<std::int64_t>();
    for (std::size_t i = 0; i < events.size(); ++i) {
        const auto &e = events[i];
        const auto kind = e.at("kind").get<std::string>();
        const auto t = e.at("t").get<std::int64_t>();
        if (kind == "crash" || kind == "restart") {
            const auto node = e.at("node").get<std::size_t>();
            up[node] = kind == "restart";
            since[node] = t;
            suspects[node].assign(up.size(), false);
        } else if (kind == "pause") {
            lastPause = std::max(lastPause, t + e.at("for").get<std::int64_t>());
        } else if (kind == "note") {
            const auto note = e.at("note").get<std::string>();
            if (note == "suspect" || note == "trust")
                suspects[e.at("node").get<std::size_t>()][e.at("peer").get<std::size_t>()] = note == "suspect";
        }
    }
    Findings found;
    for (int monitor = 1; monitor <= size; ++monitor) {
        for (int peer = 1; peer <= size; ++peer) {
            const auto m = static_cast<std::size_t>(monitor), p = static_cast<std::size_t>(peer);
            const auto from = std::max({since[m], since[p], lastPause});
            if (up[m] && !up[p] && !suspects[m][p] && end - from >= bound)
                found.push_back({"Crash Eventually Suspected", events.size(),
                                 "node " + std::to_string(monitor) + " still trusts node " + std::to_string(peer)
                                     + ", down since t=" + std::to_string(since[p])});
        }
    }
    return found;
}

} // namespace cs::stranger
