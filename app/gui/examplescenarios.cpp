#include "examplescenarios.h"

#include <QDir>
#include <QFile>
#include <QTextStream>

#include <algorithm>

#include "contentlanguage.h"
#include "protocolvocabulary.h"
#include "registry.h"
#include "scenario.h"

QList<ExampleScenarios::Example> ExampleScenarios::all()
{
    QList<Example> out;
    const QDir directory(QStringLiteral(":/examples"));
    for (const auto &file : directory.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        const auto path = directory.filePath(file);
        QFile source(path);
        if (!source.open(QIODevice::ReadOnly))
            continue;
        const auto bytes = source.readAll();
        try {
            const auto scenario = cs::parseScenarioBytes(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())),
                                                         path.toStdString(),
                                                         [](std::string_view name) { return cs::findProtocol(name); });
            const auto text = scenario.text(ContentLanguage::locale());
            out.append({path, protocolText(scenario.protocol->descriptor().title), QString::fromStdString(text.name),
                        QString::fromStdString(text.description)});
        } catch (const cs::InputError &error) {
            QTextStream(stderr) << "clusterscope: " << error.what() << "\n";
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const Example &a, const Example &b) {
        return a.protocolTitle != b.protocolTitle ? a.protocolTitle < b.protocolTitle : a.title < b.title;
    });
    return out;
}
