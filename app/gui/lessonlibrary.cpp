#include "lessonlibrary.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTextStream>

#include <algorithm>

#include "contentlanguage.h"
#include "registry.h"

namespace {

const QString kLessons = QStringLiteral(":/lessons");

QByteArray readResource(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

cs::Lesson parse(const QString &path)
{
    const auto bytes = readResource(path);
    const cs::ProtocolLookup lookup = [](std::string_view name) { return cs::findProtocol(name); };
    // A scenario the lesson names by file is one of the embedded examples.
    const cs::ScenarioLoader scenarios = [&lookup](const std::string &name) {
        const auto scenarioPath = QStringLiteral(":/examples/") + QString::fromStdString(name);
        if (!QFile::exists(scenarioPath))
            throw cs::InputError("no scenario \"" + name + "\" among the embedded examples");
        const auto scenarioBytes = readResource(scenarioPath);
        return cs::parseScenarioBytes(
            std::string_view(scenarioBytes.constData(), static_cast<std::size_t>(scenarioBytes.size())),
            scenarioPath.toStdString(), lookup);
    };
    return cs::parseLessonBytes(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())),
                                path.toStdString(), lookup, scenarios);
}

} // namespace

QList<LessonLibrary::Entry> LessonLibrary::all()
{
    QList<Entry> out;
    const QDir directory(kLessons);
    const auto locale = ContentLanguage::locale();
    for (const auto &file : directory.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        try {
            const auto lesson = parse(directory.filePath(file));
            out.append({QString::fromStdString(lesson.id), QString::fromStdString(lesson.topic),
                        QString::fromStdString(lesson.title.in(locale)),
                        QString::fromStdString(lesson.summary.in(locale)), static_cast<int>(lesson.steps.size())});
        } catch (const cs::InputError &error) {
            QTextStream(stderr) << "clusterscope: " << error.what() << "\n";
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const Entry &a, const Entry &b) {
        return a.topic != b.topic ? a.topic < b.topic : a.title < b.title;
    });
    return out;
}

std::shared_ptr<const cs::Lesson> LessonLibrary::load(const QString &id, QString *error)
{
    const auto path = kLessons + QLatin1Char('/') + id + QStringLiteral(".json");
    if (id.isEmpty() || id.contains(QLatin1Char('/')) || !QFile::exists(path)) {
        QStringList ids;
        for (const auto &file : QDir(kLessons).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
            ids.append(file.chopped(5));
        *error = QCoreApplication::translate("LessonLibrary", "No lesson \"%1\"; the lessons are: %2.")
                     .arg(id, ids.join(QStringLiteral(", ")));
        return nullptr;
    }
    try {
        return std::make_shared<const cs::Lesson>(parse(path));
    } catch (const cs::InputError &failure) {
        *error = QString::fromStdString(failure.what());
        return nullptr;
    }
}
