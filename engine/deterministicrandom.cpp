#include "deterministicrandom.h"

namespace cs {

namespace {

std::uint64_t splitMix64(std::uint64_t &state)
{
    std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

std::uint64_t rotateLeft(std::uint64_t x, int k)
{
    return (x << k) | (x >> (64 - k));
}

} // namespace

DeterministicRandom::DeterministicRandom(std::uint64_t seed)
{
    std::uint64_t state = seed;
    for (auto &word : mState)
        word = splitMix64(state);
}

std::uint64_t DeterministicRandom::next()
{
    const std::uint64_t result = rotateLeft(mState[1] * 5, 7) * 9;
    const std::uint64_t t = mState[1] << 17;
    mState[2] ^= mState[0];
    mState[3] ^= mState[1];
    mState[1] ^= mState[2];
    mState[0] ^= mState[3];
    mState[2] ^= t;
    mState[3] = rotateLeft(mState[3], 45);
    return result;
}

std::int64_t DeterministicRandom::uniform(std::int64_t low, std::int64_t high)
{
    if (high <= low)
        return low;
    const std::uint64_t span = static_cast<std::uint64_t>(high - low) + 1;
    if (span == 0)
        return static_cast<std::int64_t>(next());
    const std::uint64_t limit = UINT64_MAX - (UINT64_MAX % span);
    std::uint64_t value = next();
    while (value >= limit)
        value = next();
    return low + static_cast<std::int64_t>(value % span);
}

bool DeterministicRandom::chancePerMillion(std::int64_t partsPerMillion)
{
    if (partsPerMillion <= 0)
        return false;
    if (partsPerMillion >= 1000000)
        return true;
    return uniform(0, 999999) < partsPerMillion;
}

DeterministicRandom DeterministicRandom::derived(std::uint64_t seed, std::uint64_t purpose)
{
    std::uint64_t state = seed ^ (purpose * 0xd1b54a32d192ed03ULL);
    return DeterministicRandom(splitMix64(state));
}

} // namespace cs
