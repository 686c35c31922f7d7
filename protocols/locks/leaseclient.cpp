#include "leaseclient.h"

namespace cs::locks {

namespace {

const char *stateName(LeaseClient::State state)
{
    switch (state) {
    case LeaseClient::State::Idle: return "idle";
    case LeaseClient::State::Waiting: return "waiting";
    case LeaseClient::State::Holding: return "holding";
    case LeaseClient::State::Writing: return "holding";
    case LeaseClient::State::Releasing: return "releasing";
    }
    return "unknown";
}

} // namespace

std::unique_ptr<ProtocolNode> LeaseClient::durableRemains() const
{
    auto remains = std::make_unique<LeaseClient>(mService, mIgnoresFencing);
    remains->mBoot = mBoot;
    return remains;
}

void LeaseClient::start(NodeContext &context)
{
    context.note({&kRoleNote, 0, {0}, "idle"});
}

void LeaseClient::restart(NodeContext &context)
{
    ++mBoot;
    start(context);
}

void LeaseClient::setState(NodeContext &context, State state)
{
    if (std::string_view(stateName(state)) != stateName(mState))
        context.note({&kRoleNote, 0, {mToken}, stateName(state)});
    mState = state;
}

void LeaseClient::send(NodeContext &context, NodeId to, LockMessage::Kind kind)
{
    auto message = std::make_shared<LockMessage>();
    message->kind = kind;
    message->service = mService;
    message->epoch = mBoot;
    message->attempt = mAttempt;
    if (kind == LockMessage::Kind::Write && !mIgnoresFencing)
        message->token = mToken;
    context.send(to, message);
}

void LeaseClient::beginAcquire(NodeContext &context)
{
    ++mAttempt;
    mToken = 0;
    setState(context, State::Waiting);
    send(context, kServiceNode, LockMessage::Kind::Acquire);
    context.startTimer(kRetryTimer, context.parameter(kParamRetry));
}

void LeaseClient::resend(NodeContext &context)
{
    // Messages may be lost: whatever is unanswered goes again (a busy lock is asked again, a poll).
    switch (mState) {
    case State::Waiting: send(context, kServiceNode, LockMessage::Kind::Acquire); break;
    case State::Writing: send(context, kStorageNode, LockMessage::Kind::Write); break;
    case State::Releasing: send(context, kServiceNode, LockMessage::Kind::Release); break;
    case State::Idle:
    case State::Holding: return;
    }
    context.startTimer(kRetryTimer, context.parameter(kParamRetry));
}

void LeaseClient::onMessage(NodeContext &context, NodeId, const Message &raw)
{
    const auto &message = static_cast<const LockMessage &>(raw);
    if (message.epoch != mBoot || message.attempt != mAttempt)
        return;
    switch (message.kind) {
    case LockMessage::Kind::Granted:
        if (mState != State::Waiting)
            return;
        context.cancelTimer(kRetryTimer);
        mToken = message.token;
        ++mAcquired;
        mWork.take();
        context.note({&kAcquireNote, 0, {mToken, 0}, {}});
        setState(context, State::Holding);
        context.startTimer(kWorkTimer, context.parameter(kParamWork));
        break;
    case LockMessage::Kind::WriteAck:
        if (mState != State::Writing)
            return;
        mWork.answer(context, message.flag, "the storage refused a stale fencing token");
        setState(context, State::Releasing);
        send(context, kServiceNode, LockMessage::Kind::Release);
        context.startTimer(kRetryTimer, context.parameter(kParamRetry));
        break;
    case LockMessage::Kind::Released:
        if (mState != State::Releasing)
            return;
        context.cancelTimer(kRetryTimer);
        // The lock was no longer ours to delete: the cache key had expired.
        context.note({&kReleaseNote, 0, {mToken, message.flag ? 0 : 1}, {}});
        setState(context, State::Idle);
        if (!mWork.empty())
            beginAcquire(context);
        break;
    default:
        break;
    }
}

void LeaseClient::onTimer(NodeContext &context, int timer)
{
    if (timer == kRetryTimer) {
        resend(context);
    } else if (timer == kWorkTimer && mState == State::Holding) {
        setState(context, State::Writing);
        send(context, kStorageNode, LockMessage::Kind::Write);
        context.startTimer(kRetryTimer, context.parameter(kParamRetry));
    }
}

void LeaseClient::onClientRequest(NodeContext &context, const ClientRequest &request)
{
    if (mWork.add(context, request) && mState == State::Idle)
        beginAcquire(context);
}

NodeDescription LeaseClient::describe(std::size_t) const
{
    NodeDescription description;
    description.role = stateName(mState);
    description.subtitle = mToken ? "t" + std::to_string(mToken) : "no lock";
    description.fields = {
        {"token", std::to_string(mToken), false},
        {"work waiting", std::to_string(mWork.waiting()), false},
        {"locks taken", std::to_string(mAcquired), false},
        {"boot", std::to_string(mBoot), true},
    };
    return description;
}

} // namespace cs::locks
