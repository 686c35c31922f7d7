#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace cs {

// Simulated time in integer microseconds; the engine never reads a wall clock.
using VirtualTime = std::int64_t;

constexpr VirtualTime kMicrosecond = 1;
constexpr VirtualTime kMillisecond = 1000;
constexpr VirtualTime kSecond = 1000 * kMillisecond;

// Parses "250us", "1500ms", "1.5s", "2m", "1h" or a bare integer of microseconds (fractions down to
// one microsecond); nullopt if malformed.
std::optional<VirtualTime> parseDuration(std::string_view text);

// Formats a time for people: "1.5s", "213.456ms", "40us".
std::string formatDuration(VirtualTime t);

} // namespace cs
