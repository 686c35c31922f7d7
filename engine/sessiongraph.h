#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "registersearch.h"

namespace cs {

// Which visibility rules a client-centric model enforces: what a client's read must already see.
enum SessionRule : unsigned {
    OwnWrites = 1,       // read-your-writes: the client's own earlier writes
    ObservedWrites = 2,  // monotonic reads: what its earlier reads returned
    WriterOrder = 4,     // monotonic writes: a write it saw brings its writer's earlier writes
    WriterReads = 8,     // writes-follow-reads: a write it saw brings what its writer had read
    CausalPast = 16,     // causal: everything in its causal past (session order and reads-from, closed)
};

// Why a client's reads cannot be ordered after what they must see: the read, the write it returned
// (nullopt: the initial value), and a write it had to see at or after that one.
struct SessionViolation
{
    std::size_t read = 0;
    int key = 0;
    int readValue = 0;
    std::size_t required = 0;
    // The write whose writer's order or reads brought `required` (monotonic writes, writes-follow-reads).
    std::optional<std::size_t> via;
    // Every operation (indices into RegisterHistory::ops) on the contradiction's cycle.
    std::vector<std::size_t> operations;
};

// Each client sees the writes in an order of its own (Elle's process graph per observer): the rules
// give "must see u before what this read returned" edges, and a cycle through two different writes
// (or a write and the initial value) is a violation. Linear in the history per client. Values are
// taken as unique per key: a read of a value several writes wrote reads from the first of them, so
// duplicated values can hide or invent anomalies.
std::optional<SessionViolation> findSessionViolation(const RegisterHistory &history, unsigned rules);

} // namespace cs
