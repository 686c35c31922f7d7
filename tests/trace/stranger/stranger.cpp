#include "stranger.h"

namespace cs::stranger {

int nodeCount(const nlohmann::json &trace)
{
    return trace.at("scenario").at("parameters").at("nodes").get<int>();
}

Findings checkTrace(const nlohmann::json &trace)
{
    const auto protocol = trace.at("scenario").at("protocol").get<std::string>();
    if (protocol.starts_with("raft"))
        return checkRaft(trace);
    if (protocol.starts_with("paxos"))
        return checkPaxos(trace);
    if (protocol == "multipaxos")
        return checkMultiPaxos(trace);
    if (protocol.starts_with("zab"))
        return checkZab(trace);
    if (protocol.starts_with("bully"))
        return checkBully(trace);
    if (protocol == "2pc" || protocol == "3pc")
        return checkCommit(trace, protocol == "3pc");
    if (protocol.starts_with("kv-quorum"))
        return checkQuorum(trace);
    if (protocol.starts_with("kv"))
        return checkKeyValue(trace);
    if (protocol.starts_with("mutex"))
        return checkMutex(trace);
    if (protocol.starts_with("load-balancer"))
        return checkBalancer(trace);
    if (protocol.starts_with("lock"))
        return checkLocks(trace);
    if (protocol.starts_with("failure-detector"))
        return checkFailureDetector(trace);
    return {{"Known Protocol", 0, "no outside checker for \"" + protocol + "\""}};
}

} // namespace cs::stranger
