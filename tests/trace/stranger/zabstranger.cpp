#include <map>
#include <set>
#include <sstream>
#include <stdexcept>

#include "stranger.h"

namespace cs::stranger {

namespace {

// The zxids of a `sync` note's history text: runs "epoch.first-last".
std::vector<std::int64_t> historyZxids(const std::string &text)
{
    std::vector<std::int64_t> zxids;
    std::istringstream runs(text);
    std::string run;
    while (runs >> run) {
        const auto dot = run.find('.');
        const auto dash = run.find('-');
        const std::int64_t epoch = std::stoll(run.substr(0, dot));
        const std::int64_t first = std::stoll(run.substr(dot + 1, dash - dot - 1));
        const std::int64_t last = dash == std::string::npos ? first : std::stoll(run.substr(dash + 1));
        for (std::int64_t counter = first; counter <= last; ++counter)
            zxids.push_back((epoch << 32) | counter);
    }
    return zxids;
}

std::string zxidText(std::int64_t zxid)
{
    return std::to_string(zxid >> 32) + "." + std::to_string(zxid & 0xffffffff);
}

} // namespace

// Checks the ZAB properties of "Paxos, Multi-Paxos and ZAB notes" in docs/trace-format.md. Each
// node's deliveries are counted from its last restart, since a restarted server delivers its
// history again from the start.
Findings checkZab(const nlohmann::json &trace)
{
    const int nodes = nodeCount(trace);
    const int voters = nodes - trace.at("scenario").at("parameters").at("observers").get<int>();
    std::map<std::int64_t, int> leaders;
    std::map<std::int64_t, std::string> proposed;
    std::vector<std::int64_t> order; // the one delivery order every node follows
    std::vector<std::vector<std::int64_t>> delivered(static_cast<std::size_t>(nodes) + 1);
    std::map<std::int64_t, std::set<int>> holders; // zxid -> voters that logged it
    // Each server's latest sync: the epoch and the history it adopted.
    std::vector<std::pair<std::int64_t, std::vector<std::int64_t>>> synced(static_cast<std::size_t>(nodes) + 1);
    Findings found;
    const auto &events = trace.at("events");
    for (std::size_t i = 0; i < events.size(); ++i) {
        const auto &e = events[i];
        const auto kind = e.at("kind").get<std::string>();
        if (kind == "crash")
            delivered[e.at("node").get<std::size_t>()].clear();
        if (kind != "note")
            continue;
        const int node = e.at("node").get<int>();
        auto &mine = delivered[static_cast<std::size_t>(node)];
        const auto note = e.at("note").get<std::string>();
        auto report = [&](const char *property, const std::string &detail) {
            found.push_back({property, i, "node " + std::to_string(node) + ": " + detail});
        };
        const bool voter = node <= voters;
        if (note == "sync") {
            std::vector<std::int64_t> history;
            try {
                history = historyZxids(e.at("history").get<std::string>());
            } catch (const std::logic_error &) {
                report("History Readable", "history " + e.at("history").dump() + " is not a list of zxid runs");
            }
            if (static_cast<std::int64_t>(history.size()) != e.at("historyLength").get<std::int64_t>())
                report("History Length", "history of " + std::to_string(history.size()) + " zxids, length " + e.at("historyLength").dump());
            for (const auto zxid : history) {
                if (voter)
                    holders[zxid].insert(node);
                if (!proposed.contains(zxid))
                    report("History Was Proposed", "holds " + zxidText(zxid) + ", which no leader proposed");
            }
            if (history.size() < mine.size() || !std::equal(mine.begin(), mine.end(), history.begin()))
                report("Sync Keeps Delivered", "history does not begin with the " + std::to_string(mine.size()) + " it delivered");
            synced[static_cast<std::size_t>(node)] = {e.at("epoch").get<std::int64_t>(), history};
        } else if (note == "established") {
            const auto epoch = e.at("epoch").get<std::int64_t>();
            const auto &[syncEpoch, history] = synced[static_cast<std::size_t>(node)];
            if (syncEpoch != epoch)
                report("Leader Synced", "established epoch " + std::to_string(epoch) + " after syncing to " + std::to_string(syncEpoch));
            else if (history.size() < order.size() || !std::equal(order.begin(), order.end(), history.begin()))
                report("Primary Integrity", "took over a history without the " + std::to_string(order.size()) + " transactions delivered");
            const auto [it, fresh] = leaders.emplace(epoch, node);
            if (!fresh && it->second != node)
                report("One Leader Per Epoch", "established epoch " + std::to_string(epoch) + " after node " + std::to_string(it->second));
        } else if (note == "propose") {
            const auto zxid = e.at("zxid").get<std::int64_t>();
            const auto [it, fresh] = proposed.emplace(zxid, e.at("value").get<std::string>());
            if (!fresh && it->second != e.at("value"))
                report("Delivered Was Proposed", zxidText(zxid) + " proposed with two values");
            if (voter)
                holders[zxid].insert(node);
        } else if (note == "ack" || note == "reack") {
            holders[e.at("zxid").get<std::int64_t>()].insert(node);
        } else if (note == "commit") {
            const auto zxid = e.at("zxid").get<std::int64_t>();
            const auto &by = holders[zxid];
            if (static_cast<int>(by.size()) * 2 <= voters)
                report("Commit By Quorum", "committed " + zxidText(zxid) + " logged by " + std::to_string(by.size()) + " of "
                                               + std::to_string(voters) + " voters");
        } else if (note == "deliver") {
            const auto zxid = e.at("zxid").get<std::int64_t>();
            const auto it = proposed.find(zxid);
            if (it == proposed.end() || it->second != e.at("value"))
                report("Delivered Was Proposed", "delivered " + zxidText(zxid) + " " + e.at("value").dump());
            if (!mine.empty() && zxid <= mine.back())
                report("Zxids Rise", "delivered " + zxidText(zxid) + " after " + zxidText(mine.back()));
            if (mine.size() < order.size() && order[mine.size()] != zxid)
                report("Delivered Prefix Agreement", "delivered " + zxidText(zxid) + " as transaction " + std::to_string(mine.size() + 1)
                                                         + " where others delivered " + zxidText(order[mine.size()]));
            else if (mine.size() == order.size())
                order.push_back(zxid);
            mine.push_back(zxid);
        }
    }
    return found;
}

} // namespace cs::stranger
