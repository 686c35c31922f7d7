#include "balancer.h"

#include "balancenotes.h"

namespace cs::balance {

void Balancer::start(NodeContext &context, int servers, Variant variant)
{
    mVariant = variant;
    mSlots.assign(static_cast<std::size_t>(servers), {});
    for (int i = 0; i < servers; ++i) {
        auto &slot = mSlots[static_cast<std::size_t>(i)];
        slot.weight = context.parameter(kParamWeight1 + i);
        slot.effective = slot.weight;
        slot.current = variant == Variant::StartsAtWeights ? slot.weight : 0;
    }
}

std::vector<bool> Balancer::available(const NodeContext &context, std::uint32_t tried) const
{
    // nginx skips a server with max_fails failures until fail_timeout has passed since the last.
    std::vector<bool> result;
    for (std::size_t i = 0; i < mSlots.size(); ++i) {
        const auto &slot = mSlots[i];
        const bool resting = slot.fails >= context.parameter(kParamMaxFails)
                             && context.now() - slot.checked <= context.parameter(kParamFailTimeout);
        result.push_back((tried & (1U << i)) == 0 && (!resting || mVariant == Variant::IgnoresDown));
    }
    return result;
}

void Balancer::onMessage(NodeContext &context, NodeId from, const BalanceMessage &message)
{
    switch (message.kind) {
    case BalanceMessage::Kind::Request: {
        // A duplicated request is served once.
        if (!mSeen.insert(message.request).second)
            return;
        Attempt attempt;
        attempt.client = from;
        attempt.sentAt = message.sentAt;
        attempt.hasSession = message.hasSession;
        dispatch(context, message.request, attempt);
        break;
    }
    case BalanceMessage::Kind::Response:
    case BalanceMessage::Kind::Refused: {
        const int server = static_cast<int>(from) - 2;
        const auto found = mInflight.find(message.request);
        if (found == mInflight.end() || found->second.server != server) {
            if (message.kind == BalanceMessage::Kind::Response) {
                context.note({&kLateNote, 0, {message.request, server}, {}});
                if (mVariant == Variant::AnswersTwice)
                    answer(context, message.request, message.source, true, server);
            }
            return;
        }
        if (message.kind == BalanceMessage::Kind::Refused) {
            fail(context, message.request, "refused");
        } else {
            const NodeId client = found->second.client;
            --mSlots[static_cast<std::size_t>(server)].active;
            mInflight.erase(found);
            succeed(context, server);
            answer(context, message.request, client, true, server);
        }
        rearm(context);
        break;
    }
    case BalanceMessage::Kind::Forward:
    case BalanceMessage::Kind::Reply: break;
    }
}

void Balancer::dispatch(NodeContext &context, std::int64_t request, Attempt attempt)
{
    const auto algorithm = static_cast<Algorithm>(context.parameter(kParamAlgorithm));
    const auto eligible = available(context, attempt.tried);
    const auto pick = mPicker.pick(algorithm, mSlots, eligible, attempt.client, context.random(),
                                   static_cast<int>(context.parameter(kParamVirtualNodes)));
    if (pick.server < 0) {
        mInflight.erase(request);
        answer(context, request, attempt.client, false, -1);
        return;
    }
    auto &slot = mSlots[static_cast<std::size_t>(pick.server)];
    // As nginx: a pick after fail_timeout starts a new one, so a resting server gets one trial.
    if (context.now() - slot.checked > context.parameter(kParamFailTimeout))
        slot.checked = context.now();
    ++slot.active;
    ++attempt.attempt;
    attempt.server = pick.server;
    attempt.tried |= 1U << pick.server;
    attempt.deadline = context.now() + context.parameter(kParamTimeout);
    context.note({&kPickNote, 0, {request, pick.server, attempt.attempt}, pick.why});
    auto forward = std::make_shared<BalanceMessage>();
    forward->kind = BalanceMessage::Kind::Forward;
    forward->request = request;
    forward->source = attempt.client;
    forward->sentAt = attempt.sentAt;
    forward->hasSession = attempt.hasSession;
    context.send(static_cast<NodeId>(pick.server + 2), forward);
    mInflight[request] = attempt;
    rearm(context);
}

void Balancer::fail(NodeContext &context, std::int64_t request, const char *cause)
{
    auto attempt = mInflight[request];
    auto &slot = mSlots[static_cast<std::size_t>(attempt.server)];
    const std::int64_t maxFails = context.parameter(kParamMaxFails);
    --slot.active;
    ++slot.fails;
    slot.checked = context.now();
    slot.effective = std::max<std::int64_t>(0, slot.effective - slot.weight / maxFails);
    context.note({&kFailNote, 0, {attempt.server, slot.fails, slot.effective, request}, cause});
    if (slot.fails == maxFails) {
        context.note({&kDownNote, 0, {attempt.server, slot.fails}, {}});
        noteMoved(context, attempt.server);
    }
    if (attempt.attempt < context.parameter(kParamTries)) {
        dispatch(context, request, attempt);
    } else {
        mInflight.erase(request);
        answer(context, request, attempt.client, false, attempt.server);
    }
}

void Balancer::succeed(NodeContext &context, int server)
{
    // Any answer clears the failures (nginx clears them only after a later trial; here an answer
    // that arrives in time is proof enough).
    auto &slot = mSlots[static_cast<std::size_t>(server)];
    if (slot.fails == 0)
        return;
    const bool wasDown = slot.fails >= context.parameter(kParamMaxFails);
    slot.fails = 0;
    if (wasDown) {
        context.note({&kUpNote, 0, {server}, {}});
        noteMoved(context, server);
    }
}

void Balancer::noteMoved(NodeContext &context, int server)
{
    // How many client addresses the hash sends elsewhere now that the server left or came back,
    // against the textbook 1/n of the consistent hash.
    const auto algorithm = static_cast<Algorithm>(context.parameter(kParamAlgorithm));
    if (algorithm != Algorithm::SourceHash && algorithm != Algorithm::ConsistentHash)
        return;
    const std::int64_t maxFails = context.parameter(kParamMaxFails);
    std::vector<bool> with;
    for (const auto &slot : mSlots)
        with.push_back(slot.fails < maxFails);
    auto without = with;
    with[static_cast<std::size_t>(server)] = true;
    without[static_cast<std::size_t>(server)] = false;
    const int points = static_cast<int>(context.parameter(kParamVirtualNodes));
    std::int64_t moved = 0;
    for (NodeId key = 1; key <= kMovedKeys; ++key) {
        const bool consistent = algorithm == Algorithm::ConsistentHash;
        const int a = consistent ? consistentHashOwner(key, with, points) : sourceHashOwner(key, with);
        const int b = consistent ? consistentHashOwner(key, without, points) : sourceHashOwner(key, without);
        moved += a != b ? 1 : 0;
    }
    std::int64_t servers = 0;
    for (const bool up : with)
        servers += up ? 1 : 0;
    context.note({&kMovedNote, 0, {server, moved, kMovedKeys, servers},
                  algorithm == Algorithm::ConsistentHash ? "consistent-hash" : "source-hash"});
}

void Balancer::answer(NodeContext &context, std::int64_t request, NodeId client, bool ok, int server)
{
    ++(ok ? mAnswered : mFailed);
    context.note({&kReplyNote, 0, {request, ok ? 1 : 0, server}, {}});
    auto reply = std::make_shared<BalanceMessage>();
    reply->kind = BalanceMessage::Kind::Reply;
    reply->request = request;
    reply->source = client;
    reply->ok = ok;
    context.send(client, reply);
}

void Balancer::onDeadline(NodeContext &context)
{
    std::vector<std::int64_t> expired;
    for (const auto &[request, attempt] : mInflight) {
        if (attempt.deadline <= context.now())
            expired.push_back(request);
    }
    for (const auto request : expired)
        fail(context, request, "timeout");
    rearm(context);
}

void Balancer::rearm(NodeContext &context)
{
    VirtualTime next = -1;
    for (const auto &[request, attempt] : mInflight) {
        if (next < 0 || attempt.deadline < next)
            next = attempt.deadline;
    }
    if (next < 0)
        context.cancelTimer(kDeadlineTimer);
    else
        context.startTimer(kDeadlineTimer, std::max<VirtualTime>(0, next - context.now()));
}

} // namespace cs::balance
