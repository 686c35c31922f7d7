#include "client.h"

#include <algorithm>

#include "balancenotes.h"

namespace cs::balance {

namespace {

VirtualTime interval(const NodeContext &context)
{
    return kSecond / std::max<std::int64_t>(1, context.parameter(kParamRate));
}

} // namespace

void Client::start(NodeContext &context)
{
    mPending.clear();
    mHasSession = false;
    context.startTimer(kSendTimer, interval(context));
}

void Client::onSendTimer(NodeContext &context)
{
    const std::int64_t burst = context.parameter(kParamBurst);
    const std::int64_t count = burst > 1 ? context.random().uniform(1, burst) : 1;
    for (std::int64_t i = 0; i < count; ++i) {
        ++mSequence;
        const std::int64_t request = context.self() * kRequestsPerClient + mSequence % kRequestsPerClient;
        mPending[request] = context.now();
        context.note({&kRequestNote, 0, {request, context.self()}, {}});
        auto message = std::make_shared<BalanceMessage>();
        message->kind = BalanceMessage::Kind::Request;
        message->request = request;
        message->source = context.self();
        message->sentAt = context.now();
        message->hasSession = mHasSession;
        context.send(1, message);
        // The first request logs in: the server that serves it opens the client's session.
        mHasSession = true;
    }
    // A burst of k requests is followed by k intervals of silence: the mean rate stays `rate`.
    context.startTimer(kSendTimer, count * interval(context));
    rearm(context);
}

void Client::onReply(NodeContext &context, const BalanceMessage &message)
{
    const auto found = mPending.find(message.request);
    if (found == mPending.end())
        return;
    ++(message.ok ? mOk : mFailed);
    context.note({&kAnswerNote, 0, {message.request, message.ok ? 1 : 0, context.now() - found->second}, {}});
    mPending.erase(found);
    rearm(context);
}

void Client::onDeadline(NodeContext &context)
{
    const VirtualTime limit = context.parameter(kParamClientTimeout);
    for (auto it = mPending.begin(); it != mPending.end();) {
        if (context.now() - it->second >= limit) {
            ++mTimedOut;
            context.note({&kAnswerNote, 0, {it->first, -1, context.now() - it->second}, {}});
            it = mPending.erase(it);
        } else {
            ++it;
        }
    }
    rearm(context);
}

void Client::rearm(NodeContext &context)
{
    if (mPending.empty()) {
        context.cancelTimer(kDeadlineTimer);
        return;
    }
    VirtualTime oldest = -1;
    for (const auto &[request, sentAt] : mPending)
        oldest = oldest < 0 ? sentAt : std::min(oldest, sentAt);
    context.startTimer(kDeadlineTimer,
                       std::max<VirtualTime>(0, oldest + context.parameter(kParamClientTimeout) - context.now()));
}

} // namespace cs::balance
