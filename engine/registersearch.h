#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "consistencychecker.h"

namespace cs {

// One register operation as the Wing-Gong search sees it: values interned to small numbers, an
// unknown operation's return time at infinity (it may take effect at any point after its call, or
// never).
struct RegisterOp
{
    std::size_t source = 0;
    OperationId id = 0;
    ClientId client = 1;
    OperationKind kind = OperationKind::Read;
    VirtualTime call = 0;
    VirtualTime ret = kNotCompleted;
    bool optional = false;
    // Per key touched: the value a read returned or a compare-and-set expected (-1: none), and the
    // value a write or compare-and-set wrote (-1: none).
    std::vector<int> keys;
    std::vector<int> readValues;
    std::vector<int> writeValues;
};

// Session order: a comes before b when the same client saw a return (ok or fail) before invoking b.
// A client may pipeline operations, and an unknown one never returns, so it orders nothing after it.
inline bool sessionPrecedes(const RegisterOp &a, const RegisterOp &b)
{
    return a.client == b.client && !a.optional && a.ret < b.call;
}

// The register operations of a history, keyed and interned (value 0 is each key's initial value).
struct RegisterHistory
{
    std::vector<RegisterOp> ops;
    std::vector<std::string> keyNames;
    std::vector<std::string> valueNames;
    // Per key, the name of its initial value ("" when never written).
    std::vector<std::string> initialNames;
};

RegisterHistory registerHistory(const History &history, const std::map<std::string, std::string> &initialValues = {});

// Wing-Gong search with memoised states: is there an order of `ops` (over the registers numbered
// below keyCount) that respects session order (sessionPrecedes) and, when realTime, real time? `visited` counts
// states; past `budget` the answer is Unknown.
ModelVerdict searchOrder(const std::vector<RegisterOp> &ops, int keyCount, bool realTime, std::uint64_t budget,
                         std::uint64_t &visited);

// The operations of one key only, as single-key operations (P-compositionality: a history is
// linearizable when each key's sub-history is).
std::vector<RegisterOp> projectOnKey(const std::vector<RegisterOp> &ops, int key);

// Shrinks a violating set of operations to one where removing any single operation leaves no
// violation (or stops at the budget), for the fewest operations that prove it.
std::vector<RegisterOp> shrinkViolation(std::vector<RegisterOp> ops, int keyCount, bool realTime,
                                        std::uint64_t budget);

} // namespace cs
