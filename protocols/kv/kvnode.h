#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "kvmessages.h"
#include "kvnotes.h"
#include "simulation.h"

namespace cs::kv {

// Deliberate faults for test variants: a CP mode whose every replica answers reads from its
// own copy, a CP leader that acknowledges a write before a majority stores it, a backup that
// never applies what it is sent, or an AP consistent-prefix read that reads each key as it last
// arrived instead of from the prefix snapshot.
enum class Variant { Correct, AnyReplicaReads, AcksBeforeMajority, BackupNeverApplies, PrefixReadsPerKey };

// One replica of the key-value store. Heartbeats give each node a view of who is alive; the lowest
// live node leads (CP) or is the primary (AP). CP: the leader runs each read and write as two
// majority rounds (query the versions, then store the result), so an acknowledged write is never
// lost and reads are linearizable whatever the views say; a new leader reconciles a majority first.
// AP: the primary answers writes at once and replicates each one in the background; any replica
// answers eventual reads from what has reached it, key by key. The primary's heartbeats carry its
// whole store, so every replica also keeps a prefix snapshot (a state the primary really passed
// through, and as of when) for consistent-prefix and bounded-staleness reads; strong reads go to a
// primary that hears every replica. Anti-entropy pushes every version to every peer periodically.
class KvNode final : public ProtocolNode
{
public:
    KvNode(NodeId id, int clusterSize, Variant variant);

    std::unique_ptr<ProtocolNode> clone() const override { return std::make_unique<KvNode>(*this); }
    std::unique_ptr<ProtocolNode> durableRemains() const override;

    void start(NodeContext &context) override;
    void restart(NodeContext &context) override;
    void onMessage(NodeContext &context, NodeId from, const Message &message) override;
    void onTimer(NodeContext &context, int timer) override;
    void onClientRequest(NodeContext &context, const ClientRequest &request) override;
    void onParameterChanged(NodeContext &context, int parameter) override;
    NodeDescription describe(std::size_t logLimit) const override;

    using Store = std::map<std::string, std::vector<Version>>;
    const Store &store() const { return mStore; }

private:
    // A CP coordinator's read, write or reconciliation, through its two majority rounds.
    struct Round
    {
        enum class Kind : std::uint8_t { Read, Write, Sync };
        Kind kind = Kind::Read;
        ClientRequest request;
        std::vector<std::string> keys;
        int phase = 1;
        std::set<NodeId> replied;
        VirtualTime startedAt = 0;
        std::size_t keysChanged = 0;
        // A write's version, made when its store round begins: what the round acknowledges, even
        // when a later write of the key has replaced it in the store by then.
        Version written;
    };

    // kvnode.cpp: view, heartbeats, merging, anti-entropy.
    static Mode mode(const NodeContext &context);
    bool alive(const NodeContext &context, NodeId node) const;
    NodeId leader(const NodeContext &context) const;
    bool majorityAlive(const NodeContext &context) const;
    int majority() const { return mClusterSize / 2 + 1; }
    void boot(NodeContext &context);
    void updateRole(NodeContext &context);
    void heartbeat(NodeContext &context);
    void antiEntropy(NodeContext &context);
    bool merge(NodeContext &context, const std::string &key, const Version &version);
    void mergeAll(NodeContext &context, const std::vector<Entry> &entries);
    Version newVersion(NodeContext &context, const std::string &key, const std::string &value);
    std::vector<Entry> entriesOf(const std::vector<std::string> &keys) const;
    VersionVector seen(const std::string &key) const { return seenIn(mStore, key); }
    static VersionVector seenIn(const Store &store, const std::string &key);
    // The client's session after this request: a write adds the keys' versions here to what it
    // wrote, a read adds those of `from` (the store it was answered from) to what it read.
    std::string replyToken(const ClientRequest &request, const std::vector<std::string> &keys,
                           const Store &from) const;

    // kvcp.cpp: the CP coordinator.
    void cpRequest(NodeContext &context, const ClientRequest &request);
    std::uint64_t startRound(NodeContext &context, Round round);
    void onQueryReply(NodeContext &context, NodeId from, const KvMessage &message);
    void onStoreAck(NodeContext &context, NodeId from, const KvMessage &message);
    void secondPhase(NodeContext &context, std::uint64_t id, Round &round);
    void finishRound(NodeContext &context, Round &round);
    // Answers a CP read from this replica, with a read note per key.
    void answerRead(NodeContext &context, const ClientRequest &request, const std::vector<std::string> &keys);
    void expireRounds(NodeContext &context);
    void startSyncIfNeeded(NodeContext &context);

    // kvap.cpp: the AP primary, backups and session guarantees.
    void apRequest(NodeContext &context, const ClientRequest &request);
    void apWrite(NodeContext &context, const ClientRequest &request);
    void apRead(NodeContext &context, const ClientRequest &request);
    bool coversToken(const ClientRequest &request) const;
    bool mustCatchUp(const ClientRequest &request) const;
    // The store a read is answered from under its consistency: the prefix snapshot or this replica's.
    const Store &readView(const ClientRequest &request) const;
    bool current(const NodeContext &context) const;
    // Why this replica may not answer a strong or bounded-staleness read now, or "".
    std::string refusal(const NodeContext &context, const ClientRequest &request) const;
    void sendPrefix(NodeContext &context);
    void takePrefix(const NodeContext &context, NodeId from, const KvMessage &message);
    void retryWaiting(NodeContext &context);

    NodeId mId;
    int mClusterSize;
    Variant mVariant;
    // Durable: the versions of every key, the hybrid clock and the round counter.
    Store mStore;
    std::int64_t mClock = 0;
    std::uint64_t mNextRound = 0;
    // The prefix snapshot: the store of the primary as of mPrefixAt (the primary's own is current).
    Store mPrefix;
    VirtualTime mPrefixAt = 0;
    // Volatile.
    std::vector<VirtualTime> mLastHeard;
    std::string mRole;
    NodeId mLeader = 0;
    Mode mMode = Mode::Cp;
    bool mSynced = false;
    std::uint64_t mSyncRound = 0;
    std::map<std::uint64_t, Round> mRounds;
    std::vector<ClientRequest> mWaiting;
};

// Splits "home,visitors" into its keys.
std::vector<std::string> splitKeys(const std::string &keys);

} // namespace cs::kv
