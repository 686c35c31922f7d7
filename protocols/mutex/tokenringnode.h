#pragma once

#include "mutexprocess.h"
#include "ricartnode.h"

namespace cs::mutex {

// The token ring: one token goes round 1 -> 2 -> ... -> n -> 1; a process that holds it and wants
// the critical section goes in, then passes it on. Node 1 watches the token: when it has not come
// back for a time-out, node 1 sends a probe of a new generation round the ring, and each process the
// probe passes throws away any token of an older one (after leaving the critical section, if it is
// inside); only when the probe has come back does node 1 make the new token, so there are never
// two. Generations and hop counts are on stable storage, so a late or duplicated token is refused.
class TokenRingNode final : public MutexProcess
{
public:
    TokenRingNode(NodeId id, int clusterSize, Variant variant);

    std::unique_ptr<ProtocolNode> clone() const override { return std::make_unique<TokenRingNode>(*this); }
    std::unique_ptr<ProtocolNode> durableRemains() const override;
    void onMessage(NodeContext &context, NodeId from, const Message &message) override;
    NodeDescription describe(std::size_t logLimit) const override;

protected:
    void askForEntry(NodeContext &context) override;
    std::int64_t leave(NodeContext &context) override;
    void onTimeout(NodeContext &context) override;
    void boot(NodeContext &context, bool restarted) override;
    std::int64_t requestNumber() const override { return mRequests; }

private:
    bool monitor() const { return mId == 1; }
    NodeId successor() const { return mId % mClusterSize + 1; }
    void armWatch(NodeContext &context);
    void takeToken(NodeContext &context, std::int64_t generation, std::int64_t hop);
    void passToken(NodeContext &context);
    void onProbe(NodeContext &context, std::int64_t generation);
    void forwardProbe(NodeContext &context, std::int64_t generation);

    Variant mVariant;
    // On stable storage: the newest generation this process knows and the last hop of it it took.
    std::int64_t mGeneration = 0;
    std::int64_t mLastHop = -1;
    bool mHolding = false;
    // A probe held back while the process is inside on an older token.
    std::int64_t mHeldProbe = 0;
    // Node 1: the generation whose probe it waits for, and the last one it made a token for.
    std::int64_t mProbing = 0;
    std::int64_t mMade = 0;
    std::int64_t mHops = 0;
};

} // namespace cs::mutex
