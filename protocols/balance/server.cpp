#include "server.h"

#include <algorithm>

#include "balancenotes.h"

namespace cs::balance {

void Server::start(NodeContext &context, int index)
{
    mIndex = index;
    mCapacity = context.parameter(kParamCapacity);
}

void Server::onForward(NodeContext &context, const BalanceMessage &message)
{
    const Job job{message.request, message.source, message.sentAt, message.hasSession, 0};
    if (static_cast<std::int64_t>(mBusy.size()) < context.parameter(kParamCapacity)) {
        begin(context, job);
    } else if (static_cast<std::int64_t>(mQueue.size()) < context.parameter(kParamQueue)) {
        mQueue.push_back(job);
    } else {
        ++mRefused;
        auto refused = std::make_shared<BalanceMessage>(message);
        refused->kind = BalanceMessage::Kind::Refused;
        context.send(1, refused);
    }
}

void Server::begin(NodeContext &context, Job job)
{
    // A lighter server is slower: the service time scales with the heaviest weight over its own.
    std::int64_t heaviest = 1;
    const int servers = static_cast<int>(context.parameter(kParamServers));
    for (int i = 0; i < servers && i < kMaxServers; ++i)
        heaviest = std::max(heaviest, context.parameter(kParamWeight1 + i));
    const std::int64_t weight = std::max<std::int64_t>(1, context.parameter(kParamWeight1 + mIndex));
    const VirtualTime base = context.parameter(kParamServiceTime) * heaviest / weight;
    const VirtualTime spread = base * context.parameter(kParamJitter) / 100;
    VirtualTime time = spread > 0 ? base + context.random().uniform(-spread, spread) : base;
    if (static_cast<SessionMode>(context.parameter(kParamSessions)) == SessionMode::Store)
        time += context.parameter(kParamStoreTime);
    job.done = context.now() + std::max<VirtualTime>(time, 1);
    mBusy.push_back(job);
    rearm(context);
}

void Server::onServiceTimer(NodeContext &context)
{
    const auto mode = static_cast<SessionMode>(context.parameter(kParamSessions));
    std::vector<Job> done;
    std::vector<Job> still;
    for (const auto &job : mBusy)
        (job.done <= context.now() ? done : still).push_back(job);
    mBusy = still;
    for (const auto &job : done) {
        // Sticky sessions live in this server's memory: a client that had one elsewhere, or here
        // before a crash, finds none and must log in again.
        bool lost = false;
        if (mode == SessionMode::Sticky) {
            lost = job.hasSession && !mSessions.contains(job.source);
            mSessions.insert(job.source);
        }
        mLost += lost ? 1 : 0;
        ++mServed;
        mLastLatency = context.now() - job.sentAt;
        context.note({&kServedNote, 0, {job.request, mLastLatency, job.source, lost ? 1 : 0}, {}});
        auto response = std::make_shared<BalanceMessage>();
        response->kind = BalanceMessage::Kind::Response;
        response->request = job.request;
        response->source = job.source;
        response->sentAt = job.sentAt;
        context.send(1, response);
    }
    while (!mQueue.empty() && static_cast<std::int64_t>(mBusy.size()) < context.parameter(kParamCapacity)) {
        const Job next = mQueue.front();
        mQueue.pop_front();
        begin(context, next);
    }
    rearm(context);
}

void Server::rearm(NodeContext &context)
{
    VirtualTime next = -1;
    for (const auto &job : mBusy) {
        if (next < 0 || job.done < next)
            next = job.done;
    }
    if (next < 0)
        context.cancelTimer(kServiceTimer);
    else
        context.startTimer(kServiceTimer, std::max<VirtualTime>(0, next - context.now()));
}

} // namespace cs::balance
