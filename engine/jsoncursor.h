#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace cs {

// Bad input from a file or a command line; the message names what and where.
class InputError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

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

// Limits enforced on the raw bytes before a document is parsed.
struct DocumentLimits
{
    std::size_t maxBytes = 0;
    int maxDepth = 64;
};

// Parses bytes into JSON after checking size and nesting depth; errors name line and column.
nlohmann::ordered_json parseJsonDocument(std::string_view bytes, const DocumentLimits &limits);

// Reads a whole file, refusing it before reading if it is larger than maxBytes.
std::string readFileLimited(const std::string &path, std::size_t maxBytes);

} // namespace cs
