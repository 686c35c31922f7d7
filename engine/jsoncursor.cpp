#include "jsoncursor.h"

#include <cmath>

#include "virtualtime.h"

namespace cs {

namespace {

const char *typeName(const nlohmann::ordered_json &value)
{
    switch (value.type()) {
    case nlohmann::ordered_json::value_t::null: return "null";
    case nlohmann::ordered_json::value_t::object: return "an object";
    case nlohmann::ordered_json::value_t::array: return "an array";
    case nlohmann::ordered_json::value_t::string: return "a string";
    case nlohmann::ordered_json::value_t::boolean: return "a boolean";
    case nlohmann::ordered_json::value_t::number_integer:
    case nlohmann::ordered_json::value_t::number_unsigned: return "an integer";
    case nlohmann::ordered_json::value_t::number_float: return "a fractional number";
    default: return "something else";
    }
}

} // namespace

std::string escapeForMessage(std::string_view text)
{
    static const char *kHex = "0123456789abcdef";
    std::string out;
    out.reserve(text.size());
    auto hex = [&out](const char *prefix, unsigned value, int digits) {
        out += prefix;
        for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4)
            out += kHex[(value >> shift) & 0xf];
    };
    for (std::size_t i = 0; i < text.size();) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte < 0x80) {
            if (byte == '\n')
                out += "\\n";
            else if (byte == '\t')
                out += "\\t";
            else if (byte == '\r')
                out += "\\r";
            else if (byte < 0x20 || byte == 0x7f)
                hex("\\u", byte, 4);
            else
                out += static_cast<char>(byte);
            ++i;
            continue;
        }
        // Decode one UTF-8 sequence; anything malformed is shown byte by byte.
        const int length = byte >= 0xf0 && byte <= 0xf4 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc2 && byte <= 0xdf ? 2 : 0;
        unsigned codePoint = length == 4 ? byte & 0x07u : length == 3 ? byte & 0x0fu : byte & 0x1fu;
        bool valid = length != 0 && i + static_cast<std::size_t>(length) <= text.size();
        for (int k = 1; valid && k < length; ++k) {
            const auto next = static_cast<unsigned char>(text[i + static_cast<std::size_t>(k)]);
            valid = (next & 0xc0) == 0x80;
            codePoint = (codePoint << 6) | (next & 0x3fu);
        }
        valid = valid && !(length == 3 && (codePoint < 0x800 || (codePoint >= 0xd800 && codePoint <= 0xdfff)))
                && !(length == 4 && (codePoint < 0x10000 || codePoint > 0x10ffff));
        if (!valid) {
            hex("\\x", byte, 2);
            ++i;
            continue;
        }
        const bool control = codePoint < 0xa0 || (codePoint >= 0x200b && codePoint <= 0x200f)
                             || (codePoint >= 0x2028 && codePoint <= 0x202e) || (codePoint >= 0x2066 && codePoint <= 0x2069)
                             || codePoint == 0xfeff;
        if (control)
            hex("\\u", codePoint, 4);
        else
            out.append(text.substr(i, static_cast<std::size_t>(length)));
        i += static_cast<std::size_t>(length);
    }
    return out;
}

InputError::InputError(const std::string &message)
    : std::runtime_error(escapeForMessage(message))
{
}

JsonCursor::JsonCursor(const nlohmann::ordered_json &value, std::string path)
    : mValue(&value)
    , mPath(std::move(path))
{
}

void JsonCursor::fail(const std::string &problem) const
{
    throw InputError((mPath.empty() ? std::string("document") : mPath) + ": " + problem);
}

bool JsonCursor::has(std::string_view key) const
{
    return mValue->is_object() && mValue->contains(key);
}

JsonCursor JsonCursor::operator[](std::string_view key) const
{
    requireObject();
    const auto it = mValue->find(key);
    const std::string path = appendKeyToPath(mPath, key);
    if (it == mValue->end())
        JsonCursor(*mValue, path).fail("missing");
    return JsonCursor(*it, path);
}

JsonCursor JsonCursor::operator[](std::size_t index) const
{
    return JsonCursor((*mValue)[index], mPath + "[" + std::to_string(index) + "]");
}

std::size_t JsonCursor::size() const
{
    return mValue->size();
}

JsonCursor JsonCursor::requireObject() const
{
    if (!mValue->is_object())
        fail(std::string("expected an object, found ") + typeName(*mValue));
    return *this;
}

JsonCursor JsonCursor::requireArray(std::size_t maxSize) const
{
    if (!mValue->is_array())
        fail(std::string("expected an array, found ") + typeName(*mValue));
    if (mValue->size() > maxSize)
        fail("too many elements (" + std::to_string(mValue->size()) + ", at most " + std::to_string(maxSize) + ")");
    return *this;
}

std::int64_t JsonCursor::integer(std::int64_t minimum, std::int64_t maximum) const
{
    std::int64_t value = 0;
    if (mValue->is_number_integer() && !mValue->is_number_unsigned()) {
        value = mValue->get<std::int64_t>();
    } else if (mValue->is_number_unsigned()) {
        const auto unsignedValue = mValue->get<std::uint64_t>();
        if (unsignedValue > static_cast<std::uint64_t>(maximum))
            fail("out of range (" + std::to_string(unsignedValue) + ", allowed " + std::to_string(minimum) + " to "
                 + std::to_string(maximum) + ")");
        value = static_cast<std::int64_t>(unsignedValue);
    } else if (mValue->is_number_float() && std::fabs(mValue->get<double>()) >= 9.2e18) {
        fail("out of range (too large for an integer)");
    } else {
        fail(std::string("expected an integer, found ") + typeName(*mValue));
    }
    if (value < minimum || value > maximum)
        fail("out of range (" + std::to_string(value) + ", allowed " + std::to_string(minimum) + " to "
             + std::to_string(maximum) + ")");
    return value;
}

std::string JsonCursor::string(std::size_t maxLength) const
{
    if (!mValue->is_string())
        fail(std::string("expected a string, found ") + typeName(*mValue));
    const auto &text = mValue->get_ref<const std::string &>();
    if (text.size() > maxLength)
        fail("string too long (" + std::to_string(text.size()) + " bytes, at most " + std::to_string(maxLength) + ")");
    return text;
}

bool JsonCursor::boolean() const
{
    if (!mValue->is_boolean())
        fail(std::string("expected true or false, found ") + typeName(*mValue));
    return mValue->get<bool>();
}

std::int64_t JsonCursor::duration(std::int64_t minimum, std::int64_t maximum) const
{
    if (mValue->is_string()) {
        const auto parsed = parseDuration(mValue->get_ref<const std::string &>());
        if (!parsed)
            fail("expected a duration such as \"1500ms\" or \"3s\", found \"" + string(64) + "\"");
        if (*parsed < minimum || *parsed > maximum)
            fail("out of range (" + formatDuration(*parsed) + ", allowed " + formatDuration(minimum) + " to "
                 + formatDuration(maximum) + ")");
        return *parsed;
    }
    if (!mValue->is_number_integer())
        fail(std::string("expected a duration (\"1500ms\" or integer microseconds), found ") + typeName(*mValue));
    return integer(minimum, maximum);
}

} // namespace cs
