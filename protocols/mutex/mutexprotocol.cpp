#include "mutexprotocol.h"

#include "centralnode.h"
#include "mutexnotes.h"
#include "tokenringnode.h"

namespace cs::mutex {

MutexProtocol::MutexProtocol(Algorithm algorithm, Variant variant, bool skipFailed)
    : mAlgorithm(algorithm)
    , mVariant(variant)
    , mSkipFailed(skipFailed)
{
    mDescriptor.parameters = networkParameterSpecs();
    mDescriptor.parameters.push_back({"requestInterval", "Request interval", ParameterUnit::Duration,
                                      500 * kMillisecond, 0, 60 * kSecond,
                                      "How often, on average, each process asks for the critical section by itself; "
                                      "0 for never (only when told to)."});
    mDescriptor.parameters.push_back({"requestLimit", "Requests per process", ParameterUnit::Count, 0, 0, 100000,
                                      "How many times each process asks by itself before it stops; 0 for no limit.",
                                      false});
    mDescriptor.parameters.push_back({"holdTime", "Time inside", ParameterUnit::Duration, 50 * kMillisecond,
                                      kMillisecond, 60 * kSecond,
                                      "How long a process stays in the critical section."});
    mDescriptor.invariants = {"Mutual Exclusion", "No Starvation"};
    mDescriptor.roles = {{"idle", "#5b8def"}, {"waiting", "#f0a030"}, {"inside", "#2fa84f"}};
    describeAlgorithm();
    mDescriptor.timers = {"workload", "critical section", "time-out"};
    mDescriptor.view.progressTimer = kHoldTimer;
    mDescriptor.view.leaderRole = "inside";
    mDescriptor.view.nodeActions = {{"Request the critical section", kRequestCommand}};
    mDescriptor.meanings = {
        {.meaning = Meaning::RoleChange, .note = &kRoleNote, .key = 0},
        {.meaning = Meaning::Leader, .note = &kRoleNote, .text = "inside", .key = 0,
         .words = {"Run until a process enters the critical section", "Entries into the critical section", "entries",
                   "No process entered the critical section"}},
    };
}

void MutexProtocol::describeAlgorithm()
{
    auto &d = mDescriptor;
    const auto timeout = [&d](const char *name, const char *label, VirtualTime value, const char *description) {
        d.parameters.push_back({name, label, ParameterUnit::Duration, value, 0, 60 * kSecond, description});
    };
    switch (mAlgorithm) {
    case Algorithm::Central:
        d.name = "mutex-central";
        d.title = "Mutual exclusion: central coordinator";
        d.summary = "Node 1 grants the critical section to one process at a time from a first-come-first-served "
                    "queue: request, grant, release, three messages per entry. If it crashes, nobody gets in.";
        timeout("retryTimeout", "Retry time-out", 0,
                "How long a waiting process waits before it asks again, and how long the coordinator lets a holder "
                "keep the grant before it asks whether it is done; 0 for never, as in the textbook.");
        d.roles.push_back({"coordinator", "#8e44ad"});
        d.notes = {&kRoleNote, &kRequestNote, &kEnterNote, &kExitNote, &kRetryNote,
                   &kQueueNote, &kGrantNote, &kCheckNote, &kReleaseNote};
        d.view.badgeFields = {"queue"};
        return;
    case Algorithm::RicartAgrawala:
        d.name = mVariant == Variant::RepliesAtOnce ? "mutex-ricart-agrawala-replies-at-once"
                 : mSkipFailed                    ? "mutex-ricart-agrawala-skips-failed"
                                                  : "mutex-ricart-agrawala";
        d.title = mVariant == Variant::RepliesAtOnce
                      ? "Mutual exclusion: Ricart-Agrawala (unsafe: replies at once)"
                      : (mSkipFailed ? "Mutual exclusion: Ricart-Agrawala, skipping failed peers"
                                     : "Mutual exclusion: Ricart-Agrawala");
        d.summary = "A process asks every peer with a Lamport timestamp and enters once all have replied, 2(n-1) "
                    "messages per entry; the earlier (timestamp, id) goes first and the other's reply waits until it "
                    "leaves. One crashed peer or one lost reply stalls the requester.";
        timeout("retryTimeout", "Retry time-out", 0,
                "How long a waiting process waits before it asks again the peers that have not replied; 0 for never, "
                "as in the textbook.");
        d.notes = {&kRoleNote, &kRequestNote, &kEnterNote, &kExitNote, &kRetryNote, &kReplyNote, &kDeferNote};
        if (mSkipFailed) {
            d.notes.push_back(&kSuspectNote);
            d.notes.push_back(&kAliveNote);
            // It trusts a time-out to tell a failed peer from a cut-off one.
            d.knownLimitations = {"Mutual Exclusion"};
        }
        d.view.badgeFields = {"deferred"};
        return;
    case Algorithm::TokenRing:
        d.name = mVariant == Variant::RegeneratesBlindly ? "mutex-token-ring-regenerates-blindly" : "mutex-token-ring";
        d.title = mVariant == Variant::RegeneratesBlindly
                      ? "Mutual exclusion: token ring (unsafe: regenerates without checking)"
                      : "Mutual exclusion: token ring";
        d.summary = "One token goes round the ring and only its holder may enter: 0 to n-1 hops of waiting. Node 1 "
                    "notices a lost token and makes a new one only after a probe has gone round, so never two.";
        timeout("tokenTimeout", "Token time-out", kSecond,
                "How long node 1 waits for the token to come round before it decides the token is lost; 0 for "
                "never.");
        d.notes = {&kRoleNote, &kRequestNote, &kEnterNote, &kExitNote, &kTokenNote,
                   &kPassNote, &kDiscardNote, &kProbeNote, &kRegenerateNote};
        d.invariants = {"Mutual Exclusion", "Single Token", "No Starvation"};
        d.view.badgeFields = {"entries"};
        return;
    }
}

std::unique_ptr<ProtocolNode> MutexProtocol::createNode(NodeId id, int clusterSize) const
{
    switch (mAlgorithm) {
    case Algorithm::Central: return std::make_unique<CentralNode>(id, clusterSize);
    case Algorithm::RicartAgrawala: return std::make_unique<RicartNode>(id, clusterSize, mVariant, mSkipFailed);
    case Algorithm::TokenRing: return std::make_unique<TokenRingNode>(id, clusterSize, mVariant);
    }
    return nullptr;
}

std::unique_ptr<InvariantChecker> MutexProtocol::createChecker(const ParameterValues &parameters) const
{
    return std::make_unique<MutexChecker>(mAlgorithm, parameters);
}

} // namespace cs::mutex
