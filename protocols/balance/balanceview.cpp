#include "balancenode.h"

// How each part shows itself: the caption under the node and the inspector's fields.
namespace cs::balance {

namespace {

// Short enough for the caption inside the balancer: "rr", "swrr", "hash"...
const char *shortName(Algorithm algorithm)
{
    switch (algorithm) {
    case Algorithm::RoundRobin: return "rr";
    case Algorithm::WeightedRoundRobin: return "wrr";
    case Algorithm::SmoothWeighted: return "swrr";
    case Algorithm::Random: return "random";
    case Algorithm::WeightedRandom: return "w-random";
    case Algorithm::LeastConnections: return "lc";
    case Algorithm::WeightedLeastConnections: return "wlc";
    case Algorithm::SourceHash: return "ip hash";
    case Algorithm::ConsistentHash: return "ring";
    }
    return "";
}

} // namespace

void Balancer::describe(NodeDescription &description, Algorithm algorithm) const
{
    description.role = "balancer";
    std::vector<std::int64_t> currents;
    for (const auto &slot : mSlots)
        currents.push_back(slot.current);
    description.subtitle = algorithm == Algorithm::SmoothWeighted ? "cw " + joined(currents) : shortName(algorithm);
    description.fields.push_back({"algorithm", algorithmName(algorithm), false});
    description.fields.push_back({"cw", joined(currents), false});
    for (std::size_t i = 0; i < mSlots.size(); ++i) {
        const auto &slot = mSlots[i];
        // Weight, effective weight, current weight, open connections, failures.
        std::string value = "w " + std::to_string(slot.weight) + ", ew " + std::to_string(slot.effective) + ", cw "
                            + std::to_string(slot.current) + ", conns " + std::to_string(slot.active) + ", fails "
                            + std::to_string(slot.fails);
        description.fields.push_back({std::string(1, serverLetter(static_cast<int>(i))), value, false});
    }
    description.fields.push_back({"in flight", std::to_string(mInflight.size()), false});
    description.fields.push_back({"answered", std::to_string(mAnswered), false});
    description.fields.push_back({"failed", std::to_string(mFailed), false});
}

void Server::describe(NodeDescription &description) const
{
    description.role = "server";
    description.term = static_cast<std::int64_t>(mBusy.size());
    const std::string load = std::to_string(mBusy.size()) + "/" + std::to_string(mCapacity);
    description.subtitle = std::string(1, serverLetter(mIndex)) + " " + load + " q" + std::to_string(mQueue.size());
    description.fields.push_back({"server", std::string(1, serverLetter(mIndex)), false});
    description.fields.push_back({"load", load, false});
    description.fields.push_back({"queue", std::to_string(mQueue.size()), false});
    // Whole milliseconds: the badge under the node stays short.
    description.fields.push_back(
        {"latency", mServed > 0 ? std::to_string((mLastLatency + 500) / 1000) + "ms" : "-", false});
    description.fields.push_back({"served", std::to_string(mServed), false});
    description.fields.push_back({"refused", std::to_string(mRefused), false});
    description.fields.push_back({"sessions", std::to_string(mSessions.size()), false});
    description.fields.push_back({"sessions lost", std::to_string(mLost), false});
}

void Client::describe(NodeDescription &description) const
{
    description.role = "client";
    description.subtitle = "ok " + std::to_string(mOk);
    description.fields.push_back({"sent", std::to_string(mSequence), false});
    description.fields.push_back({"waiting", std::to_string(mPending.size()), false});
    description.fields.push_back({"answered", std::to_string(mOk), false});
    description.fields.push_back({"failed", std::to_string(mFailed), false});
    description.fields.push_back({"timed out", std::to_string(mTimedOut), false});
}

} // namespace cs::balance
