#include "kvprotocol.h"

#include <algorithm>

#include "kvchecker.h"

namespace cs::kv {

namespace {

std::string nameOf(Variant variant)
{
    switch (variant) {
    case Variant::Correct: return "kv";
    case Variant::AnyReplicaReads: return "kv-any-replica-reads";
    case Variant::AcksBeforeMajority: return "kv-acks-before-majority";
    case Variant::BackupNeverApplies: return "kv-backup-never-applies";
    case Variant::PrefixReadsPerKey: return "kv-prefix-reads-per-key";
    }
    return "kv";
}

} // namespace

KvProtocol::KvProtocol(Variant variant)
    : mVariant(variant)
{
    auto &d = mDescriptor;
    d.name = nameOf(variant);
    d.title = variant == Variant::Correct ? "Replicated key-value store (CP or AP)"
              : variant == Variant::AnyReplicaReads
                  ? "Replicated key-value store (unsafe: CP reads served by any replica)"
              : variant == Variant::AcksBeforeMajority
                  ? "Replicated key-value store (unsafe: CP writes acknowledged before a majority stores them)"
              : variant == Variant::BackupNeverApplies
                  ? "Replicated key-value store (broken: backups never apply replication)"
                  : "Replicated key-value store (broken: consistent-prefix reads take each key as it arrived)";
    d.summary = "CP: the lowest live node leads and runs every read and write through a majority, so the "
                "minority side of a partition refuses. AP: the primary answers writes at once and replicates "
                "in the background; any replica answers reads, possibly stale, and both sides of a partition "
                "keep serving. Replicas reconcile by last-writer-wins or keep siblings.";
    d.parameters = networkParameterSpecs();
    d.parameters[kParamNodes].defaultValue = 3;
    d.parameters.push_back({"mode", "Mode", ParameterUnit::Choice, 0, 0, 1,
                            "cp: a leader replicates each write to a majority before answering; ap: the primary "
                            "answers at once and replicates in the background.",
                            true, {"cp", "ap"}});
    d.parameters.push_back({"reconcile", "Reconciliation", ParameterUnit::Choice, 0, 0, 1,
                            "How concurrent versions are reconciled in ap mode: lww keeps the newest (timestamp, "
                            "node) and flags the lost write; siblings keeps them all for the next write to merge.",
                            true, {"lww", "siblings"}});
    d.parameters.push_back({"heartbeatInterval", "Heartbeat interval", ParameterUnit::Duration, 100 * kMillisecond,
                            5 * kMillisecond, 30 * kSecond, "How often every node tells the others it is alive."});
    d.parameters.push_back({"failureTimeout", "Failure timeout", ParameterUnit::Duration, 350 * kMillisecond,
                            10 * kMillisecond, 60 * kSecond,
                            "How long without a heartbeat before a node counts a peer as gone."});
    d.parameters.push_back({"antiEntropyInterval", "Anti-entropy interval", ParameterUnit::Duration,
                            500 * kMillisecond, 10 * kMillisecond, 60 * kSecond,
                            "How often every node pushes all its versions to its peers."});
    d.parameters.push_back({"roundTimeout", "Round timeout", ParameterUnit::Duration, 400 * kMillisecond,
                            10 * kMillisecond, 60 * kSecond,
                            "How long a CP leader waits for a majority before it gives up a round."});
    d.parameters.push_back({"stalenessBound", "Staleness bound", ParameterUnit::Duration, kSecond, kMillisecond,
                            60 * kSecond,
                            "A bounded-staleness read is refused by a replica whose snapshot of the primary is "
                            "older than this."});
    d.roles = {{"leader", "#2fa84f"},   {"reconciling", "#f0a030"}, {"isolated", "#c0392b"},
               {"follower", "#5b8def"}, {"primary", "#2fa84f"},     {"backup", "#5b8def"}};
    d.timers = {"heartbeat", "antiEntropy"};
    d.notes = {&kRoleNote,  &kWriteNote, &kAckNote,       &kReadNote,  &kValueNote,
               &kDivergenceNote, &kLostNote, &kReconcileNote, &kBlockedNote};
    d.invariants = {"Acknowledged Write On Majority", "Linearizable Reads", "Replicas Converge"};
    d.view.badgeFields = {"values"};
    d.view.leaderRole = "leader";
    d.view.progressTimer = kAntiEntropyTimer;
    d.view.clientRequest = "Client write (key=value) or read (get key)";
    d.meanings = {
        {.meaning = Meaning::RoleChange, .note = &kRoleNote, .key = 0},
        {.meaning = Meaning::Leader, .note = &kRoleNote, .text = "leader", .key = 0,
         .words = {"Run until a leader serves", "Leaders serving", "leaders", "No leader served"}},
        {.meaning = Meaning::Decision, .note = &kAckNote, .key = 0,
         .words = {"Run until a write is acknowledged by a majority", "Acknowledged writes", "acknowledged writes",
                   "No write was acknowledged"}},
        {.meaning = Meaning::ReplicaValue, .note = &kValueNote, .keyEnd = '=', .everyNode = true},
    };
    d.keyValueClients = true;
}

std::unique_ptr<ProtocolNode> KvProtocol::createNode(NodeId id, int clusterSize) const
{
    return std::make_unique<KvNode>(id, clusterSize, mVariant);
}

std::unique_ptr<InvariantChecker> KvProtocol::createChecker(const ParameterValues &parameters) const
{
    // Time for a view to settle, a leader to reconcile, and two anti-entropy rounds to spread the
    // last versions.
    const VirtualTime settle = parameters[kParamFailureTimeout] + parameters[kParamRoundTimeout]
                               + 2 * parameters[kParamAntiEntropy] + 4 * parameters[kParamLatencyMax];
    return std::make_unique<KvChecker>(static_cast<int>(parameters[kParamNodes]), settle);
}

std::string KvProtocol::joinTokens(const std::string &held, const std::string &reply) const
{
    auto session = decodeSession(held);
    const auto newer = decodeSession(reply);
    for (const auto &[key, vector] : newer.written)
        join(session.written[key], vector);
    for (const auto &[key, vector] : newer.read)
        join(session.read[key], vector);
    return encodeSession(session);
}

} // namespace cs::kv
