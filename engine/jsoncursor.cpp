#include "jsoncursor.h"

#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>

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
    const std::string path = mPath.empty() ? std::string(key) : mPath + "." + std::string(key);
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
    } else if (mValue->is_number_float() && std::trunc(mValue->get<double>()) == mValue->get<double>()) {
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

nlohmann::ordered_json parseJsonDocument(std::string_view bytes, const DocumentLimits &limits)
{
    if (bytes.size() > limits.maxBytes)
        throw InputError("too large (" + std::to_string(bytes.size()) + " bytes, at most "
                         + std::to_string(limits.maxBytes) + ")");
    if (const auto nul = bytes.find('\0'); nul != std::string_view::npos)
        throw InputError("not a text file (a NUL byte at offset " + std::to_string(nul) + ")");
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    for (char c : bytes) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > limits.maxDepth)
                throw InputError("nested deeper than " + std::to_string(limits.maxDepth) + " levels");
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    try {
        return nlohmann::ordered_json::parse(bytes.begin(), bytes.end());
    } catch (const nlohmann::ordered_json::parse_error &error) {
        std::string message = error.what();
        const std::string marker = "parse error ";
        if (const auto at = message.find(marker); at != std::string::npos)
            message = message.substr(at + marker.size());
        if (message.rfind("at ", 0) == 0)
            message = message.substr(3);
        throw InputError("not valid JSON: " + message);
    }
}

std::string readFileLimited(const std::string &path, std::size_t maxBytes)
{
    std::error_code error;
    if (!std::filesystem::is_regular_file(path, error))
        throw InputError(std::filesystem::exists(path, error) ? "not a regular file" : "no such file");
    const auto size = std::filesystem::file_size(path, error);
    if (error)
        throw InputError("cannot read: " + error.message());
    if (size > maxBytes)
        throw InputError("too large (" + std::to_string(size) + " bytes, at most " + std::to_string(maxBytes) + ")");
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw InputError("cannot open for reading");
    std::ostringstream content;
    content << in.rdbuf();
    return content.str();
}

} // namespace cs
