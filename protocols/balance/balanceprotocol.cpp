#include "balanceprotocol.h"

#include "balancechecker.h"
#include "balancenode.h"
#include "balancenotes.h"

namespace cs::balance {

BalanceProtocol::BalanceProtocol(Variant variant)
    : mVariant(variant)
{
    auto &d = mDescriptor;
    switch (variant) {
    case Variant::Correct:
        d.name = "load-balancer";
        d.title = "Load balancing";
        d.summary = "Clients send requests through a balancer to servers of different weights; the balancer picks "
                    "each server with the chosen algorithm (round robin, nginx's smooth weighted round robin, "
                    "least connections, hashing...) and takes a failing server out for a while.";
        break;
    case Variant::StartsAtWeights:
        d.name = "load-balancer-starts-at-weights";
        d.title = "Load balancing (current weights start at the weights)";
        d.summary = "nginx's smooth weighted round robin started from the weights instead of 0 (the seed's prose "
                    "starts from the weights but adds them after the pick, and names a third start, {3,4,5}): the "
                    "current weights never sum to 0 again.";
        break;
    case Variant::IgnoresDown:
        d.name = "load-balancer-ignores-down";
        d.title = "Load balancing (picks servers it took out)";
        d.summary = "A balancer that counts failures but keeps picking a server it has taken out.";
        break;
    case Variant::AnswersTwice:
        d.name = "load-balancer-answers-twice";
        d.title = "Load balancing (passes on late responses)";
        d.summary = "A balancer that also passes on a response arriving after it gave the request to another server.";
        break;
    }
    d.parameters = networkParameterSpecs();
    d.parameters[kParamNodes].defaultValue = 6;
    d.parameters[kParamNodes].minimum = 3;
    auto &specs = d.parameters;
    specs.push_back({"algorithm", "Algorithm", ParameterUnit::Choice, static_cast<int>(Algorithm::SmoothWeighted), 0, 8,
                     "How the balancer picks a server for each request.", true,
                     {"round-robin", "weighted-round-robin", "smooth-weighted", "random", "weighted-random",
                      "least-connections", "weighted-least-connections", "source-hash", "consistent-hash"}});
    specs.push_back({"servers", "Servers", ParameterUnit::Count, 3, 1, kMaxServers,
                     "How many nodes after the balancer are servers; the rest are clients.", false});
    const std::int64_t weights[kMaxServers] = {5, 1, 1, 1, 1};
    for (int i = 0; i < kMaxServers; ++i)
        specs.push_back({"weight" + std::to_string(i + 1), "Weight of server " + std::string(1, serverLetter(i)),
                         ParameterUnit::Count, weights[i], 1, 100,
                         "The server's weight; a lighter server also serves more slowly.", false});
    specs.push_back({"capacity", "Capacity", ParameterUnit::Count, 2, 1, 100,
                     "How many requests a server serves at once.", false});
    specs.push_back({"queue", "Queue length", ParameterUnit::Count, 10, 0, 1000,
                     "How many more requests a server queues before it refuses.", false});
    specs.push_back({"serviceTime", "Service time", ParameterUnit::Duration, 40 * kMillisecond, kMillisecond,
                     60 * kSecond, "How long the heaviest server takes for one request.", false});
    specs.push_back({"jitter", "Service time spread", ParameterUnit::Percent, 50, 0, 100,
                     "Each service time is drawn within this much of its mean.", false});
    specs.push_back({"rate", "Requests per second", ParameterUnit::Count, 10, 1, 1000,
                     "How many requests each client sends per second on average.", false});
    specs.push_back({"burst", "Burst", ParameterUnit::Count, 1, 1, 100,
                     "Each client sends up to this many requests at once (1: evenly spaced).", false});
    specs.push_back({"timeout", "Server time-out", ParameterUnit::Duration, 500 * kMillisecond, kMillisecond,
                     60 * kSecond, "How long the balancer waits for a server before it counts a failure.", false});
    specs.push_back({"tries", "Tries", ParameterUnit::Count, 2, 1, kMaxServers,
                     "How many different servers the balancer tries for one request.", false});
    specs.push_back({"maxFails", "Max fails", ParameterUnit::Count, 1, 1, 100,
                     "nginx's max_fails: failures that take a server out for the fail time-out.", false});
    specs.push_back({"failTimeout", "Fail time-out", ParameterUnit::Duration, 2 * kSecond, kMillisecond, 600 * kSecond,
                     "nginx's fail_timeout: how long a failed server rests before one trial request.", false});
    specs.push_back({"clientTimeout", "Client time-out", ParameterUnit::Duration, 3 * kSecond, kMillisecond,
                     600 * kSecond, "How long a client waits for an answer before it gives up.", false});
    specs.push_back({"sessions", "Sessions", ParameterUnit::Choice, 0, 0, 2,
                     "None, sticky sessions held in each server's memory, or a shared session store.", false,
                     {"none", "sticky", "store"}});
    specs.push_back({"storeTime", "Session store time", ParameterUnit::Duration, 5 * kMillisecond, 0, 10 * kSecond,
                     "What each request pays to read its session from the shared store.", false});
    specs.push_back({"virtualNodes", "Virtual nodes", ParameterUnit::Count, 100, 1, 1000,
                     "Points per server on the consistent-hash ring.", false});
    d.roles = {{"balancer", "#8e6bd6"}, {"server", "#2fa84f"}, {"client", "#5b8def"}};
    d.timers = {"send", "deadline", "service"};
    d.notes = {&kRequestNote, &kPickNote, &kServedNote, &kReplyNote, &kLateNote, &kFailNote,
               &kDownNote,    &kUpNote,   &kMovedNote,  &kAnswerNote, &kRoleNote};
    d.invariants = {"Answered At Most Once", "Current Weights Sum To Zero", "Picks Only Available Servers",
                    "No Request Lost"};
    d.meanings = {
        {.meaning = Meaning::RoleChange, .note = &kRoleNote},
        {.meaning = Meaning::Decision, .note = &kDownNote, .key = 0,
         .words = {"Run until a server is taken out", "Servers taken out", "servers taken out",
                   "No server was taken out"}},
    };
    d.view.leaderRole = "balancer";
    d.view.badgeFields = {"latency"};
    d.view.progressTimer = kServiceTimer;
    d.charts = {
        {.title = "Requests served per server", .kind = ChartSpec::Kind::Count, .noteKind = kServedNote.kind},
        {.title = "Latency percentiles", .kind = ChartSpec::Kind::Percentiles, .noteKind = kServedNote.kind,
         .field = "latency", .unit = "ms", .scale = 0.001},
    };
}

std::unique_ptr<ProtocolNode> BalanceProtocol::createNode(NodeId id, int) const
{
    return std::make_unique<BalanceNode>(id, mVariant);
}

std::unique_ptr<InvariantChecker> BalanceProtocol::createChecker(const ParameterValues &parameters) const
{
    BalanceLimits limits;
    limits.clusterSize = static_cast<int>(parameters[kParamNodes]);
    limits.servers = serverCount(parameters[kParamServers], limits.clusterSize);
    limits.maxFails = parameters[kParamMaxFails];
    limits.failTimeout = parameters[kParamFailTimeout];
    limits.clientTimeout = parameters[kParamClientTimeout];
    // Each try waits at most the server time-out plus the forward's and the response's way; the
    // request and the reply add one way each.
    const VirtualTime way = parameters[kParamLatencyMax];
    limits.answerBound = parameters[kParamTries] * (parameters[kParamTimeout] + 2 * way) + 2 * way;
    return std::make_unique<BalanceChecker>(limits);
}

} // namespace cs::balance
