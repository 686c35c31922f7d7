#include "historytrace.h"

#include <map>

namespace cs {

namespace {

OperationKind kindFromName(const std::string &name)
{
    if (name == "write")
        return OperationKind::Write;
    if (name == "read")
        return OperationKind::Read;
    if (name == "cas")
        return OperationKind::Cas;
    return OperationKind::Command;
}

OperationResult resultFromName(const std::string &name)
{
    if (name == "ok")
        return OperationResult::Ok;
    if (name == "fail")
        return OperationResult::Fail;
    return OperationResult::Unknown;
}

std::string text(const nlohmann::ordered_json &event, const char *field)
{
    const auto it = event.find(field);
    return it != event.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::string annotationText(const std::string &kind, const nlohmann::ordered_json &event)
{
    if (kind == "crash" || kind == "restart")
        return kind + " n" + std::to_string(event.value("node", 0));
    if (kind == "partition")
        return "partition " + event.value("groups", nlohmann::ordered_json::array()).dump();
    if (event.contains("all"))
        return "heal all";
    return kind + " n" + std::to_string(event.value("from", 0)) + "-n" + std::to_string(event.value("to", 0));
}

} // namespace

History historyFromTraceEvents(const nlohmann::ordered_json &events)
{
    History history;
    std::map<OperationId, PendingOperation> pending;
    for (const auto &event : events) {
        const auto kind = text(event, "kind");
        const VirtualTime at = event.value("t", VirtualTime(0));
        if (kind == "invoke") {
            PendingOperation operation;
            operation.node = event.value("node", NodeId(0));
            operation.invokedAt = at;
            operation.deadline = at;
            auto &request = operation.request;
            request.operation = event.value("op", OperationId(0));
            request.client = event.value("client", ClientId(1));
            request.kind = kindFromName(text(event, "operation"));
            request.key = text(event, "key");
            request.value = text(event, request.kind == OperationKind::Command ? "command" : "value");
            request.expected = text(event, "expected");
            history.invoke(at, operation);
            pending[request.operation] = operation;
        } else if (kind == "complete") {
            const auto it = pending.find(event.value("op", OperationId(0)));
            if (it == pending.end())
                continue;
            OperationOutcome outcome;
            outcome.result = resultFromName(text(event, "result"));
            outcome.value = text(event, "value");
            history.complete(at, it->second, outcome);
            pending.erase(it);
        } else if (kind == "crash" || kind == "restart" || kind == "cut" || kind == "heal" || kind == "partition") {
            history.annotate(at, annotationText(kind, event));
        }
    }
    return history;
}

} // namespace cs
