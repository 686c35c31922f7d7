#pragma once

#include <cstdint>
#include <utility>
#include <vector>

#include "locknotes.h"
#include "message.h"

namespace cs::locks {

// One lock node in ZooKeeper's directory: its sequence number and whether it asks to read.
struct LockChild
{
    std::int64_t node = 0;
    bool read = false;
    NodeId owner = 0;
};

// The messages of the three lock services and of the storage: acquire and release for the lock
// table and the cache; create, list, watch, delete and ping for ZooKeeper; write for the storage.
struct LockMessage final : Message
{
    enum class Kind : std::uint8_t {
        Acquire, Granted, Busy, Release, Released,
        Create, Created, GetChildren, Children, Exists, ExistsReply, Delete, Deleted, Watch, Ping, Pong, Expired,
        Write, WriteAck,
    };

    Kind kind = Kind::Acquire;
    Service service = Service::Table;
    // Who asks: the process's incarnation (boot or session epoch) and its attempt within it.
    std::int64_t epoch = 0;
    std::int64_t attempt = 0;
    // A fencing token (0: none), a ZooKeeper node's sequence number, a shared read request.
    std::int64_t token = 0;
    std::int64_t node = 0;
    bool read = false;
    // GetChildren: leave a watch on the directory; ExistsReply: the node is there;
    // WriteAck: the storage accepted the write.
    bool flag = false;
    std::vector<LockChild> children;

    std::string_view type() const override;
    std::string label() const override;
    void writeFields(nlohmann::ordered_json &out) const override;
    std::size_t sizeInBytes() const override { return sizeof(*this) + children.size() * sizeof(LockChild); }
};

// "lock-0003", as ZooKeeper names a sequential node.
std::string lockNodeName(std::int64_t node);

} // namespace cs::locks
