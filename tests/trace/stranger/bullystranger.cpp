#include <set>

#include "stranger.h"

namespace cs::stranger {

namespace {

// One Bully node since its last restart: its current election round and the rounds a higher node
// answered after that round's election began. Rounds count from 1 again after a restart.
struct BullyShadow
{
    std::int64_t round = 0;
    std::set<std::int64_t> answered;
};

} // namespace

// Checks Victory Only Unanswered as "Bully notes" in docs/trace-format.md describes it.
Findings checkBully(const nlohmann::json &trace)
{
    std::vector<BullyShadow> shadow(static_cast<std::size_t>(nodeCount(trace)) + 1);
    Findings found;
    const auto &events = trace.at("events");
    for (std::size_t i = 0; i < events.size(); ++i) {
        const auto &e = events[i];
        const auto kind = e.at("kind").get<std::string>();
        if (kind == "restart")
            shadow[e.at("node").get<std::size_t>()] = {};
        if (kind != "note")
            continue;
        const int node = e.at("node").get<int>();
        auto &s = shadow[static_cast<std::size_t>(node)];
        const auto note = e.at("note").get<std::string>();
        auto report = [&](const char *property, const std::string &detail) {
            found.push_back({property, i, "node " + std::to_string(node) + ": " + detail});
        };
        if (note == "election") {
            const auto round = e.at("round").get<std::int64_t>();
            if (round != s.round + 1)
                report("Rounds Count Elections", "election " + std::to_string(round) + " after " + std::to_string(s.round));
            s.round = round;
        } else if (note == "answer") {
            const auto round = e.at("round").get<std::int64_t>();
            if (e.at("from").get<int>() <= node)
                report("Answers Come From Above", "answered by node " + e.at("from").dump());
            else if (round == s.round)
                s.answered.insert(round);
        } else if (note == "victory") {
            const auto round = e.at("round").get<std::int64_t>();
            if (round != s.round)
                report("Victory Ends An Election", "victory in round " + std::to_string(round) + " during " + std::to_string(s.round));
            if (s.answered.contains(round))
                report("Victory Only Unanswered", "declared victory in round " + std::to_string(round)
                                                      + " after a higher node answered that election");
        }
    }
    return found;
}

} // namespace cs::stranger
