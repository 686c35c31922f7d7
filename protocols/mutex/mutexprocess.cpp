#include "mutexprocess.h"

#include "mutexnotes.h"

namespace cs::mutex {

const char *stateName(MutexProcess::State state)
{
    switch (state) {
    case MutexProcess::State::Idle: return "idle";
    case MutexProcess::State::Waiting: return "waiting";
    case MutexProcess::State::Inside: return "inside";
    }
    return "unknown";
}

MutexProcess::MutexProcess(NodeId id, int clusterSize)
    : mId(id)
    , mClusterSize(clusterSize)
{
}

void MutexProcess::start(NodeContext &context)
{
    if (requests())
        context.note({&kRoleNote, 0, {requestNumber()}, stateName(mState)});
    armWorkload(context);
    boot(context, false);
}

void MutexProcess::restart(NodeContext &context)
{
    if (requests())
        context.note({&kRoleNote, 0, {requestNumber()}, stateName(mState)});
    armWorkload(context);
    boot(context, true);
}

void MutexProcess::armWorkload(NodeContext &context)
{
    const auto interval = context.parameter(kParamRequestInterval);
    const auto limit = context.parameter(kParamRequestLimit);
    if (!requests() || interval <= 0 || (limit > 0 && mRequests >= limit))
        return;
    // A request every interval on average, drawn from half to one and a half intervals.
    context.startTimer(kWorkloadTimer, context.random().uniform(interval / 2, interval * 3 / 2));
}

void MutexProcess::send(NodeContext &context, NodeId to, MutexMessage::Kind kind, std::int64_t number, std::int64_t hop)
{
    auto message = std::make_shared<MutexMessage>();
    message->kind = kind;
    message->number = number;
    message->hop = hop;
    ++mSent;
    context.send(to, message);
}

void MutexProcess::setState(NodeContext &context, State state)
{
    if (state != mState)
        context.note({&kRoleNote, 0, {requestNumber()}, stateName(state)});
    mState = state;
}

void MutexProcess::request(NodeContext &context)
{
    if (mState != State::Idle || !requests())
        return;
    ++mRequests;
    setState(context, State::Waiting);
    askForEntry(context);
}

void MutexProcess::enter(NodeContext &context)
{
    setState(context, State::Inside);
    ++mEntries;
    context.note({&kEnterNote, 0, {requestNumber()}, {}});
    for (const auto operation : mWaitingOperations)
        context.replyOk(operation);
    mWaitingOperations.clear();
    context.startTimer(kHoldTimer, context.parameter(kParamHoldTime));
}

void MutexProcess::exit(NodeContext &context)
{
    const auto number = requestNumber();
    setState(context, State::Idle);
    const auto messages = leave(context);
    context.note({&kExitNote, 0, {number, messages}, {}});
}

void MutexProcess::onTimer(NodeContext &context, int timer)
{
    switch (timer) {
    case kWorkloadTimer:
        request(context);
        armWorkload(context);
        break;
    case kHoldTimer:
        if (mState == State::Inside)
            exit(context);
        break;
    default:
        onTimeout(context);
        break;
    }
}

void MutexProcess::onClientRequest(NodeContext &context, const ClientRequest &request)
{
    if (request.kind != OperationKind::Command || request.value != kRequestCommand || !requests()) {
        context.replyFail(request.operation, "not supported");
        return;
    }
    if (mState == State::Inside) {
        context.replyOk(request.operation);
        return;
    }
    mWaitingOperations.push_back(request.operation);
    this->request(context);
}

void MutexProcess::describeProcess(NodeDescription &description) const
{
    description.role = stateName(mState);
    description.fields.push_back({"requests", std::to_string(mRequests), false});
    description.fields.push_back({"entries", std::to_string(mEntries), false});
    description.fields.push_back({"messages sent", std::to_string(mSent), false});
}

} // namespace cs::mutex
