#include <map>
#include <set>
#include <sstream>

#include "stranger.h"

namespace cs::stranger {

namespace {

// A version as the key-value notes stamp it: (counter, origin), ordered by counter, then origin.
using Stamp = std::pair<std::int64_t, std::int64_t>;

std::string keyOf(const std::string &text)
{
    return text.substr(0, text.find('='));
}

std::string stampText(const Stamp &stamp)
{
    return std::to_string(stamp.first) + "." + std::to_string(stamp.second);
}

// "x 1,3" -> the nodes after the key ("-" for none).
std::vector<int> nodesAfterKey(const std::string &text)
{
    std::vector<int> nodes;
    const auto space = text.find(' ');
    if (space == std::string::npos)
        return nodes;
    std::stringstream in(text.substr(space + 1));
    std::string part;
    while (std::getline(in, part, ','))
        if (part != "-")
            nodes.push_back(std::stoi(part));
    return nodes;
}

std::int64_t parameter(const nlohmann::json &trace, const char *name)
{
    return trace.at("scenario").at("parameters").at(name).get<std::int64_t>();
}

} // namespace

// Checks Acknowledged Write On Majority and Linearizable Reads as "Key-value store notes" in
// docs/trace-format.md describes them.
Findings checkKeyValue(const nlohmann::json &trace)
{
    const int size = nodeCount(trace);
    std::vector<std::map<std::string, Stamp>> replicas(static_cast<std::size_t>(size) + 1);
    std::map<std::int64_t, std::size_t> invokedAt;
    struct Ack
    {
        std::size_t event;
        Stamp stamp;
    };
    std::map<std::string, std::vector<Ack>> acks;
    Findings found;
    const auto &events = trace.at("events");
    for (std::size_t i = 0; i < events.size(); ++i) {
        const auto &e = events[i];
        const auto kind = e.at("kind").get<std::string>();
        if (kind == "invoke")
            invokedAt[e.at("op").get<std::int64_t>()] = i;
        if (kind != "note")
            continue;
        const auto note = e.at("note").get<std::string>();
        if (note != "value" && note != "ack" && note != "read")
            continue;
        const Stamp stamp{e.at("counter").get<std::int64_t>(), e.at("origin").get<std::int64_t>()};
        const int node = e.at("node").get<int>();
        if (note == "value") {
            replicas[static_cast<std::size_t>(node)][keyOf(e.at("value").get<std::string>())] = stamp;
        } else if (note == "ack") {
            const auto key = keyOf(e.at("write").get<std::string>());
            int holding = 0;
            for (const auto &replica : replicas) {
                const auto it = replica.find(key);
                holding += it != replica.end() && it->second >= stamp ? 1 : 0;
            }
            if (holding < size / 2 + 1)
                found.push_back({"Acknowledged Write On Majority", i,
                                 key + " " + stampText(stamp) + " acknowledged while " + std::to_string(holding)
                                     + " of " + std::to_string(size) + " replicas hold it"});
            acks[key].push_back({i, stamp});
        } else {
            const auto began = invokedAt.find(e.at("op").get<std::int64_t>());
            if (began == invokedAt.end())
                continue;
            const auto key = keyOf(e.at("read").get<std::string>());
            for (const auto &ack : acks[key]) {
                if (ack.event < began->second && stamp < ack.stamp) {
                    found.push_back({"Linearizable Reads", i,
                                     "read " + key + " " + stampText(stamp) + " after " + stampText(ack.stamp)
                                         + " was acknowledged at events[" + std::to_string(ack.event) + "]"});
                    break;
                }
            }
        }
    }
    return found;
}

// Checks Versions Never Go Back, Write Quorum and Read Quorum as "Quorum store notes" in
// docs/trace-format.md describes them, with W and R as the scenario and its `set` events make them.
Findings checkQuorum(const nlohmann::json &trace)
{
    const auto replicasPerKey = std::clamp<std::int64_t>(parameter(trace, "replicas"), 1, nodeCount(trace));
    auto writeQuorum = std::clamp<std::int64_t>(parameter(trace, "writeQuorum"), 1, replicasPerKey);
    auto readQuorum = std::clamp<std::int64_t>(parameter(trace, "readQuorum"), 1, replicasPerKey);
    // (node, key) -> the newest version it holds, and the newest it holds as a hint for another.
    std::map<std::pair<int, std::string>, Stamp> newest, hinted;
    Findings found;
    const auto &events = trace.at("events");
    for (std::size_t i = 0; i < events.size(); ++i) {
        const auto &e = events[i];
        const auto kind = e.at("kind").get<std::string>();
        if (kind == "set") {
            const auto name = e.at("parameter").get<std::string>();
            if (name == "writeQuorum")
                writeQuorum = std::clamp<std::int64_t>(e.at("value").get<std::int64_t>(), 1, replicasPerKey);
            else if (name == "readQuorum")
                readQuorum = std::clamp<std::int64_t>(e.at("value").get<std::int64_t>(), 1, replicasPerKey);
        }
        if (kind != "note")
            continue;
        const auto note = e.at("note").get<std::string>();
        const int node = e.at("node").get<int>();
        if (note == "version") {
            const auto text = e.at("versions").get<std::string>();
            const std::pair<int, std::string> replica{node, text.substr(0, text.find(' '))};
            const Stamp stamp{e.at("stamp").get<std::int64_t>(), e.at("writer").get<std::int64_t>()};
            if (stamp < newest[replica])
                found.push_back({"Versions Never Go Back", i,
                                 "node " + std::to_string(node) + " went back from " + stampText(newest[replica])
                                     + " to " + stampText(stamp) + " of " + replica.second});
            newest[replica] = stamp;
        } else if (note == "hint") {
            auto &held = hinted[{node, e.at("key").get<std::string>()}];
            held = std::max(held, Stamp{e.at("stamp").get<std::int64_t>(), e.at("writer").get<std::int64_t>()});
        } else if (note == "written" || note == "read") {
            const auto text = e.at("replicas").get<std::string>();
            const auto key = text.substr(0, text.find(' '));
            const auto nodes = nodesAfterKey(text);
            const std::set<int> distinct(nodes.begin(), nodes.end());
            const auto needed = note == "written" ? writeQuorum : readQuorum;
            if (static_cast<std::int64_t>(distinct.size()) < needed || distinct.size() != nodes.size()) {
                found.push_back({note == "written" ? "Write Quorum" : "Read Quorum", i,
                                 text + ": " + std::to_string(distinct.size()) + " distinct, "
                                     + (note == "written" ? "W" : "R") + " is " + std::to_string(needed)});
                continue;
            }
            if (note == "read")
                continue;
            const Stamp stamp{e.at("stamp").get<std::int64_t>(), e.at("writer").get<std::int64_t>()};
            for (const int acker : nodes) {
                if (newest[{acker, key}] < stamp && hinted[{acker, key}] < stamp)
                    found.push_back({"Write Quorum", i,
                                     text + ": node " + std::to_string(acker) + " holds neither " + stampText(stamp)
                                         + " nor a hint of it"});
            }
        }
    }
    return found;
}

} // namespace cs::stranger
