#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "boundedjson.h"

namespace cs {

// Bad input from a file or a command line; the message names what and where, on one line, with control
// characters, invalid UTF-8 and bidirectional overrides escaped so that file content cannot reach a
// terminal or a dialog raw.
class InputError : public std::runtime_error
{
public:
    explicit InputError(const std::string &message);
};

// Text made safe to print: \n, \t, \u001b and \xff forms instead of control characters and bad bytes.
std::string escapeForMessage(std::string_view text);

// A read-only position in a parsed JSON document that knows its path ("events[17].t"), so every
// complaint about the document says exactly where the problem is.
class JsonCursor
{
public:
    JsonCursor(const nlohmann::ordered_json &value, std::string path);

    const nlohmann::ordered_json &value() const { return *mValue; }
    const std::string &path() const { return mPath; }

    bool has(std::string_view key) const;
    JsonCursor operator[](std::string_view key) const;
    JsonCursor operator[](std::size_t index) const;
    std::size_t size() const;

    JsonCursor requireObject() const;
    JsonCursor requireArray(std::size_t maxSize) const;
    std::int64_t integer(std::int64_t minimum, std::int64_t maximum) const;
    std::string string(std::size_t maxLength) const;
    bool boolean() const;

    // A duration written as an integer of microseconds or as a string such as "1500ms".
    std::int64_t duration(std::int64_t minimum, std::int64_t maximum) const;

    [[noreturn]] void fail(const std::string &problem) const;

private:
    const nlohmann::ordered_json *mValue;
    std::string mPath;
};

} // namespace cs
