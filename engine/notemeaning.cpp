#include "notemeaning.h"

namespace cs {

std::optional<std::int64_t> NoteMeaning::keyOf(const Note &note) const
{
    if (key < 0 || key >= static_cast<int>(note.numbers.size()))
        return std::nullopt;
    return note.number(static_cast<std::size_t>(key));
}

NodeId NoteMeaning::whoOf(const Note &note) const
{
    if (who < 0 || who >= static_cast<int>(note.numbers.size()))
        return note.node;
    return static_cast<NodeId>(note.number(static_cast<std::size_t>(who)));
}

std::string_view NoteMeaning::textKeyOf(const Note &note) const
{
    const std::string_view text = note.text;
    return keyEnd == '\0' ? text : text.substr(0, text.find(keyEnd));
}

std::string_view NoteMeaning::keyName() const
{
    if (!note || key < 0 || key >= static_cast<int>(note->numberFields.size()))
        return {};
    return note->numberFields[static_cast<std::size_t>(key)];
}

const NoteMeaning *findMeaning(const std::vector<NoteMeaning> &meanings, Meaning meaning)
{
    for (const auto &declared : meanings) {
        if (declared.meaning == meaning)
            return &declared;
    }
    return nullptr;
}

MeaningTracker::MeaningTracker(const std::vector<NoteMeaning> &meanings)
{
    for (const auto &meaning : meanings)
        mSeen.push_back({&meaning});
}

unsigned MeaningTracker::observe(const Note &note)
{
    unsigned news = 0;
    for (auto &seen : mSeen) {
        const auto &meaning = *seen.meaning;
        if (!meaning.matches(note))
            continue;
        const auto key = meaning.keyOf(note).value_or(0);
        bool isNew = true;
        switch (meaning.novelty) {
        case Novelty::Every: break;
        case Novelty::NewKey: isNew = seen.keys.emplace(key, note.text).second; break;
        case Novelty::RisingKey: isNew = !seen.any || key > seen.highest; break;
        case Novelty::Once: isNew = !seen.any; break;
        }
        if (!seen.any || key > seen.highest)
            seen.highest = key;
        seen.any = true;
        if (isNew)
            news |= bit(meaning.meaning);
    }
    return news;
}

} // namespace cs
