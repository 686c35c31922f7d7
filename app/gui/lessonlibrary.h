#pragma once

#include <QList>
#include <QString>

#include <memory>

#include "lesson.h"

// The lessons shipped with the app (resources/lessons, embedded under :/lessons): the list the
// browser shows, and a lesson read by id, its scenario file taken from the embedded examples.
class LessonLibrary
{
public:
    // One embedded lesson as the browser lists it, texts in the content language.
    struct Entry
    {
        QString id;
        QString topic;
        QString title;
        QString summary;
        int steps = 0;
    };

    // Every embedded lesson that reads, ordered by topic and then by title; one that does not read
    // (a broken file would be a build defect) is left out with a warning on stderr.
    static QList<Entry> all();

    // Reads the lesson with this id; on failure returns nullptr and sets *error to one sentence.
    static std::shared_ptr<const cs::Lesson> load(const QString &id, QString *error);
};
