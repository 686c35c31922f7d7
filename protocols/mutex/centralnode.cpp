#include "centralnode.h"

#include <algorithm>

#include "mutexnotes.h"

namespace cs::mutex {

using Kind = MutexMessage::Kind;

CentralNode::CentralNode(NodeId id, int clusterSize)
    : MutexProcess(id, clusterSize)
{
}

std::unique_ptr<ProtocolNode> CentralNode::durableRemains() const
{
    auto remains = std::make_unique<CentralNode>(mId, mClusterSize);
    remains->mSeq = mSeq;
    remains->mHolder = mHolder;
    remains->mHolderSeq = mHolderSeq;
    remains->mQueue = mQueue;
    remains->mDone = mDone;
    remains->mHandled = mHandled;
    return remains;
}

void CentralNode::boot(NodeContext &context, bool)
{
    if (coordinator()) {
        context.note({&kRoleNote, 0, {0}, "coordinator"});
        if (mHolder)
            armTimeout(context);
    }
}

void CentralNode::armTimeout(NodeContext &context)
{
    if (const auto timeout = context.parameter(kParamTimeout); timeout > 0)
        context.startTimer(kTimeoutTimer, timeout);
}

void CentralNode::askForEntry(NodeContext &context)
{
    ++mSeq;
    send(context, 1, Kind::Request, mSeq);
    context.note({&kRequestNote, 0, {mSeq, 1}, {}});
    armTimeout(context);
}

std::int64_t CentralNode::leave(NodeContext &context)
{
    send(context, 1, Kind::Release, mSeq);
    return 1;
}

void CentralNode::onTimeout(NodeContext &context)
{
    if (coordinator()) {
        if (!mHolder)
            return;
        // The holder has had the grant for a whole time-out: ask whether it is done.
        send(context, mHolder, Kind::Check, mHolderSeq);
        ++mHandled;
        context.note({&kCheckNote, 0, {mHolder, mHolderSeq, 1}, {}});
        armTimeout(context);
        return;
    }
    if (mState != State::Waiting)
        return;
    send(context, 1, Kind::Request, mSeq);
    context.note({&kRetryNote, 0, {mSeq, 1}, {}});
    armTimeout(context);
}

void CentralNode::onMessage(NodeContext &context, NodeId from, const Message &raw)
{
    const auto &message = static_cast<const MutexMessage &>(raw);
    if (coordinator())
        ++mHandled;
    switch (message.kind) {
    case Kind::Request:
        if (coordinator())
            onRequest(context, from, message.number);
        break;
    case Kind::Release:
        if (coordinator())
            onRelease(context, from, message.number);
        break;
    case Kind::Grant:
        if (!coordinator() && mState == State::Waiting && message.number == mSeq) {
            context.cancelTimer(kTimeoutTimer);
            enter(context);
        }
        break;
    case Kind::Check:
        if (!coordinator())
            onCheck(context, message.number);
        break;
    default:
        break;
    }
}

void CentralNode::onRequest(NodeContext &context, NodeId from, std::int64_t seq)
{
    if (seq <= mDone[from])
        return;
    if (mHolder == from) {
        if (seq == mHolderSeq) {
            // The grant was lost: send it again.
            send(context, from, Kind::Grant, seq);
            ++mHandled;
            context.note({&kGrantNote, 0, {from, seq, 1}, {}});
            return;
        }
        if (seq < mHolderSeq)
            return;
        // A newer request from the holder: its release of the older one was lost.
        mDone[from] = mHolderSeq;
        mHolder = 0;
    }
    const auto queued = std::find_if(mQueue.begin(), mQueue.end(), [&](const auto &entry) { return entry.first == from; });
    if (queued != mQueue.end()) {
        queued->second = std::max(queued->second, seq);
        if (mHolder)
            return;
    } else {
        mQueue.emplace_back(from, seq);
        if (mHolder)
            context.note({&kQueueNote, 0, {from, seq, static_cast<std::int64_t>(mQueue.size())}, {}});
    }
    if (!mHolder)
        freeAndGrantNext(context);
}

void CentralNode::onRelease(NodeContext &context, NodeId from, std::int64_t seq)
{
    if (mHolder != from || mHolderSeq != seq)
        return;
    mDone[from] = seq;
    mHolder = 0;
    freeAndGrantNext(context);
}

void CentralNode::freeAndGrantNext(NodeContext &context)
{
    context.cancelTimer(kTimeoutTimer);
    if (mQueue.empty())
        return;
    std::tie(mHolder, mHolderSeq) = mQueue.front();
    mQueue.pop_front();
    send(context, mHolder, Kind::Grant, mHolderSeq);
    ++mHandled;
    context.note({&kGrantNote, 0, {mHolder, mHolderSeq, 1}, {}});
    armTimeout(context);
}

void CentralNode::onCheck(NodeContext &context, std::int64_t seq)
{
    if (mState == State::Inside && seq == mSeq)
        return;
    if (seq > mSeq)
        mSeq = seq;
    // Not inside on that grant (done, crashed since, or never reached): give it back. A process
    // still waiting for it gives up that request and asks again under a new number, so a grant
    // that arrives late is not taken.
    send(context, 1, Kind::Release, seq);
    context.note({&kReleaseNote, 0, {seq, 1}, {}});
    if (mState == State::Waiting && seq == mSeq) {
        ++mSeq;
        send(context, 1, Kind::Request, mSeq);
        context.note({&kRetryNote, 0, {mSeq, 1}, {}});
        armTimeout(context);
    }
}

NodeDescription CentralNode::describe(std::size_t) const
{
    NodeDescription description;
    if (coordinator()) {
        description.role = "coordinator";
        description.subtitle = mHolder ? "grant n" + std::to_string(mHolder) : "free";
        std::string queue;
        for (const auto &[node, seq] : mQueue)
            queue += (queue.empty() ? "n" : " n") + std::to_string(node);
        description.fields = {
            {"holder", mHolder ? "n" + std::to_string(mHolder) : "none", true},
            {"queue", queue.empty() ? "empty" : queue, true},
            {"messages handled", std::to_string(mHandled), true},
        };
        return description;
    }
    describeProcess(description);
    description.term = mSeq;
    description.subtitle = "request " + std::to_string(mSeq);
    description.fields.insert(description.fields.begin(), {"request number", std::to_string(mSeq), true});
    return description;
}

} // namespace cs::mutex
