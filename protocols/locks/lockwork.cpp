#include "lockwork.h"

namespace cs::locks {

bool LockWork::add(NodeContext &context, const ClientRequest &request)
{
    if (request.kind != OperationKind::Command) {
        context.replyFail(request.operation, "a process takes commands to do under the lock");
        return false;
    }
    mWaiting.push_back({request.operation, request.commandText()});
    return true;
}

bool LockWork::readOnly() const
{
    for (const auto &item : mWaiting) {
        if (item.command != "read")
            return false;
    }
    return !mWaiting.empty();
}

void LockWork::take()
{
    mBatch = std::move(mWaiting);
    mWaiting.clear();
}

void LockWork::answer(NodeContext &context, bool ok, const std::string &error)
{
    for (const auto &item : mBatch) {
        if (ok)
            context.replyOk(item.operation);
        else
            context.replyFail(item.operation, error);
    }
    mBatch.clear();
}

} // namespace cs::locks
