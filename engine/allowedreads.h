#pragma once

#include <set>
#include <string>
#include <vector>

namespace cs {

// One write of a single writer's sequence (Terry's baseball game: "home" = "1", "visitors" = "1"...).
struct SequencedWrite
{
    std::string key;
    std::string value;
};

// The read guarantees of Terry's "Replicated data consistency explained through baseball".
enum class ReadGuarantee { Strong, Eventual, ConsistentPrefix, BoundedStaleness, MonotonicReads, ReadMyWrites };

// What a reader brings to a read: how many writes a bounded-staleness read must include, the values
// its previous read returned (monotonic reads), whether it is the writer itself (read my writes).
struct ReaderContext
{
    std::size_t freshPrefix = 0;
    std::vector<std::string> lastRead;
    bool writer = false;
};

// Every result a read of `keys` can return once the writer's sequence has been written, under a
// guarantee, by exhaustive enumeration over how far the reader's replica lags: per key any number of
// that key's writes (eventual), or a prefix of the whole sequence (consistent prefix, bounded
// staleness). A key never written reads `initial`.
std::set<std::vector<std::string>> allowedReads(const std::vector<SequencedWrite> &writes,
                                                const std::vector<std::string> &keys, ReadGuarantee guarantee,
                                                const ReaderContext &reader = {}, const std::string &initial = "0");

} // namespace cs
