#pragma once

#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include "client.h"
#include "message.h"
#include "virtualtime.h"

namespace cs {

// The completion time of an operation that has not completed.
inline constexpr VirtualTime kNotCompleted = std::numeric_limits<VirtualTime>::max();

// One client operation as a consistency checker sees it: who asked whom for what, when it was
// invoked and completed, and what came back. A read of several keys ("home,visitors") returns their
// values in the same order ("5,2"), read from one replica at one moment.
struct HistoryOperation
{
    OperationId id = 0;
    ClientId client = 1;
    NodeId node = 0;
    OperationKind kind = OperationKind::Read;
    std::vector<std::string> keys;
    // What a write wrote (one per key) or a read returned (one per key; "" for a key never written).
    std::vector<std::string> values;
    // A compare-and-set's expected value (one key); empty for other kinds.
    std::string expected;
    VirtualTime invokedAt = 0;
    // kNotCompleted while pending; an unknown (timed out) operation completes at its deadline.
    VirtualTime completedAt = kNotCompleted;
    OperationResult result = OperationResult::Unknown;
    bool pending = true;
};

// The operation history of a run in invocation order: Jepsen's history of invoke and complete
// events, with commands left out (they are not register operations).
class History
{
public:
    void invoke(VirtualTime at, const PendingOperation &operation);
    void complete(VirtualTime at, const PendingOperation &operation, const OperationOutcome &outcome);
    // Crashes, restarts, partitions and heals, drawn by the history view as annotations.
    void annotate(VirtualTime at, std::string text);

    const std::vector<HistoryOperation> &operations() const { return mOperations; }
    const HistoryOperation *find(OperationId id) const;

    struct Annotation
    {
        VirtualTime at = 0;
        std::string text;
    };
    const std::vector<Annotation> &annotations() const { return mAnnotations; }

private:
    std::vector<HistoryOperation> mOperations;
    std::vector<Annotation> mAnnotations;
};

} // namespace cs
