#include "tokenringnode.h"

#include "mutexnotes.h"

namespace cs::mutex {

using Kind = MutexMessage::Kind;

TokenRingNode::TokenRingNode(NodeId id, int clusterSize, Variant variant)
    : MutexProcess(id, clusterSize)
    , mVariant(variant)
{
}

std::unique_ptr<ProtocolNode> TokenRingNode::durableRemains() const
{
    auto remains = std::make_unique<TokenRingNode>(mId, mClusterSize, mVariant);
    remains->mGeneration = mGeneration;
    remains->mLastHop = mLastHop;
    remains->mProbing = mProbing;
    remains->mMade = mMade;
    return remains;
}

void TokenRingNode::boot(NodeContext &context, bool restarted)
{
    if (!monitor())
        return;
    if (!restarted) {
        // The first token, generation 1.
        mGeneration = 1;
        mMade = 1;
        context.note({&kRegenerateNote, 0, {1}, {}});
        takeToken(context, 1, 0);
    }
    armWatch(context);
}

void TokenRingNode::armWatch(NodeContext &context)
{
    if (const auto timeout = context.parameter(kParamTimeout); monitor() && timeout > 0)
        context.startTimer(kTimeoutTimer, timeout);
}

void TokenRingNode::askForEntry(NodeContext &context)
{
    context.note({&kRequestNote, 0, {mRequests, 0}, {}});
    if (mHolding)
        enter(context);
}

std::int64_t TokenRingNode::leave(NodeContext &context)
{
    if (mHeldProbe > 0) {
        // A newer generation is on its way round: this token is void.
        mHolding = false;
        context.note({&kDiscardNote, 0, {mGeneration, mLastHop}, {}});
        const auto generation = mHeldProbe;
        mHeldProbe = 0;
        mGeneration = generation;
        mLastHop = -1;
        forwardProbe(context, generation);
        return 0;
    }
    passToken(context);
    return 0;
}

void TokenRingNode::takeToken(NodeContext &context, std::int64_t generation, std::int64_t hop)
{
    mGeneration = generation;
    mLastHop = hop;
    mHolding = true;
    context.note({&kTokenNote, 0, {generation, hop}, {}});
    if (monitor())
        armWatch(context);
    if (mState == State::Waiting)
        enter(context);
    else
        passToken(context);
}

void TokenRingNode::passToken(NodeContext &context)
{
    if (!mHolding || mClusterSize < 2)
        return;
    mHolding = false;
    ++mHops;
    send(context, successor(), Kind::Token, mGeneration, mLastHop + 1);
    context.note({&kPassNote, 0, {successor(), mGeneration, mLastHop + 1, 1}, {}});
}

void TokenRingNode::onTimeout(NodeContext &context)
{
    if (!monitor())
        return;
    armWatch(context);
    if (mHolding)
        return;
    const auto generation = mGeneration + 1;
    mGeneration = generation;
    mLastHop = -1;
    if (mVariant == Variant::RegeneratesBlindly) {
        // Deliberately wrong: a new token at once, although the old one may only be late.
        mMade = generation;
        context.note({&kRegenerateNote, 0, {generation}, {}});
        takeToken(context, generation, 0);
        return;
    }
    mProbing = generation;
    forwardProbe(context, generation);
}

void TokenRingNode::forwardProbe(NodeContext &context, std::int64_t generation)
{
    send(context, successor(), Kind::Probe, generation);
    context.note({&kProbeNote, 0, {generation, 1}, {}});
}

void TokenRingNode::onProbe(NodeContext &context, std::int64_t generation)
{
    if (monitor()) {
        // The probe went all the way round: no older token can be taken any more.
        if (generation != mProbing || generation <= mMade || generation != mGeneration)
            return;
        mMade = generation;
        context.note({&kRegenerateNote, 0, {generation}, {}});
        takeToken(context, generation, 0);
        return;
    }
    if (generation <= mGeneration || generation <= mHeldProbe)
        return;
    if (mHolding && mState == State::Inside) {
        // Leave first, then throw the token away and let the probe go on.
        mHeldProbe = generation;
        return;
    }
    if (mHolding) {
        mHolding = false;
        context.note({&kDiscardNote, 0, {mGeneration, mLastHop}, {}});
    }
    mGeneration = generation;
    mLastHop = -1;
    forwardProbe(context, generation);
}

void TokenRingNode::onMessage(NodeContext &context, NodeId, const Message &raw)
{
    const auto &message = static_cast<const MutexMessage &>(raw);
    if (message.kind == Kind::Probe) {
        onProbe(context, message.number);
        return;
    }
    if (message.kind != Kind::Token)
        return;
    const bool newer = message.number > mGeneration || (message.number == mGeneration && message.hop > mLastHop);
    if (!newer || mHolding) {
        context.note({&kDiscardNote, 0, {message.number, message.hop}, {}});
        return;
    }
    takeToken(context, message.number, message.hop);
}

NodeDescription TokenRingNode::describe(std::size_t) const
{
    NodeDescription description;
    describeProcess(description);
    description.term = mGeneration;
    description.subtitle = (mHolding ? "token g" : "g") + std::to_string(mGeneration);
    description.fields.insert(description.fields.begin(),
                              {{"token", mHolding ? "held" : "no", false},
                               {"generation", std::to_string(mGeneration), true},
                               {"tokens passed", std::to_string(mHops), false}});
    return description;
}

} // namespace cs::mutex
