#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace cs {

// What one document may cost; every limit is enforced while parsing, before the tree grows past it.
struct DocumentLimits
{
    std::size_t maxBytes = 0;
    int maxDepth = 64;
    std::size_t maxStringBytes = 64 * 1024;
    std::size_t maxMembers = 10000;
    // What the parsed tree may cost in memory, estimated as it grows (a tree costs up to ~16 times
    // its text for short values such as [1,1,1]).
    std::size_t maxTreeBytes = std::size_t(64) << 20;
};

// Parses bytes into JSON, refusing duplicate keys, numbers beyond a double, strings and objects past
// the limits and nesting past the depth; every error names the path ("events[3].msg: ...").
nlohmann::ordered_json parseJsonDocument(std::string_view bytes, const DocumentLimits &limits);

// Reads a whole file into exactly its size, refusing it before reading if it is larger than maxBytes.
std::string readFileLimited(const std::string &path, std::size_t maxBytes);

// A path with one more key: "a.b", or a["x y"] when the key is not a plain identifier.
std::string appendKeyToPath(const std::string &path, std::string_view key);

} // namespace cs
