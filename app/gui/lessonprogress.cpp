#include "lessonprogress.h"

#include <QCoreApplication>
#include <QSettings>

namespace {

QString key(const QString &id, const char *what)
{
    return QStringLiteral("lessons/%1/%2").arg(id, QLatin1String(what));
}

} // namespace

int LessonProgress::step(const QString &id)
{
    return QSettings().value(key(id, "step"), 0).toInt();
}

bool LessonProgress::finished(const QString &id)
{
    return QSettings().value(key(id, "finished"), false).toBool();
}

void LessonProgress::record(const QString &id, int step, bool finished)
{
    QSettings settings;
    settings.setValue(key(id, "step"), step);
    if (finished)
        settings.setValue(key(id, "finished"), true);
}

QString LessonProgress::describe(const QString &id, int steps)
{
    const int at = step(id);
    if (finished(id) && (at == 0 || at >= steps))
        return QCoreApplication::translate("LessonProgress", "Finished");
    if (at == 0)
        return QCoreApplication::translate("LessonProgress", "Not started");
    return QCoreApplication::translate("LessonProgress", "Step %1 of %2").arg(at).arg(steps);
}
