#include "client.h"

namespace cs {

std::string_view operationKindName(OperationKind kind)
{
    switch (kind) {
    case OperationKind::Command: return "command";
    case OperationKind::Write: return "write";
    case OperationKind::Read: return "read";
    case OperationKind::Cas: return "cas";
    }
    return "unknown";
}

std::string_view operationResultName(OperationResult result)
{
    switch (result) {
    case OperationResult::Ok: return "ok";
    case OperationResult::Fail: return "fail";
    case OperationResult::Unknown: return "unknown";
    }
    return "unknown";
}

std::string clientName(ClientId client)
{
    if (client >= 1 && client <= kMaxClients)
        return std::string(1, static_cast<char>('A' + client - 1));
    return "client " + std::to_string(client);
}

namespace {

constexpr std::string_view kSessionConsistencies[] = {
    "strong", "read-your-writes", "monotonic-reads", "monotonic-writes", "writes-follow-reads",
    "consistent-prefix", "bounded-staleness", "eventual",
};

} // namespace

const std::vector<std::string_view> &sessionConsistencies()
{
    static const std::vector<std::string_view> names(std::begin(kSessionConsistencies), std::end(kSessionConsistencies));
    return names;
}

bool isSessionConsistency(std::string_view name)
{
    if (name.empty())
        return true;
    for (const auto consistency : kSessionConsistencies) {
        if (consistency == name)
            return true;
    }
    return false;
}

std::string sessionConsistencyList()
{
    std::string list;
    for (const auto consistency : kSessionConsistencies)
        list += (list.empty() ? "\"" : ", \"") + std::string(consistency) + "\"";
    return list;
}

std::string ClientRequest::commandText() const
{
    switch (kind) {
    case OperationKind::Command: return value;
    case OperationKind::Write: return key + "=" + value;
    case OperationKind::Read: return "get " + key;
    case OperationKind::Cas: return "cas " + key + " " + expected + "->" + value;
    }
    return value;
}

const PendingOperation &ClientTable::invoke(ClientRequest request, NodeId node, VirtualTime now, VirtualTime timeout)
{
    request.operation = mNextOperation++;
    ++mTallies[request.client].invoked;
    request.token = token(request.client);
    const auto id = request.operation;
    auto &pending = mPending[id];
    pending = PendingOperation{std::move(request), node, now, now + timeout};
    return pending;
}

const PendingOperation *ClientTable::pending(OperationId operation) const
{
    const auto it = mPending.find(operation);
    return it == mPending.end() ? nullptr : &it->second;
}

PendingOperation ClientTable::complete(OperationId operation, OperationResult result, const std::string &token)
{
    auto node = mPending.extract(operation);
    if (!token.empty())
        mTokens[node.mapped().request.client] = token;
    auto &tally = mTallies[node.mapped().request.client];
    switch (result) {
    case OperationResult::Ok: ++tally.ok; break;
    case OperationResult::Fail: ++tally.failed; break;
    case OperationResult::Unknown: ++tally.unknown; break;
    }
    return std::move(node.mapped());
}

std::string ClientTable::token(ClientId client) const
{
    const auto it = mTokens.find(client);
    return it == mTokens.end() ? std::string() : it->second;
}

} // namespace cs
