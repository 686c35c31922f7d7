#pragma once

#include <map>
#include <set>
#include <utility>

#include "protocol.h"
#include "quorummessages.h"
#include "simulation.h"

namespace cs::quorum {

// Deliberate departures, so the checkers can be seen to catch them (test-only protocols).
enum class Variant {
    Correct,
    AcksOneShort,      // a write is acknowledged after W - 1 replica acks
    ReadsOneShort,     // a read answers after R - 1 replies
    OverwritesBlindly, // a replica replaces its versions with whatever arrives, older or not
    WritesOnlyQuorum,  // a write goes to W replicas only, and anti-entropy never runs
};

// One node of a Dynamo-style leaderless store: a replica of the keys whose preference list holds
// it, a coordinator of any client request that reaches it (a write completes after W acks, a
// read after R replies), a holder of hints for unreachable owners, and a partner in anti-entropy.
class QuorumNode final : public ProtocolNode
{
public:
    QuorumNode(NodeId id, int clusterSize, Variant variant);

    std::unique_ptr<ProtocolNode> clone() const override { return std::make_unique<QuorumNode>(*this); }
    std::unique_ptr<ProtocolNode> durableRemains() const override;
    void start(NodeContext &context) override { armAntiEntropy(context, true); }
    void restart(NodeContext &context) override { armAntiEntropy(context, true); }
    void onMessage(NodeContext &context, NodeId from, const Message &message) override;
    void onTimer(NodeContext &context, int timer) override;
    void onClientRequest(NodeContext &context, const ClientRequest &request) override;
    void onParameterChanged(NodeContext &, int) override {}
    NodeDescription describe(std::size_t logLimit) const override;

    const std::map<std::string, VersionSet> &store() const { return mStore; }

private:
    // A client request this node coordinates, until it completes.
    struct Request
    {
        OperationKind kind = OperationKind::Write;
        std::string key;
        Version version;
        VirtualTime deadline = 0;
        bool fallback = false;
        std::vector<NodeId> preference;
        std::set<NodeId> asked;
        std::map<NodeId, VersionSet> replies;
    };

    // quorumcoordinator.cpp
    void startWrite(NodeContext &context, OperationId operation, const std::string &key, const std::string &value);
    void startRead(NodeContext &context, OperationId operation, const std::string &key);
    void ask(NodeContext &context, OperationId operation, NodeId to, NodeId hintFor);
    void answered(NodeContext &context, OperationId operation, NodeId from, const VersionSet &versions);
    void progress(NodeContext &context, OperationId operation);
    void completeRead(NodeContext &context, OperationId operation, Request &request);
    void onRequestTimer(NodeContext &context);
    void turnToFallbacks(NodeContext &context, OperationId operation, Request &request);
    void armRequestTimer(NodeContext &context);

    // quorumreplica.cpp
    VersionSet acceptPut(NodeContext &context, OperationId operation, const std::string &key,
                         const VersionSet &versions, NodeId hintFor);
    void storeVersions(NodeContext &context, const std::string &key, const VersionSet &versions);
    void storeHint(NodeContext &context, NodeId owner, const std::string &key, const VersionSet &versions);
    void handOff(NodeContext &context, NodeId owner, const std::string &key, const VersionSet &delivered);
    void sendDigests(NodeContext &context);
    void answerDigest(NodeContext &context, NodeId from, const QuorumMessage &digest);
    void armAntiEntropy(NodeContext &context, bool first);
    void onReplicaMessage(NodeContext &context, NodeId from, const QuorumMessage &message);

    std::vector<NodeId> preferenceList(NodeContext &context, const std::string &key) const;
    int replicas(NodeContext &context) const;
    bool lastWriterWins(NodeContext &context) const;
    void observe(const VersionSet &versions);
    void send(NodeContext &context, NodeId to, std::shared_ptr<QuorumMessage> message);

    NodeId mId;
    int mClusterSize;
    Variant mVariant;
    // Durable: the store, the hints held for other nodes by (owner, key), the Lamport clock.
    std::map<std::string, VersionSet> mStore;
    std::map<std::pair<NodeId, std::string>, VersionSet> mHints;
    std::int64_t mClock = 0;
    // Volatile: the requests this node coordinates.
    std::map<OperationId, Request> mRequests;
};

// "3.1,4.2" as the checker reads it back from a note's text, after the key.
std::string versionNoteText(const std::string &key, const VersionSet &set);

} // namespace cs::quorum
