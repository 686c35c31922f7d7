#include <algorithm>
#include <map>
#include <utility>

#include "stranger.h"

namespace cs::stranger {

namespace {

using Entry = std::pair<std::int64_t, std::string>; // (term, command)

// What the trace says of one Raft node: term, role, log, commit and applied indices.
struct RaftShadow
{
    std::int64_t term = 0;
    std::string role = "follower";
    std::vector<Entry> log;
    std::size_t commit = 0;
    std::size_t applied = 0;
};

std::string text(const Entry &entry)
{
    return "(t" + std::to_string(entry.first) + " \"" + entry.second + "\")";
}

} // namespace

// Follows "Checking Raft from the events alone" in docs/trace-format.md.
Findings checkRaft(const nlohmann::json &trace)
{
    const int nodes = nodeCount(trace);
    std::vector<RaftShadow> shadow(static_cast<std::size_t>(nodes) + 1);
    std::map<std::int64_t, int> leaders;
    std::vector<Entry> committed;
    // The term of the node that first committed each entry of the committed prefix.
    std::vector<std::int64_t> committedInTerm;
    std::map<std::pair<std::size_t, std::int64_t>, std::pair<std::string, std::int64_t>> seen;
    Findings found;
    const auto &events = trace.at("events");
    for (std::size_t i = 0; i < events.size(); ++i) {
        const auto &e = events[i];
        const auto kind = e.at("kind").get<std::string>();
        if (kind == "crash") {
            auto &s = shadow[e.at("node").get<std::size_t>()];
            s.role = "down";
            s.commit = s.applied = 0;
            continue;
        }
        if (kind != "note")
            continue;
        const int node = e.at("node").get<int>();
        auto &s = shadow[static_cast<std::size_t>(node)];
        const auto note = e.at("note").get<std::string>();
        auto report = [&](const char *property, const std::string &detail) {
            found.push_back({property, i, "node " + std::to_string(node) + ": " + detail});
        };
        if (note == "role") {
            const auto term = e.at("term").get<std::int64_t>();
            if (term < s.term)
                report("Monotonic Term", "term " + std::to_string(term) + " after " + std::to_string(s.term));
            s.term = term;
            s.role = e.at("role").get<std::string>();
            if (s.role != "leader")
                continue;
            const auto [it, fresh] = leaders.emplace(term, node);
            if (!fresh && it->second != node)
                report("Election Safety", "leads term " + std::to_string(term) + " after node " + std::to_string(it->second));
            // What terms before this one committed; a node paused through its election can win an
            // old term after later terms committed more.
            const auto owed = static_cast<std::size_t>(
                std::find_if(committedInTerm.begin(), committedInTerm.end(), [&](auto in) { return in >= term; })
                - committedInTerm.begin());
            if (s.log.size() < owed || !std::equal(committed.begin(), committed.begin() + static_cast<std::ptrdiff_t>(owed), s.log.begin()))
                report("Leader Completeness", "leads without the committed prefix of " + std::to_string(owed));
        } else if (note == "append") {
            const auto index = e.at("index").get<std::size_t>();
            const Entry entry{e.at("term").get<std::int64_t>(), e.at("command").get<std::string>()};
            if (index != s.log.size() + 1)
                report("Log Continuity", "appended at " + std::to_string(index) + " to a log of " + std::to_string(s.log.size()));
            const std::int64_t previousTerm = s.log.empty() ? 0 : s.log.back().first;
            const auto [it, fresh] = seen.emplace(std::pair{index, entry.first}, std::pair{entry.second, previousTerm});
            if (!fresh && it->second != std::pair{entry.second, previousTerm})
                report("Log Matching", "entry " + std::to_string(index) + " " + text(entry) + " differs from an earlier one");
            s.log.push_back(entry);
        } else if (note == "truncate") {
            const auto from = e.at("from").get<std::size_t>();
            if (s.role == "leader")
                report("Leader Append-Only", "a leader truncated its log from " + std::to_string(from));
            if (from <= s.commit)
                report("State Machine Safety", "truncated committed entries from " + std::to_string(from));
            s.log.resize(std::min(s.log.size(), from - 1));
        } else if (note == "commit") {
            const auto index = e.at("index").get<std::size_t>();
            if (index < s.commit)
                report("Monotonic Commit", "commit index fell to " + std::to_string(index));
            if (index > s.log.size()) {
                report("Commit Within Log", "committed " + std::to_string(index) + " beyond its log");
                continue;
            }
            for (std::size_t k = s.commit; k < index; ++k) {
                if (k < committed.size() && committed[k] != s.log[k])
                    report("State Machine Safety", "committed " + std::to_string(k + 1) + " " + text(s.log[k])
                                                       + " where " + text(committed[k]) + " was committed");
                else if (k == committed.size()) {
                    committed.push_back(s.log[k]);
                    committedInTerm.push_back(s.term);
                }
            }
            if (s.role == "leader" && index > s.commit) {
                const auto term = s.log[index - 1].first;
                if (term != s.term)
                    report("Leader Commits Own Term", "leader of term " + std::to_string(s.term) + " committed "
                                                          + std::to_string(index) + " of term " + std::to_string(term));
                int holders = 0;
                for (const auto &other : shadow)
                    holders += other.log.size() >= index && other.log[index - 1].first == term ? 1 : 0;
                if (holders * 2 <= nodes)
                    report("Commit By Majority", "committed " + std::to_string(index) + " held by " + std::to_string(holders)
                                                     + " of " + std::to_string(nodes));
            }
            s.commit = std::max(s.commit, index);
        } else if (note == "apply") {
            const auto index = e.at("index").get<std::size_t>();
            const Entry entry{e.at("term").get<std::int64_t>(), e.at("command").get<std::string>()};
            if (index != s.applied + 1 || index > s.commit)
                report("Apply In Order", "applied " + std::to_string(index) + " after " + std::to_string(s.applied)
                                             + " with commit " + std::to_string(s.commit));
            if (index > committed.size() || committed[index - 1] != entry)
                report("State Machine Safety", "applied " + std::to_string(index) + " " + text(entry) + " not committed there");
            s.applied = index;
        }
    }
    return found;
}

} // namespace cs::stranger
