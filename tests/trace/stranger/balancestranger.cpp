#include <map>
#include <set>
#include <sstream>

#include "stranger.h"

namespace cs::stranger {

namespace {

// The current weights after a smooth weighted round robin's pick: the numbers after "-> " in a
// pick's `why` ("cw 5,1,1 -> -2,1,1"); none for the other algorithms.
std::vector<std::int64_t> weightsAfterPick(const std::string &why)
{
    std::vector<std::int64_t> weights;
    const auto arrow = why.find("-> ");
    if (why.rfind("cw ", 0) != 0 || arrow == std::string::npos)
        return weights;
    std::stringstream in(why.substr(arrow + 3, why.find(' ', arrow + 3) - arrow - 3));
    std::string part;
    while (std::getline(in, part, ','))
        weights.push_back(std::stoll(part));
    return weights;
}

} // namespace

// Checks Answered At Most Once, Current Weights Sum To Zero and Picks Only Available Servers as
// "Load balancer notes" in docs/trace-format.md describes them.
Findings checkBalancer(const nlohmann::json &trace)
{
    const auto failTimeout = trace.at("scenario").at("parameters").at("failTimeout").get<std::int64_t>();
    std::set<std::int64_t> answered;
    // Per server: taken out by a `down` note, and when the balancer last counted a failure or tried it.
    struct Server
    {
        bool down = false;
        std::int64_t checked = 0;
    };
    std::map<std::int64_t, Server> servers;
    Findings found;
    const auto &events = trace.at("events");
    for (std::size_t i = 0; i < events.size(); ++i) {
        const auto &e = events[i];
        const auto kind = e.at("kind").get<std::string>();
        if (kind == "crash" && e.at("node") == 1) {
            answered.clear();
            servers.clear();
        }
        if (kind != "note")
            continue;
        const auto note = e.at("note").get<std::string>();
        const auto t = e.at("t").get<std::int64_t>();
        if (note == "reply") {
            const auto request = e.at("request").get<std::int64_t>();
            if (!answered.insert(request).second)
                found.push_back({"Answered At Most Once", i, "request " + std::to_string(request) + " answered again"});
        } else if (note == "fail") {
            servers[e.at("server").get<std::int64_t>()].checked = t;
        } else if (note == "down" || note == "up") {
            servers[e.at("server").get<std::int64_t>()].down = note == "down";
        } else if (note == "pick") {
            const auto weights = weightsAfterPick(e.at("why").get<std::string>());
            std::int64_t sum = 0;
            for (const auto weight : weights)
                sum += weight;
            if (sum != 0)
                found.push_back({"Current Weights Sum To Zero", i,
                                 e.at("why").get<std::string>() + ": the weights sum to " + std::to_string(sum)});
            auto &server = servers[e.at("server").get<std::int64_t>()];
            if (server.down && t - server.checked <= failTimeout)
                found.push_back({"Picks Only Available Servers", i,
                                 "server " + e.at("server").dump() + " picked while resting since t="
                                     + std::to_string(server.checked)});
            if (t - server.checked > failTimeout)
                server.checked = t;
        }
    }
    return found;
}

} // namespace cs::stranger
