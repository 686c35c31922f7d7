#include "virtualtime.h"

#include <charconv>

namespace cs {

std::optional<VirtualTime> parseDuration(std::string_view text)
{
    std::int64_t value = 0;
    const char *begin = text.data();
    const char *end = text.data() + text.size();
    auto [ptr, ec] = std::from_chars(begin, end, value);
    if (ec != std::errc() || ptr == begin || value < 0)
        return std::nullopt;
    std::string_view unit(ptr, static_cast<std::size_t>(end - ptr));
    std::int64_t scale = 0;
    if (unit.empty() || unit == "us")
        scale = kMicrosecond;
    else if (unit == "ms")
        scale = kMillisecond;
    else if (unit == "s")
        scale = kSecond;
    else if (unit == "m" || unit == "min")
        scale = 60 * kSecond;
    else
        return std::nullopt;
    constexpr std::int64_t kLimit = std::int64_t(1) << 60;
    if (value > kLimit / scale)
        return std::nullopt;
    return value * scale;
}

std::string formatDuration(VirtualTime t)
{
    const bool negative = t < 0;
    const std::int64_t magnitude = negative ? -t : t;
    std::int64_t unit = kMicrosecond;
    const char *suffix = "us";
    if (magnitude >= kSecond) {
        unit = kSecond;
        suffix = "s";
    } else if (magnitude >= kMillisecond) {
        unit = kMillisecond;
        suffix = "ms";
    }
    std::string text = (negative ? "-" : "") + std::to_string(magnitude / unit);
    if (const auto rest = magnitude % unit; rest != 0) {
        std::string digits = std::to_string(rest);
        const std::size_t width = unit == kSecond ? 6 : 3;
        digits.insert(0, width - digits.size(), '0');
        while (!digits.empty() && digits.back() == '0')
            digits.pop_back();
        text += "." + digits;
    }
    return text + suffix;
}

} // namespace cs
