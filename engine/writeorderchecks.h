#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "registersearch.h"

namespace cs {

// A read judged against the order of writes: the read, and the writes that show what it missed.
struct WriteOrderViolation
{
    std::size_t read = 0;
    // Consistent prefix: the write the read saw and an earlier one it missed. Bounded staleness: the
    // read's key and the write it should have seen. Eventual: a second read that disagrees.
    std::size_t seen = 0;
    bool seenInitial = false;
    std::size_t missed = 0;
    int key = 0;
};

// Consistent prefix: every read returns the state after some prefix of the writes taken in
// invocation order (a write whose outcome is unknown may be left out). Single-key reads always do.
std::optional<WriteOrderViolation> findPrefixViolation(const RegisterHistory &history);

// Bounded staleness: a read sees, per key, a write no older than any ok write that completed at
// least `bound` before the read began (older: it completed before that write was invoked).
std::optional<WriteOrderViolation> findStaleRead(const RegisterHistory &history, VirtualTime bound);

// Eventual: the reads invoked at or after `quiescentFrom` agree per key.
std::optional<WriteOrderViolation> findDivergence(const RegisterHistory &history, VirtualTime quiescentFrom);

// Last-writer-wins lost writes: ok writes whose value no replica holds at the end and no read
// returned after the write completed, and that no later write of the key causally follows (an
// overwrite that knew of it). Only keys present in `finalValues` are judged.
std::vector<std::size_t> findLostWrites(const RegisterHistory &history,
                                        const std::map<std::string, std::vector<std::string>> &finalValues);

} // namespace cs
