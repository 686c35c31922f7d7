#pragma once

#include <QString>

// How far a learner got in each lesson, remembered in QSettings across sessions: the step they
// last stood at (for Resume) and whether they ever finished it.
class LessonProgress
{
public:
    // The step (1-based) the learner last stood at; 0 when the lesson was never opened.
    static int step(const QString &id);
    static bool finished(const QString &id);
    static void record(const QString &id, int step, bool finished);
    // "Not started", "Step 3 of 11" or "Finished", in the interface's language.
    static QString describe(const QString &id, int steps);
};
