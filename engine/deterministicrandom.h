#pragma once

#include <cstdint>

namespace cs {

// The simulation's one seeded generator (xoshiro256**) with portable integer helpers, so a
// trace replays identically on every platform and standard library.
class DeterministicRandom
{
public:
    explicit DeterministicRandom(std::uint64_t seed = 0);

    std::uint64_t next();

    // Uniform integer in [low, high], both inclusive; unbiased (rejection sampling).
    std::int64_t uniform(std::int64_t low, std::int64_t high);

    // True with probability partsPerMillion / 1,000,000.
    bool chancePerMillion(std::int64_t partsPerMillion);

    // A generator for an independent purpose, derived from this one's seed and a label.
    static DeterministicRandom derived(std::uint64_t seed, std::uint64_t purpose);

    bool operator==(const DeterministicRandom &) const = default;

private:
    std::uint64_t mState[4];
};

} // namespace cs
