#include "ricartnode.h"

#include <algorithm>

#include "mutexnotes.h"

namespace cs::mutex {

using Kind = MutexMessage::Kind;

RicartNode::RicartNode(NodeId id, int clusterSize, Variant variant, bool skipFailed)
    : MutexProcess(id, clusterSize)
    , mVariant(variant)
    , mSkipFailed(skipFailed)
{
}

std::unique_ptr<ProtocolNode> RicartNode::durableRemains() const
{
    auto remains = std::make_unique<RicartNode>(mId, mClusterSize, mVariant, mSkipFailed);
    remains->mClock = mClock;
    return remains;
}

void RicartNode::armTimeout(NodeContext &context)
{
    if (const auto timeout = context.parameter(kParamTimeout); timeout > 0)
        context.startTimer(kTimeoutTimer, timeout);
}

bool RicartNode::isMissing(NodeId peer) const
{
    return peer != mId && !mReplied.contains(peer) && !mSuspected.contains(peer);
}

void RicartNode::askForEntry(NodeContext &context)
{
    mTimestamp = ++mClock;
    mReplied.clear();
    mAlive.clear();
    mSilentRounds.clear();
    mSuspected.clear();
    for (NodeId peer = 1; peer <= mClusterSize; ++peer) {
        if (peer != mId)
            send(context, peer, Kind::Request, mTimestamp);
    }
    context.note({&kRequestNote, 0, {mTimestamp, mClusterSize - 1}, {}});
    armTimeout(context);
    enterIfAllAgree(context);
}

void RicartNode::enterIfAllAgree(NodeContext &context)
{
    if (mState != State::Waiting)
        return;
    for (NodeId peer = 1; peer <= mClusterSize; ++peer) {
        if (isMissing(peer))
            return;
    }
    context.cancelTimer(kTimeoutTimer);
    enter(context);
}

std::int64_t RicartNode::leave(NodeContext &context)
{
    // Each deferred reply goes out now, noted on its own.
    const auto deferred = std::move(mDeferred);
    mDeferred.clear();
    for (const auto &[peer, timestamp] : deferred)
        reply(context, peer, timestamp);
    return 0;
}

void RicartNode::reply(NodeContext &context, NodeId to, std::int64_t timestamp)
{
    send(context, to, Kind::Reply, timestamp);
    context.note({&kReplyNote, 0, {to, timestamp, 1}, {}});
}

void RicartNode::onTimeout(NodeContext &context)
{
    if (mState != State::Waiting)
        return;
    std::int64_t sent = 0;
    for (NodeId peer = 1; peer <= mClusterSize; ++peer) {
        if (!isMissing(peer))
            continue;
        if (mSkipFailed) {
            if (mAlive.contains(peer))
                mSilentRounds.erase(peer);
            else if (++mSilentRounds[peer] > 2) {
                // Silent through two repeated requests: taken for failed, no longer waited for.
                mSuspected.insert(peer);
                context.note({&kSuspectNote, 0, {peer, mTimestamp}, {}});
                continue;
            }
        }
        send(context, peer, Kind::Request, mTimestamp);
        ++sent;
    }
    mAlive.clear();
    if (sent > 0)
        context.note({&kRetryNote, 0, {mTimestamp, sent}, {}});
    armTimeout(context);
    enterIfAllAgree(context);
}

void RicartNode::onMessage(NodeContext &context, NodeId from, const Message &raw)
{
    const auto &message = static_cast<const MutexMessage &>(raw);
    if (mSkipFailed) {
        // Any message proves the peer alive; one taken for failed that speaks again must consent
        // after all.
        mAlive.insert(from);
        mSuspected.erase(from);
    }
    switch (message.kind) {
    case Kind::Request:
        mClock = std::max(mClock, message.number) + 1;
        onRequest(context, from, message.number);
        break;
    case Kind::Reply:
        if (mState == State::Waiting && message.number == mTimestamp) {
            mReplied.insert(from);
            enterIfAllAgree(context);
        }
        break;
    default:
        break;
    }
}

void RicartNode::onRequest(NodeContext &context, NodeId from, std::int64_t timestamp)
{
    const auto deferred = mDeferred.find(from);
    if (deferred != mDeferred.end()) {
        if (timestamp < deferred->second)
            return;
        if (timestamp == deferred->second) {
            // A repeated request we still defer: say we are alive, so it is not taken for failure.
            if (mSkipFailed) {
                send(context, from, Kind::Alive, timestamp);
                context.note({&kAliveNote, 0, {from, timestamp, 1}, {}});
            }
            return;
        }
        // A newer request replaces the one deferred (the peer restarted and asks anew).
        mDeferred.erase(deferred);
    }
    const bool ahead = mState == State::Inside
                       || (mState == State::Waiting && std::pair(mTimestamp, mId) < std::pair(timestamp, from));
    if (ahead && mVariant != Variant::RepliesAtOnce) {
        mDeferred[from] = timestamp;
        context.note({&kDeferNote, 0, {from, timestamp}, {}});
        return;
    }
    reply(context, from, timestamp);
}

NodeDescription RicartNode::describe(std::size_t) const
{
    NodeDescription description;
    describeProcess(description);
    description.term = mClock;
    description.subtitle = "clock " + std::to_string(mClock);
    std::string deferred;
    for (const auto &[peer, timestamp] : mDeferred)
        deferred += (deferred.empty() ? "n" : " n") + std::to_string(peer);
    std::string replied;
    for (const auto peer : mReplied)
        replied += (replied.empty() ? "n" : " n") + std::to_string(peer);
    description.fields.insert(description.fields.begin(),
                              {{"clock", std::to_string(mClock), true},
                               {"timestamp", mState == State::Idle ? "none" : std::to_string(mTimestamp), false},
                               {"replies", replied.empty() ? "none" : replied, false},
                               {"deferred", deferred.empty() ? "none" : deferred, false}});
    if (mSkipFailed) {
        std::string suspected;
        for (const auto peer : mSuspected)
            suspected += (suspected.empty() ? "n" : " n") + std::to_string(peer);
        description.fields.push_back({"suspected", suspected.empty() ? "none" : suspected, false});
    }
    return description;
}

} // namespace cs::mutex
