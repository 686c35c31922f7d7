#include "lockprotocol.h"

#include "leaseclient.h"
#include "leaseserver.h"
#include "lockchecker.h"
#include "storagenode.h"
#include "zkclient.h"
#include "zkserver.h"

namespace cs::locks {

namespace {

void describeService(ProtocolDescriptor &d, Variant variant)
{
    switch (variant) {
    case Variant::Table:
        d.name = "lock-table";
        d.title = "Distributed lock: database lock table";
        d.summary = "A process inserts the lock's row to take the lock and deletes it to release; the row has no "
                    "expiry, so a holder that crashes leaves the lock taken forever.";
        break;
    case Variant::Cache:
        d.name = "lock-cache";
        d.title = "Distributed lock: cache key with setnx and expiry";
        d.summary = "A process sets the lock's key if it is absent, with an expiry; a holder paused past the expiry "
                    "still believes it holds the lock, and the storage refuses its stale fencing token.";
        break;
    case Variant::CacheIgnoresFencing:
        d.name = "lock-cache-ignores-fencing";
        d.title = "Distributed lock: cache key (unsafe: clients ignore fencing)";
        d.summary = "As the cache lock, but processes write without their fencing token, so the storage takes a "
                    "paused holder's stale write after the new holder's.";
        break;
    case Variant::ZooKeeper:
        d.name = "lock-zookeeper";
        d.title = "Distributed lock: ZooKeeper sequential ephemeral nodes";
        d.summary = "Each process creates a sequential ephemeral node and holds the lock when no conflicting node "
                    "is lower; waiters watch their predecessor (the recipe) or the whole directory (the herd).";
        break;
    }
}

} // namespace

LockProtocol::LockProtocol(Variant variant)
    : mVariant(variant)
{
    ProtocolDescriptor &d = mDescriptor;
    describeService(d, variant);
    d.parameters = networkParameterSpecs();
    d.parameters[kParamNodes].defaultValue = 5;
    d.parameters.push_back({"workTime", "Work time", ParameterUnit::Duration, 200 * kMillisecond, kMillisecond,
                            60 * kSecond, "How long a process works while holding the lock before it writes to the storage."});
    d.parameters.push_back({"retryInterval", "Retry interval", ParameterUnit::Duration, 100 * kMillisecond,
                            5 * kMillisecond, 10 * kSecond,
                            "How long a process waits for an answer before asking again (and how often it polls a busy lock)."});
    if (service() == Service::Cache)
        d.parameters.push_back({"lease", "Expiry", ParameterUnit::Duration, kSecond, 10 * kMillisecond, 60 * kSecond,
                                "How long the cache keeps the lock's key before it expires on its own."});
    if (service() == Service::ZooKeeper) {
        d.parameters.push_back({"sessionTimeout", "Session timeout", ParameterUnit::Duration, kSecond,
                                30 * kMillisecond, 60 * kSecond,
                                "How long the server keeps a silent client's session (and its ephemeral nodes)."});
        d.parameters.push_back({"watch", "Waiters watch", ParameterUnit::Choice, 0, 0, 1,
                                "predecessor: each waiter watches the next lower node (the recipe); directory: every "
                                "waiter watches the whole lock directory, so one release wakes them all.",
                                true, {"predecessor", "directory"}});
    }
    d.roles = {{"service", "#8e6bd6"}, {"storage", "#7a8794"}, {"idle", "#5b8def"},
               {"waiting", "#f0a030"}, {"holding", "#2fa84f"}, {"releasing", "#62c2b4"}};
    d.timers = {"work", "retry", "ping", "expiry"};
    d.notes = {&kRoleNote, &kGrantNote, &kAcquireNote, &kReleaseNote, &kWriteNote, &kExpireNote};
    if (service() == Service::ZooKeeper)
        d.notes.insert(d.notes.end(), {&kCreateNote, &kDeleteNote, &kNotifyNote, &kListNote});
    d.invariants = {"Fenced Writes", "Every Waiter Served"};
    if (service() != Service::Cache)
        d.invariants.insert(d.invariants.begin(), "Readers And Writers Exclude");
    if (variant == Variant::Table)
        d.knownLimitations = {"Every Waiter Served"};
    d.meanings = {
        {.meaning = Meaning::RoleChange, .note = &kRoleNote, .key = 0},
        {.meaning = Meaning::Decision, .note = &kAcquireNote, .key = 0,
         .words = {"Run until a process takes the lock", "Locks taken", "locks taken", "No process took the lock"}},
    };
    d.view.badgeFields = {"token"};
    d.view.progressTimer = kWorkTimer;
    d.view.nodeActions = {{"Ask for the lock", "lock"}};
    if (service() == Service::ZooKeeper) {
        d.view.badgeFields = {"lock node"};
        d.view.nodeActions.push_back({"Ask for a read lock", "read"});
    }
    d.view.clientRequest = "Ask a process for the lock";
}

Service LockProtocol::service() const
{
    switch (mVariant) {
    case Variant::Table: return Service::Table;
    case Variant::Cache:
    case Variant::CacheIgnoresFencing: return Service::Cache;
    case Variant::ZooKeeper: return Service::ZooKeeper;
    }
    return Service::Table;
}

std::unique_ptr<ProtocolNode> LockProtocol::createNode(NodeId id, int) const
{
    if (id == kStorageNode)
        return std::make_unique<StorageNode>();
    if (service() == Service::ZooKeeper) {
        if (id == kServiceNode)
            return std::make_unique<ZkServer>();
        return std::make_unique<ZkClient>();
    }
    if (id == kServiceNode)
        return std::make_unique<LeaseServer>(service());
    return std::make_unique<LeaseClient>(service(), mVariant == Variant::CacheIgnoresFencing);
}

std::unique_ptr<InvariantChecker> LockProtocol::createChecker(const ParameterValues &parameters) const
{
    const bool directory = service() == Service::ZooKeeper && parameters[kParamWatch] == 1;
    const VirtualTime lease = service() == Service::Table ? 0 : parameters[kParamLease];
    // Once faults stop, a waiter may need every other process's turn, a lease or session to run
    // out, and a few retries.
    const VirtualTime turn = parameters[kParamWork] + 2 * parameters[kParamRetry] + 4 * parameters[kParamLatencyMax];
    const VirtualTime settle = 2 * lease + turn * parameters[kParamNodes];
    return std::make_unique<LockChecker>(service(), directory, settle);
}

} // namespace cs::locks
