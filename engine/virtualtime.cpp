#include "virtualtime.h"

#include <charconv>

namespace cs {

std::optional<VirtualTime> parseDuration(std::string_view text)
{
    std::int64_t whole = 0;
    const char *begin = text.data();
    const char *end = text.data() + text.size();
    auto [ptr, ec] = std::from_chars(begin, end, whole);
    if (ec != std::errc() || ptr == begin || whole < 0)
        return std::nullopt;
    std::int64_t fraction = 0;
    std::int64_t fractionScale = 1;
    if (ptr != end && *ptr == '.') {
        ++ptr;
        const char *digits = ptr;
        while (ptr != end && *ptr >= '0' && *ptr <= '9' && fractionScale < 1000000) {
            fraction = fraction * 10 + (*ptr - '0');
            fractionScale *= 10;
            ++ptr;
        }
        if (ptr == digits || (ptr != end && *ptr >= '0' && *ptr <= '9'))
            return std::nullopt;
    }
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
    else if (unit == "h")
        scale = 3600 * kSecond;
    else
        return std::nullopt;
    if (fractionScale > scale)
        return std::nullopt;
    constexpr std::int64_t kLimit = std::int64_t(1) << 60;
    if (whole > kLimit / scale)
        return std::nullopt;
    return whole * scale + fraction * (scale / fractionScale);
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
