#include <QApplication>
#include <memory>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

#include "consistencydock.h"
#include "framebenchmark.h"
#include "labframebenchmark.h"
#include "historydock.h"
#include "mainwindow.h"
#include "simulationcontroller.h"
#include "virtualtime.h"

namespace {

int fail(const QString &message)
{
    QTextStream(stderr) << "clusterscope: " << message << "\n";
    return 2;
}

void installTranslations(QCoreApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qtTranslator);
    auto *translator = new QTranslator(&app);
    if (translator->load(locale, QStringLiteral("clusterscope"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        app.installTranslator(translator);
}

// Whether the command line asks only for help, which needs no display.
bool asksForHelp(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const std::string_view argument(argv[i]);
        if (argument == "--help" || argument == "-h" || argument == "-?" || argument == "--help-all")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    // Help is answered without a display: a core application is enough to print it.
    const std::unique_ptr<QCoreApplication> app(asksForHelp(argc, argv) ? new QCoreApplication(argc, argv)
                                                                        : new QApplication(argc, argv));
    QApplication::setOrganizationName(QStringLiteral("ClusterScope"));
    QApplication::setApplicationName(QStringLiteral("ClusterScope"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("ClusterScope: watch distributed protocols work and break."));
    parser.addHelpOption();
    const QCommandLineOption screenshot(QStringLiteral("screenshot"), QStringLiteral("Render the window to a PNG and exit."),
                                        QStringLiteral("file"));
    const QCommandLineOption scenario(QStringList{QStringLiteral("scenario"), QStringLiteral("open")},
                                      QStringLiteral("Open a scenario or trace file."), QStringLiteral("file"));
    const QCommandLineOption at(QStringLiteral("at"), QStringLiteral("Run to this virtual time first, e.g. 1500ms."),
                                QStringLiteral("time"));
    const QCommandLineOption select(QStringLiteral("select"), QStringLiteral("Select a node."), QStringLiteral("node"));
    const QCommandLineOption language(QStringLiteral("lang"), QStringLiteral("Interface language, e.g. zh_CN."),
                                      QStringLiteral("language"));
    const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("Window size for --screenshot, e.g. 1280x720."),
                                  QStringLiteral("WxH"), QStringLiteral("1280x800"));
    const QCommandLineOption presentation(QStringLiteral("presentation"),
                                          QStringLiteral("Start in presentation mode (cluster and timeline only)."));
    const QCommandLineOption benchmark(QStringLiteral("frame-benchmark"),
                                       QStringLiteral("Measure frame times with 25 nodes and print them; with --lab, "
                                                      "of the consistency lab with 5 replicas and 5 clients."));
    const QCommandLineOption lab(QStringLiteral("lab"),
                                 QStringLiteral("Bring the consistency lab's docks (history, models) to the front."));
    const QCommandLineOption lesson(QStringLiteral("lesson"), QStringLiteral("Open a lesson by id, e.g. raft-election."),
                                    QStringLiteral("id"));
    const QCommandLineOption step(QStringLiteral("step"), QStringLiteral("With --lesson: open it at this step (1 is the first)."),
                                  QStringLiteral("n"));
    parser.addOptions({screenshot, scenario, at, select, language, size, presentation, benchmark, lab, lesson, step});
    if (!parser.parse(QCoreApplication::arguments()))
        return fail(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(QStringLiteral("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
    installTranslations(*app, parser.value(language));

    if (parser.isSet(benchmark) && parser.isSet(lab))
        return runLabFrameBenchmark(150);
    if (parser.isSet(benchmark))
        return runFrameBenchmark(sinceStart, 600);

    // A render starts from the default layout, not from what the last session saved.
    MainWindow window(parser.isSet(screenshot) ? MainWindow::Settings::Fresh : MainWindow::Settings::Saved);
    auto &controller = window.controller();
    if (parser.isSet(scenario)) {
        if (const auto error = window.openFile(parser.value(scenario), true); !error.isEmpty())
            return fail(error);
    }
    if (parser.isSet(step) && !parser.isSet(lesson))
        return fail(QStringLiteral("--step needs --lesson"));
    if (parser.isSet(lesson)) {
        bool ok = true;
        const int number = parser.isSet(step) ? parser.value(step).toInt(&ok) : 1;
        if (!ok)
            return fail(QStringLiteral("--step: expected a step number such as 4, got \"%1\"").arg(parser.value(step)));
        // Without --screenshot the problem is shown in a dialog and the app opens anyway.
        const bool quiet = parser.isSet(screenshot);
        if (const auto error = window.openLesson(parser.value(lesson), number, quiet); !error.isEmpty() && quiet)
            return fail(error);
    }
    if (parser.isSet(at)) {
        const auto time = cs::parseDuration(parser.value(at).toStdString());
        if (!time)
            return fail(QStringLiteral("--at: expected a duration such as \"1500ms\", got \"%1\"").arg(parser.value(at)));
        if (*time < controller.present().now())
            controller.seekToTime(static_cast<double>(*time));
        else
            controller.advanceTo(*time);
    }
    if (parser.isSet(select)) {
        bool ok = false;
        const int node = parser.value(select).toInt(&ok);
        if (!ok || node < 1 || node > controller.simulation().clusterSize())
            return fail(QStringLiteral("--select: no node \"%1\" in this cluster").arg(parser.value(select)));
        controller.selectNode(node);
    }
    window.show();
    if (parser.isSet(lab)) {
        window.history()->raise();
        window.models()->raise();
    }
    if (parser.isSet(presentation))
        window.action(QStringLiteral("presentation"))->setChecked(true);
    if (parser.isSet(screenshot)) {
        const auto dimensions = parser.value(size).split(QLatin1Char('x'));
        bool widthOk = false, heightOk = false;
        const int width = dimensions.size() == 2 ? dimensions[0].toInt(&widthOk) : 0;
        const int height = dimensions.size() == 2 ? dimensions[1].toInt(&heightOk) : 0;
        if (!widthOk || !heightOk || width < 320 || height < 240 || width > 7680 || height > 4320)
            return fail(QStringLiteral("--size: expected WIDTHxHEIGHT such as 1280x720, got \"%1\"").arg(parser.value(size)));
        window.resize(width, height);
        // Twice: what the first round lays out (a lesson's docks) posts its own layout requests.
        QApplication::processEvents();
        QApplication::processEvents();
        const auto path = parser.value(screenshot);
        if (!window.grab().save(path))
            return fail(QStringLiteral("%1: cannot write").arg(path));
        return 0;
    }
    controller.setPlaying(true);
    return QApplication::exec();
}
