#pragma once

#include <QList>
#include <QString>

// The scenarios shipped with the app (resources/scenarios, embedded under :/examples), each with its
// protocol, title and description in the interface's language, for the Examples menu.
class ExampleScenarios
{
public:
    struct Example
    {
        QString path;
        QString protocolTitle;
        QString title;
        QString description;
    };

    // Every embedded scenario, grouped by protocol title and then by title; one that does not read
    // (a broken file would be a build defect) is left out with a warning on stderr.
    static QList<Example> all();
};
