#include "operationsummary.h"

#include <algorithm>
#include <sstream>

namespace cs::cli {

namespace {

// The nearest-rank percentile of sorted values (p in percent).
VirtualTime percentile(const std::vector<VirtualTime> &sorted, int p)
{
    const auto rank = (sorted.size() * static_cast<std::size_t>(p) + 99) / 100;
    return sorted[std::max<std::size_t>(rank, 1) - 1];
}

} // namespace

void OperationTally::add(const nlohmann::ordered_json &event)
{
    const auto &kind = event["kind"].get_ref<const std::string &>();
    if (kind == "invoke") {
        mInvoked[event["op"].get<std::uint64_t>()] = event["t"].get<VirtualTime>();
        mClients.insert(event["client"].get<int>());
    } else if (kind == "complete") {
        const auto result = event["result"].get<std::string>();
        ++mResults[result];
        const auto it = mInvoked.find(event["op"].get<std::uint64_t>());
        if (result != "unknown" && it != mInvoked.end())
            mLatencies.push_back(event["t"].get<VirtualTime>() - it->second);
    }
}

std::string OperationTally::text() const
{
    if (mInvoked.empty())
        return {};
    auto results = mResults;
    std::uint64_t completed = 0;
    for (const auto &[result, count] : results)
        completed += count;
    std::ostringstream out;
    out << "clients:    " << mInvoked.size() << (mInvoked.size() == 1 ? " operation" : " operations") << " by "
        << mClients.size() << (mClients.size() == 1 ? " client" : " clients") << ": " << results["ok"] << " ok, "
        << results["fail"] << " fail, " << results["unknown"] << " unknown";
    if (completed < mInvoked.size())
        out << ", " << mInvoked.size() - completed << " still pending at the end";
    out << "\n";
    if (!mLatencies.empty()) {
        auto latencies = mLatencies;
        std::sort(latencies.begin(), latencies.end());
        out << "latency:    answered operations (ok or fail): median " << formatDuration(percentile(latencies, 50))
            << ", p99 " << formatDuration(percentile(latencies, 99)) << ", max " << formatDuration(latencies.back())
            << " (virtual time)\n";
    }
    return out.str();
}

} // namespace cs::cli
