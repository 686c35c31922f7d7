#include <map>
#include <set>

#include "stranger.h"

namespace cs::stranger {

namespace {

// A proposal's place: (slot, ballot); single-decree Paxos uses slot 0.
using Key = std::pair<std::int64_t, std::int64_t>;

std::string ballotText(std::int64_t ballot)
{
    return "#" + std::to_string(ballot / 1000) + "." + std::to_string(ballot % 1000);
}

// Checks the Paxos properties of "Paxos, Multi-Paxos and ZAB notes" in docs/trace-format.md.
// Single-decree Paxos names each node's roles in its `role` notes; in Multi-Paxos every node
// proposes and accepts, and notes carry a slot.
Findings checkBallots(const nlohmann::json &trace, bool perSlot)
{
    const int nodes = nodeCount(trace);
    std::vector<int> proposes(static_cast<std::size_t>(nodes) + 1, perSlot ? 1 : -1);
    std::vector<int> accepts(static_cast<std::size_t>(nodes) + 1, perSlot ? 1 : -1);
    std::vector<std::int64_t> promised(static_cast<std::size_t>(nodes) + 1, 0);
    std::map<Key, std::string> proposed, ballotValue;
    std::map<Key, std::set<int>> acceptedBy;
    std::map<std::int64_t, std::pair<std::int64_t, std::string>> chosen; // slot -> (ballot, value)
    Findings found;
    const auto &events = trace.at("events");
    for (std::size_t i = 0; i < events.size(); ++i) {
        const auto &e = events[i];
        if (e.at("kind") != "note")
            continue;
        const int node = e.at("node").get<int>();
        const auto n = static_cast<std::size_t>(node);
        const auto note = e.at("note").get<std::string>();
        auto report = [&](const char *property, const std::string &detail) {
            found.push_back({property, i, "node " + std::to_string(node) + ": " + detail});
        };
        if (note == "role" && !perSlot) {
            proposes[n] = e.at("proposer").get<int>();
            accepts[n] = e.at("acceptor").get<int>();
            continue;
        }
        if (note == "role")
            continue;
        if (proposes[n] < 0) {
            report("Roles Known", "wrote \"" + note + "\" before any role note");
            continue;
        }
        int acceptors = 0;
        for (std::size_t k = 1; k < accepts.size(); ++k)
            acceptors += accepts[k] == 1 ? 1 : 0;
        const std::int64_t slot = perSlot && note != "promise" ? e.at("slot").get<std::int64_t>() : 0;
        const std::int64_t ballot = note != "learn" ? e.at("ballot").get<std::int64_t>() : 0;
        const std::string value = note != "promise" ? e.at("value").get<std::string>() : "";
        const Key key{slot, ballot};
        const bool acceptorNote = note == "promise" || note == "accept";
        if (acceptorNote && accepts[n] != 1)
            report("Only Acceptors Accept", "is no acceptor but wrote \"" + note + "\"");
        if ((note == "propose" || note == "chosen") && proposes[n] != 1)
            report("Only Proposers Propose", "is no proposer but wrote \"" + note + "\"");
        const auto settled = chosen.find(slot);
        if ((note == "propose" || note == "accept") && settled != chosen.end() && ballot > settled->second.first
            && value != settled->second.second)
            report("Higher Ballots Carry The Chosen Value", note + " " + ballotText(ballot) + " carries \"" + value
                                                                + "\" but \"" + settled->second.second + "\" was chosen");
        if (note == "promise") {
            if (perSlot && e.at("firstSlot").get<std::int64_t>() < 1)
                report("Promise From A Slot", "promised from slot " + e.at("firstSlot").dump());
            if (ballot < promised[n])
                report("Promise Never Decreases", "promised " + ballotText(ballot) + " after " + ballotText(promised[n]));
            promised[n] = std::max(promised[n], ballot);
        } else if (note == "propose") {
            const auto [it, fresh] = proposed.emplace(key, value);
            if (!fresh && it->second != value)
                report("One Value Per Ballot", "proposed \"" + value + "\" and \"" + it->second + "\" at " + ballotText(ballot));
        } else if (note == "accept") {
            if (ballot < promised[n])
                report("Never Accept Below Promise", "accepted " + ballotText(ballot) + " after promising " + ballotText(promised[n]));
            promised[n] = std::max(promised[n], ballot);
            const auto it = proposed.find(key);
            if (it == proposed.end() || it->second != value)
                report("Accepted Value Was Proposed", "accepted \"" + value + "\" at " + ballotText(ballot) + " slot " + std::to_string(slot));
            const auto [known, fresh] = ballotValue.emplace(key, value);
            if (!fresh && known->second != value)
                report("One Value Per Ballot", ballotText(ballot) + " accepted as \"" + known->second + "\" and \"" + value + "\"");
            auto &by = acceptedBy[key];
            by.insert(node);
            if (static_cast<int>(by.size()) * 2 > acceptors) {
                if (settled == chosen.end())
                    chosen[slot] = {ballot, value};
                else if (settled->second.second != value)
                    report("At Most One Chosen", "slot " + std::to_string(slot) + ": \"" + value + "\" chosen after \""
                                                     + settled->second.second + "\"");
                else if (ballot < settled->second.first)
                    settled->second.first = ballot;
            }
        } else if (note == "chosen") {
            const auto by = acceptedBy.find(key);
            if (by == acceptedBy.end() || static_cast<int>(by->second.size()) * 2 <= acceptors || ballotValue[key] != value)
                report("Chosen By A Majority", "saw \"" + value + "\" chosen at " + ballotText(ballot)
                                                   + " without a majority of " + std::to_string(acceptors) + " acceptors");
        } else if (note == "learn") {
            if (settled == chosen.end() || settled->second.second != value)
                report("Learners Learn Only Chosen", "learned \"" + value + "\" for slot " + std::to_string(slot));
        }
    }
    return found;
}

} // namespace

Findings checkPaxos(const nlohmann::json &trace)
{
    return checkBallots(trace, false);
}

Findings checkMultiPaxos(const nlohmann::json &trace)
{
    return checkBallots(trace, true);
}

} // namespace cs::stranger
