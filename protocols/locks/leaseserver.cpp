#include "leaseserver.h"

namespace cs::locks {

void LeaseServer::start(NodeContext &context)
{
    context.note({&kRoleNote, 0, {mTokens}, "service"});
}

void LeaseServer::restart(NodeContext &context)
{
    start(context);
    if (mService == Service::Cache && mHolder.process)
        context.startTimer(kExpiryTimer, std::max<VirtualTime>(0, mHolder.expiresAt - context.now()));
}

void LeaseServer::reply(NodeContext &context, NodeId to, const LockMessage &request, LockMessage::Kind kind, bool flag)
{
    auto message = std::make_shared<LockMessage>();
    message->kind = kind;
    message->service = mService;
    message->epoch = request.epoch;
    message->attempt = request.attempt;
    message->token = mHolder.process == to ? mHolder.token : 0;
    message->flag = flag;
    context.send(to, message);
}

void LeaseServer::acquire(NodeContext &context, NodeId from, const LockMessage &message)
{
    const Attempt attempt{message.epoch, message.attempt};
    auto &seen = mSeen[from];
    if (attempt < seen.attempt || (attempt == seen.attempt && seen.done))
        return;
    seen = {attempt, false};
    if (mHolder.process == from && mHolder.attempt == attempt) {
        reply(context, from, message, LockMessage::Kind::Granted);
        return;
    }
    if (mHolder.process) {
        reply(context, from, message, LockMessage::Kind::Busy);
        return;
    }
    mHolder = {from, attempt, ++mTokens, 0};
    if (mService == Service::Cache) {
        mHolder.expiresAt = context.now() + context.parameter(kParamLease);
        context.startTimer(kExpiryTimer, context.parameter(kParamLease));
    }
    context.note({&kGrantNote, 0, {from, mHolder.token}, {}});
    reply(context, from, message, LockMessage::Kind::Granted);
}

void LeaseServer::release(NodeContext &context, NodeId from, const LockMessage &message)
{
    const Attempt attempt{message.epoch, message.attempt};
    auto &seen = mSeen[from];
    if (attempt >= seen.attempt)
        seen = {attempt, true};
    // Only the holder's own attempt deletes the lock: a late release never frees another's.
    const bool mine = mHolder.process == from && mHolder.attempt == attempt;
    reply(context, from, message, LockMessage::Kind::Released, mine);
    if (mine) {
        mHolder = {};
        context.cancelTimer(kExpiryTimer);
    }
}

void LeaseServer::onMessage(NodeContext &context, NodeId from, const Message &raw)
{
    const auto &message = static_cast<const LockMessage &>(raw);
    if (message.kind == LockMessage::Kind::Acquire)
        acquire(context, from, message);
    else if (message.kind == LockMessage::Kind::Release)
        release(context, from, message);
}

void LeaseServer::onTimer(NodeContext &context, int timer)
{
    if (timer != kExpiryTimer || !mHolder.process || context.now() < mHolder.expiresAt)
        return;
    context.note({&kExpireNote, 0, {mHolder.process, mHolder.token}, {}});
    ++mExpired;
    mHolder = {};
}

void LeaseServer::onClientRequest(NodeContext &context, const ClientRequest &request)
{
    context.replyFail(request.operation, "ask a process (node 3 or higher) to take the lock");
}

NodeDescription LeaseServer::describe(std::size_t) const
{
    NodeDescription description;
    description.role = "service";
    const std::string holder = mHolder.process ? "n" + std::to_string(mHolder.process) : "free";
    description.subtitle = mHolder.process ? holder + " t" + std::to_string(mHolder.token) : holder;
    description.fields = {
        {"holder", holder, true},
        {"token", std::to_string(mHolder.token), true},
        {"tokens issued", std::to_string(mTokens), true},
    };
    if (mService == Service::Cache) {
        description.fields.push_back({"expires at", mHolder.process ? formatDuration(mHolder.expiresAt) : "-", true});
        description.fields.push_back({"expired", std::to_string(mExpired), true});
    }
    return description;
}

} // namespace cs::locks
