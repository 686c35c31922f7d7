#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

#include "message.h"

namespace cs {

// Names the fields of one kind of semantic note; protocols declare these as constants.
struct NoteSchema
{
    std::string_view kind;
    std::array<std::string_view, 4> numberFields;
    std::string_view textField;
};

// A semantic event a protocol reports (role change, commit, apply...), typed for speed and
// named through its schema when written to a trace.
struct Note
{
    const NoteSchema *schema = nullptr;
    NodeId node = 0;
    std::array<std::int64_t, 4> numbers{};
    std::string text;

    std::int64_t number(std::size_t i) const { return numbers[i]; }
};

} // namespace cs
