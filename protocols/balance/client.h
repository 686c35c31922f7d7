#pragma once

#include <cstdint>
#include <map>

#include "balancemessages.h"
#include "protocol.h"
#include "simulation.h"

namespace cs::balance {

// A client with its own address (its node id): it sends requests to the balancer at `rate` per
// second, in bursts of up to `burst` at once, and gives up on a request after its own time-out.
class Client
{
public:
    void start(NodeContext &context);
    void onSendTimer(NodeContext &context);
    void onReply(NodeContext &context, const BalanceMessage &message);
    void onDeadline(NodeContext &context);
    void describe(NodeDescription &description) const;

    // What survives a crash: the request numbering, so no number is used twice.
    std::int64_t sequence() const { return mSequence; }
    void setSequence(std::int64_t sequence) { mSequence = sequence; }

private:
    void rearm(NodeContext &context);

    std::int64_t mSequence = 0;
    std::map<std::int64_t, std::int64_t> mPending;
    bool mHasSession = false;
    std::int64_t mOk = 0;
    std::int64_t mFailed = 0;
    std::int64_t mTimedOut = 0;
};

} // namespace cs::balance
