#include "zkclient.h"

#include <algorithm>

namespace cs::locks {

namespace {

const char *roleName(ZkClient::State state)
{
    switch (state) {
    case ZkClient::State::Idle: return "idle";
    case ZkClient::State::Creating:
    case ZkClient::State::Listing:
    case ZkClient::State::Checking:
    case ZkClient::State::Watching: return "waiting";
    case ZkClient::State::Holding:
    case ZkClient::State::Writing: return "holding";
    case ZkClient::State::Deleting: return "releasing";
    }
    return "unknown";
}

const char *stepName(ZkClient::State state)
{
    switch (state) {
    case ZkClient::State::Idle: return "idle";
    case ZkClient::State::Creating: return "creating its node";
    case ZkClient::State::Listing: return "listing the directory";
    case ZkClient::State::Checking: return "setting a watch";
    case ZkClient::State::Watching: return "watching";
    case ZkClient::State::Holding: return "working";
    case ZkClient::State::Writing: return "writing";
    case ZkClient::State::Deleting: return "deleting its node";
    }
    return "unknown";
}

} // namespace

std::unique_ptr<ProtocolNode> ZkClient::durableRemains() const
{
    auto remains = std::make_unique<ZkClient>();
    remains->mSession = mSession;
    return remains;
}

void ZkClient::start(NodeContext &context)
{
    context.note({&kRoleNote, 0, {0}, "idle"});
    context.startTimer(kPingTimer, context.parameter(kParamLease) / 3);
}

void ZkClient::restart(NodeContext &context)
{
    ++mSession;
    start(context);
}

bool ZkClient::holds() const
{
    return mState == State::Holding || mState == State::Writing || mState == State::Deleting;
}

void ZkClient::setState(NodeContext &context, State state)
{
    if (std::string_view(roleName(state)) != roleName(mState))
        context.note({&kRoleNote, 0, {mNode}, roleName(state)});
    mState = state;
}

void ZkClient::armRetry(NodeContext &context, VirtualTime delay)
{
    context.startTimer(kRetryTimer, delay);
}

void ZkClient::send(NodeContext &context, NodeId to, LockMessage::Kind kind)
{
    auto message = std::make_shared<LockMessage>();
    message->kind = kind;
    message->service = Service::ZooKeeper;
    message->epoch = mSession;
    message->attempt = mAttempt;
    message->read = mRead;
    message->flag = kind == LockMessage::Kind::GetChildren && watchesDirectory(context);
    message->node = kind == LockMessage::Kind::Exists ? mWatched : mNode;
    if (kind == LockMessage::Kind::Write)
        message->token = mNode;
    context.send(to, message);
}

void ZkClient::beginAcquire(NodeContext &context)
{
    ++mAttempt;
    mRead = mWork.readOnly();
    mNode = 0;
    mWatched = 0;
    setState(context, State::Creating);
    send(context, kServiceNode, LockMessage::Kind::Create);
    armRetry(context, context.parameter(kParamRetry));
}

void ZkClient::list(NodeContext &context)
{
    mLookAgain = false;
    setState(context, State::Listing);
    send(context, kServiceNode, LockMessage::Kind::GetChildren);
    armRetry(context, context.parameter(kParamRetry));
}

void ZkClient::decide(NodeContext &context, const std::vector<LockChild> &children)
{
    const bool present = std::any_of(children.begin(), children.end(),
                                     [this](const LockChild &child) { return child.node == mNode; });
    if (!present)
        return; // the session has expired; the next pong says so
    std::int64_t blocker = 0;
    for (const auto &child : children) {
        if (child.node < mNode && (!mRead || !child.read))
            blocker = child.node;
    }
    if (blocker == 0) {
        context.cancelTimer(kRetryTimer);
        mWork.take();
        ++mAcquired;
        context.note({&kAcquireNote, 0, {mNode, mRead ? 1 : 0}, {}});
        setState(context, State::Holding);
        context.startTimer(kWorkTimer, context.parameter(kParamWork));
        return;
    }
    if (mLookAgain) {
        list(context);
        return;
    }
    if (watchesDirectory(context)) {
        // The listing left a watch on the whole directory: any change wakes this waiter.
        context.cancelTimer(kRetryTimer);
        setState(context, State::Watching);
        return;
    }
    mWatched = blocker;
    setState(context, State::Checking);
    send(context, kServiceNode, LockMessage::Kind::Exists);
    armRetry(context, context.parameter(kParamRetry));
}

void ZkClient::notified(NodeContext &context)
{
    if (mState == State::Watching)
        list(context);
    else if (mState == State::Listing || mState == State::Checking)
        mLookAgain = true;
}

void ZkClient::sessionExpired(NodeContext &context)
{
    if (holds()) {
        context.note({&kReleaseNote, 0, {mNode, 1}, {}});
        mWork.answer(context, false, "the session expired while holding the lock");
    }
    context.cancelTimer(kRetryTimer);
    context.cancelTimer(kWorkTimer);
    ++mSession;
    mNotificationsSeen = 0;
    mNode = 0;
    setState(context, State::Idle);
    if (!mWork.empty())
        beginAcquire(context);
}

void ZkClient::onMessage(NodeContext &context, NodeId, const Message &raw)
{
    const auto &message = static_cast<const LockMessage &>(raw);
    if (message.epoch != mSession)
        return;
    using Kind = LockMessage::Kind;
    if (message.kind == Kind::Watch || message.kind == Kind::Pong) {
        // Each notification is numbered in its session; a pong says how many were sent.
        if (message.token > mNotificationsSeen) {
            mNotificationsSeen = message.token;
            notified(context);
        }
        return;
    }
    if (message.kind == Kind::Expired) {
        sessionExpired(context);
        return;
    }
    if (message.attempt != mAttempt)
        return;
    switch (message.kind) {
    case Kind::Created:
        if (mState == State::Creating) {
            mNode = message.node;
            list(context);
        }
        break;
    case Kind::Children:
        if (mState == State::Listing)
            decide(context, message.children);
        break;
    case Kind::ExistsReply:
        if (mState != State::Checking || message.node != mWatched)
            break;
        if (!message.flag || mLookAgain) {
            list(context);
        } else {
            context.cancelTimer(kRetryTimer);
            setState(context, State::Watching);
        }
        break;
    case Kind::WriteAck:
        if (mState == State::Writing) {
            mWork.answer(context, message.flag, "the storage refused a stale fencing token");
            setState(context, State::Deleting);
            send(context, kServiceNode, Kind::Delete);
            armRetry(context, context.parameter(kParamRetry));
        }
        break;
    case Kind::Deleted:
        if (mState == State::Deleting) {
            context.cancelTimer(kRetryTimer);
            context.note({&kReleaseNote, 0, {mNode, 0}, {}});
            mNode = 0;
            setState(context, State::Idle);
            if (!mWork.empty())
                beginAcquire(context);
        }
        break;
    default:
        break;
    }
}

void ZkClient::onTimer(NodeContext &context, int timer)
{
    using Kind = LockMessage::Kind;
    if (timer == kPingTimer) {
        send(context, kServiceNode, Kind::Ping);
        context.startTimer(kPingTimer, context.parameter(kParamLease) / 3);
    } else if (timer == kWorkTimer && mState == State::Holding) {
        if (mRead) {
            mWork.answer(context, true, {});
            setState(context, State::Deleting);
            send(context, kServiceNode, Kind::Delete);
        } else {
            setState(context, State::Writing);
            send(context, kStorageNode, Kind::Write);
        }
        armRetry(context, context.parameter(kParamRetry));
    } else if (timer == kRetryTimer) {
        switch (mState) {
        case State::Creating: send(context, kServiceNode, Kind::Create); break;
        case State::Listing: send(context, kServiceNode, Kind::GetChildren); break;
        case State::Checking: send(context, kServiceNode, Kind::Exists); break;
        case State::Writing: send(context, kStorageNode, Kind::Write); break;
        case State::Deleting: send(context, kServiceNode, Kind::Delete); break;
        default: return;
        }
        armRetry(context, context.parameter(kParamRetry));
    }
}

void ZkClient::onClientRequest(NodeContext &context, const ClientRequest &request)
{
    if (mWork.add(context, request) && mState == State::Idle)
        beginAcquire(context);
}

NodeDescription ZkClient::describe(std::size_t) const
{
    NodeDescription description;
    description.role = roleName(mState);
    description.term = mSession;
    description.subtitle = mNode ? lockNodeName(mNode) : "no node";
    description.fields = {
        {"step", stepName(mState), false},
        {"lock node", mNode ? lockNodeName(mNode) : "none", false},
        {"watching", mWatched && mState == State::Watching ? lockNodeName(mWatched)
                     : mState == State::Watching ? "/lock" : "nothing", false},
        {"mode", mRead ? "read" : "write", false},
        {"work waiting", std::to_string(mWork.waiting()), false},
        {"locks taken", std::to_string(mAcquired), false},
        {"session", std::to_string(mSession), true},
    };
    return description;
}

} // namespace cs::locks
