#include "operationsummary.h"

#include <algorithm>
#include <map>
#include <set>
#include <sstream>
#include <vector>

#include "virtualtime.h"

namespace cs::cli {

namespace {

// The nearest-rank percentile of sorted values (p in percent).
VirtualTime percentile(const std::vector<VirtualTime> &sorted, int p)
{
    const auto rank = (sorted.size() * static_cast<std::size_t>(p) + 99) / 100;
    return sorted[std::max<std::size_t>(rank, 1) - 1];
}

} // namespace

std::string operationSummary(const nlohmann::ordered_json &events)
{
    std::map<std::uint64_t, VirtualTime> invoked;
    std::set<int> clients;
    std::map<std::string, std::uint64_t> results;
    std::vector<VirtualTime> latencies;
    for (const auto &event : events) {
        const auto &kind = event["kind"].get_ref<const std::string &>();
        if (kind == "invoke") {
            invoked[event["op"].get<std::uint64_t>()] = event["t"].get<VirtualTime>();
            clients.insert(event["client"].get<int>());
        } else if (kind == "complete") {
            const auto result = event["result"].get<std::string>();
            ++results[result];
            const auto it = invoked.find(event["op"].get<std::uint64_t>());
            if (result != "unknown" && it != invoked.end())
                latencies.push_back(event["t"].get<VirtualTime>() - it->second);
        }
    }
    if (invoked.empty())
        return {};
    std::uint64_t completed = 0;
    for (const auto &[result, count] : results)
        completed += count;
    std::ostringstream out;
    out << "clients:    " << invoked.size() << (invoked.size() == 1 ? " operation" : " operations") << " by "
        << clients.size() << (clients.size() == 1 ? " client" : " clients") << ": " << results["ok"] << " ok, "
        << results["fail"] << " fail, " << results["unknown"] << " unknown";
    if (completed < invoked.size())
        out << ", " << invoked.size() - completed << " still pending at the end";
    out << "\n";
    if (!latencies.empty()) {
        std::sort(latencies.begin(), latencies.end());
        out << "latency:    answered operations (ok or fail): median " << formatDuration(percentile(latencies, 50))
            << ", p99 " << formatDuration(percentile(latencies, 99)) << ", max " << formatDuration(latencies.back())
            << " (virtual time)\n";
    }
    return out.str();
}

} // namespace cs::cli
