#pragma once

#include <QColor>

#include <algorithm>
#include <string_view>

#include "lessonplayer.h"

// What the current lesson step points at, asked by each view of its own items, and the one colour
// every view draws it in (a blue distinct from the selection's yellow and from the role colours).
namespace LessonHighlight {

inline QColor color()
{
    return QColor(0x1e, 0x6f, 0xe8);
}

inline QColor background()
{
    return QColor(0xc4, 0xdc, 0xff);
}

inline bool node(const cs::ActiveHighlight *highlight, cs::NodeId id)
{
    return highlight && std::find(highlight->nodes.begin(), highlight->nodes.end(), id) != highlight->nodes.end();
}

inline bool link(const cs::ActiveHighlight *highlight, cs::NodeId a, cs::NodeId b)
{
    return highlight && std::any_of(highlight->links.begin(), highlight->links.end(), [a, b](const auto &pair) {
               return (pair.first == a && pair.second == b) || (pair.first == b && pair.second == a);
           });
}

inline bool message(const cs::ActiveHighlight *highlight, std::string_view type)
{
    return highlight && std::find(highlight->messages.begin(), highlight->messages.end(), type) != highlight->messages.end();
}

inline bool entry(const cs::ActiveHighlight *highlight, cs::NodeId id, std::int64_t index)
{
    return highlight && std::find(highlight->entries.begin(), highlight->entries.end(),
                                  std::pair<cs::NodeId, std::int64_t>(id, index)) != highlight->entries.end();
}

} // namespace LessonHighlight
