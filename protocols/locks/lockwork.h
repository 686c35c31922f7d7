#pragma once

#include <string>
#include <vector>

#include "simulation.h"

namespace cs::locks {

// The client operations a process has been asked to do under the lock: it takes the lock once for
// everything waiting, does it while holding, and answers every one of them.
class LockWork
{
public:
    // Takes a command to do under the lock ("read" asks for a shared read lock; any other command
    // writes under an exclusive one) and says whether it was taken; anything else is refused.
    bool add(NodeContext &context, const ClientRequest &request);
    bool empty() const { return mWaiting.empty(); }
    // Whether what waits needs only a read lock.
    bool readOnly() const;
    // Moves everything waiting into the batch the current holding serves.
    void take();
    void answer(NodeContext &context, bool ok, const std::string &error);
    // After a crash nothing is remembered: the clients' operations time out.
    void clear() { *this = {}; }
    std::size_t waiting() const { return mWaiting.size(); }

private:
    // One operation: its id and its command.
    struct Item
    {
        OperationId operation = 0;
        std::string command;
    };

    std::vector<Item> mWaiting;
    std::vector<Item> mBatch;
};

} // namespace cs::locks
