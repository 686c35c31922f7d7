#include "history.h"

#include <algorithm>

namespace cs {

namespace {

// "home,visitors" -> {"home", "visitors"}; "" -> {""}.
std::vector<std::string> splitList(const std::string &text)
{
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (true) {
        const auto comma = text.find(',', start);
        parts.push_back(text.substr(start, comma == std::string::npos ? std::string::npos : comma - start));
        if (comma == std::string::npos)
            return parts;
        start = comma + 1;
    }
}

} // namespace

void History::invoke(VirtualTime at, const PendingOperation &operation)
{
    const auto &request = operation.request;
    if (request.kind == OperationKind::Command)
        return;
    HistoryOperation entry;
    entry.id = request.operation;
    entry.client = request.client;
    entry.node = operation.node;
    entry.kind = request.kind;
    entry.keys = request.kind == OperationKind::Read ? splitList(request.key) : std::vector<std::string>{request.key};
    if (request.kind != OperationKind::Read)
        entry.values = {request.value};
    entry.expected = request.expected;
    entry.invokedAt = at;
    mOperations.push_back(std::move(entry));
}

void History::complete(VirtualTime at, const PendingOperation &operation, const OperationOutcome &outcome)
{
    const auto it = std::find_if(mOperations.rbegin(), mOperations.rend(), [&](const HistoryOperation &entry) {
        return entry.id == operation.request.operation;
    });
    if (it == mOperations.rend())
        return;
    it->pending = false;
    it->result = outcome.result;
    it->completedAt = outcome.result == OperationResult::Unknown ? std::max(at, operation.deadline) : at;
    if (it->kind == OperationKind::Read) {
        it->values.clear();
        if (outcome.result == OperationResult::Ok) {
            it->values = splitList(outcome.value);
            it->values.resize(it->keys.size());
        }
    }
}

void History::annotate(VirtualTime at, std::string text)
{
    mAnnotations.push_back(Annotation{at, std::move(text)});
}

const HistoryOperation *History::find(OperationId id) const
{
    // Operations are appended in invocation order, which is id order.
    const auto it = std::lower_bound(mOperations.begin(), mOperations.end(), id,
                                     [](const HistoryOperation &entry, OperationId value) { return entry.id < value; });
    return it != mOperations.end() && it->id == id ? &*it : nullptr;
}

} // namespace cs
