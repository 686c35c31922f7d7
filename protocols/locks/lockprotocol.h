#pragma once

#include "locknotes.h"
#include "protocol.h"

namespace cs::locks {

// Which lock a protocol runs, and the deliberate departure that the checker must catch.
enum class Variant { Table, Cache, CacheIgnoresFencing, ZooKeeper };

// A distributed lock as the engine and the app see it: node 1 the lock service (a database's lock
// table, a cache with setnx and expiry, or ZooKeeper), node 2 the storage the lock protects, and
// the processes that take the lock from node 3 on.
class LockProtocol final : public Protocol
{
public:
    explicit LockProtocol(Variant variant);

    const ProtocolDescriptor &descriptor() const override { return mDescriptor; }
    std::unique_ptr<ProtocolNode> createNode(NodeId id, int clusterSize) const override;
    std::unique_ptr<InvariantChecker> createChecker(const ParameterValues &parameters) const override;

private:
    Service service() const;

    Variant mVariant;
    ProtocolDescriptor mDescriptor;
};

} // namespace cs::locks
