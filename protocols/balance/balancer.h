#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <vector>

#include "balancemessages.h"
#include "picker.h"
#include "protocol.h"
#include "simulation.h"

namespace cs::balance {

// How a balancer is deliberately wrong, for the tests that prove the checker can fail.
enum class Variant {
    Correct,
    // The seed's prose: current weights start at the weights instead of 0.
    StartsAtWeights,
    // Picks servers it has taken out after max_fails failures.
    IgnoresDown,
    // Passes on a response that arrives after it moved to another server.
    AnswersTwice,
};

// Node 1: takes each client request, picks a server with the chosen algorithm, forwards it, and
// answers the client; a time-out or a refusal counts as a failure of the server (nginx's max_fails
// and fail_timeout, the effective weight dropping by weight/max_fails) and the request moves to a
// server it has not tried, up to `tries` servers.
class Balancer
{
public:
    void start(NodeContext &context, int servers, Variant variant);
    void onMessage(NodeContext &context, NodeId from, const BalanceMessage &message);
    void onDeadline(NodeContext &context);
    void describe(NodeDescription &description, Algorithm algorithm) const;


private:
    // One request on its way: who asked, the server now serving it and those already tried.
    struct Attempt
    {
        NodeId client = 0;
        std::int64_t sentAt = 0;
        bool hasSession = false;
        int server = -1;
        int attempt = 0;
        std::uint32_t tried = 0;
        VirtualTime deadline = 0;
    };

    std::vector<bool> available(const NodeContext &context, std::uint32_t tried) const;
    void dispatch(NodeContext &context, std::int64_t request, Attempt attempt);
    void fail(NodeContext &context, std::int64_t request, const char *cause);
    void succeed(NodeContext &context, int server);
    void answer(NodeContext &context, std::int64_t request, NodeId client, bool ok, int server);
    void noteMoved(NodeContext &context, int server);
    void rearm(NodeContext &context);

    Variant mVariant = Variant::Correct;
    std::vector<ServerSlot> mSlots;
    Picker mPicker;
    std::map<std::int64_t, Attempt> mInflight;
    std::set<std::int64_t> mSeen;
    std::int64_t mAnswered = 0;
    std::int64_t mFailed = 0;
};

} // namespace cs::balance
