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

// What a search found besides its verdict (indices into its `ops`): when an order exists, that order
// (Wing-Gong's witness); when none does, the longest prefix of an order it reached (Porcupine's
// partial linearization) and the operations that could come next but do not fit after it.
struct SearchWitness
{
    // The operations that took effect, in order.
    std::vector<std::size_t> order;
    // The optional operations the order leaves out: they never took effect. When an order exists, an
    // optional operation is in it only if an operation after it needs its effect.
    std::vector<std::size_t> skipped;
    // Violated only: the operations real time allowed next that the registers' values refuse.
    std::vector<std::size_t> blocked;
    // The registers' values at the end of `order`.
    std::vector<int> values;
};

// Wing-Gong search with memoised states: is there an order of `ops` (over the registers numbered
// below keyCount) that respects session order (sessionPrecedes) and, when realTime, real time? `visited` counts
// states; past `budget` the answer is Unknown. A `witness`, when given, receives the order found or,
// when violated, the longest prefix.
ModelVerdict searchOrder(const std::vector<RegisterOp> &ops, int keyCount, bool realTime, std::uint64_t budget,
                         std::uint64_t &visited, SearchWitness *witness = nullptr);

// The operations of one key only, as single-key operations (P-compositionality: a history is
// linearizable when each key's sub-history is).
std::vector<RegisterOp> projectOnKey(const std::vector<RegisterOp> &ops, int key);

// Shrinks a violating set of operations to one where removing any single operation leaves no
// violation (or stops at the budget), for the fewest operations that prove it.
std::vector<RegisterOp> shrinkViolation(std::vector<RegisterOp> ops, int keyCount, bool realTime,
                                        std::uint64_t budget);

} // namespace cs
