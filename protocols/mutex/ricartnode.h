#pragma once

#include <map>
#include <set>

#include "mutexprocess.h"

namespace cs::mutex {

// Deliberate departures, so the checkers can be seen to catch them.
enum class Variant { Correct, RepliesAtOnce, RegeneratesBlindly };

// Ricart and Agrawala's algorithm: a process asks every peer with a Lamport timestamp and enters
// once all have replied (2(n-1) messages per entry); a peer inside, or waiting with an earlier
// (timestamp, id), defers its reply until it leaves. The clock is on stable storage, so a process
// that restarts never reuses a timestamp. With a time-out set, a waiting process asks again the
// peers that have not replied; with skipFailed (the improved algorithm), a peer not heard from at
// all (a deferring peer answers a repeated request with "alive") through two repeated requests is
// taken for failed and not waited for, until it speaks again.
class RicartNode final : public MutexProcess
{
public:
    RicartNode(NodeId id, int clusterSize, Variant variant, bool skipFailed);

    std::unique_ptr<ProtocolNode> clone() const override { return std::make_unique<RicartNode>(*this); }
    std::unique_ptr<ProtocolNode> durableRemains() const override;
    void onMessage(NodeContext &context, NodeId from, const Message &message) override;
    NodeDescription describe(std::size_t logLimit) const override;

protected:
    void askForEntry(NodeContext &context) override;
    std::int64_t leave(NodeContext &context) override;
    void onTimeout(NodeContext &context) override;
    std::int64_t requestNumber() const override { return mTimestamp; }

private:
    void onRequest(NodeContext &context, NodeId from, std::int64_t timestamp);
    void reply(NodeContext &context, NodeId to, std::int64_t timestamp);
    void enterIfAllAgree(NodeContext &context);
    void armTimeout(NodeContext &context);
    bool isMissing(NodeId peer) const;

    Variant mVariant;
    bool mSkipFailed;
    // The Lamport clock, on stable storage.
    std::int64_t mClock = 0;
    // The current request's timestamp while waiting or inside.
    std::int64_t mTimestamp = 0;
    std::set<NodeId> mReplied;
    // Peers that answered "alive" since the last repeated request, and how many repeated requests
    // each silent peer has let pass; peers taken for failed.
    std::set<NodeId> mAlive;
    std::map<NodeId, int> mSilentRounds;
    std::set<NodeId> mSuspected;
    // Requests deferred until we leave: peer -> its timestamp.
    std::map<NodeId, std::int64_t> mDeferred;
};

} // namespace cs::mutex
