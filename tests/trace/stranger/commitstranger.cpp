#include <map>
#include <set>

#include "stranger.h"

namespace cs::stranger {

namespace {

// What the notes say of one transaction: its yes voters, the first decision or outcome any node
// wrote, and each participant's outcome.
struct Transaction
{
    std::set<int> yes;
    std::string decision;
    std::map<int, std::string> outcomes;
};

} // namespace

// Checks "Two- and three-phase commit notes" in docs/trace-format.md. Node 1 coordinates; nodes 2..N
// take part. A 3PC disagreement is reported too: it is the known limitation under partitions.
Findings checkCommit(const nlohmann::json &trace, bool threePhase)
{
    const int participants = nodeCount(trace) - 1;
    std::map<std::int64_t, Transaction> transactions;
    Findings found;
    const auto &events = trace.at("events");
    for (std::size_t i = 0; i < events.size(); ++i) {
        const auto &e = events[i];
        if (e.at("kind") != "note" || !e.contains("tx"))
            continue;
        const int node = e.at("node").get<int>();
        const auto note = e.at("note").get<std::string>();
        auto &tx = transactions[e.at("tx").get<std::int64_t>()];
        auto report = [&](const char *property, const std::string &detail) {
            found.push_back({property, i, "node " + std::to_string(node) + ", tx " + e.at("tx").dump() + ": " + detail});
        };
        if (note == "vote" && e.at("vote") == "yes")
            tx.yes.insert(node);
        if (note != "decide" && note != "outcome")
            continue;
        const auto decision = e.at("decision").get<std::string>();
        if (decision == "commit" && static_cast<int>(tx.yes.size()) < participants)
            report("Commit Needs Every Yes", "commit after " + std::to_string(tx.yes.size()) + " of " + std::to_string(participants) + " yes votes");
        if (!tx.decision.empty() && tx.decision != decision)
            report("Atomic Agreement", decision + " after " + tx.decision);
        if (note == "decide") {
            const auto yesVotes = e.at("yesVotes").get<int>();
            if (yesVotes > static_cast<int>(tx.yes.size()) || (node != 1 && yesVotes != 0))
                report("Yes Votes Counted", "yesVotes " + std::to_string(yesVotes) + " with " + std::to_string(tx.yes.size())
                                                + " yes votes written");
            if (e.at("participants").get<int>() != participants)
                report("Participants Counted", "participants " + e.at("participants").dump());
            if (e.at("reason").get<int>() == 0 && yesVotes == participants && decision != "commit")
                report("Commit When All Vote Yes", "aborted with every yes vote");
        } else {
            const auto [it, fresh] = tx.outcomes.emplace(node, decision);
            if (!fresh && it->second != decision)
                report("No Reversal", decision + " after " + it->second);
            if (!threePhase && tx.yes.contains(node) && tx.decision.empty())
                report("No Decision While Uncertain", "reached " + decision + " before any other node decided");
        }
        if (tx.decision.empty())
            tx.decision = decision;
    }
    return found;
}

} // namespace cs::stranger
