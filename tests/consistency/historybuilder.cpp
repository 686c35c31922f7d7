#include "historybuilder.h"

namespace cs::testing {

OperationId HistoryBuilder::add(ClientRequest request, int from, int to, OperationOutcome outcome)
{
    request.operation = mNext++;
    PendingOperation pending{request, 1, from * kMillisecond, to * kMillisecond};
    mHistory.invoke(pending.invokedAt, pending);
    mHistory.complete(to * kMillisecond, pending, outcome);
    return request.operation;
}

OperationId HistoryBuilder::write(ClientId client, const std::string &key, const std::string &value, int from, int to,
                                  OperationResult result)
{
    return add(ClientRequest{0, client, OperationKind::Write, key, value, {}}, from, to, OperationOutcome{result, {}, {}, 0});
}

OperationId HistoryBuilder::read(ClientId client, const std::string &key, const std::string &value, int from, int to)
{
    return add(ClientRequest{0, client, OperationKind::Read, key, {}, {}}, from, to,
               OperationOutcome{OperationResult::Ok, value, {}, 0});
}

OperationId HistoryBuilder::cas(ClientId client, const std::string &key, const std::string &expected,
                                const std::string &value, int from, int to, OperationResult result)
{
    return add(ClientRequest{0, client, OperationKind::Cas, key, value, expected}, from, to,
               OperationOutcome{result, {}, {}, 0});
}

} // namespace cs::testing
