// The Examples menu: every scenario under resources/scenarios is listed under its protocol with its
// description, opening one loads it and shows what it is about above the cluster, in English or
// Simplified Chinese.
#include <QApplication>
#include <QDir>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QTranslator>

#include "clientroster.h"
#include "examplescenarios.h"
#include "guitesthelpers.h"
#include "lessonbrowser.h"
#include "registry.h"
#include "scenario.h"
#include "scenariobanner.h"

namespace {

// Answers the one string that picks the scenario texts' language, as the Chinese catalogue does.
class ChineseScenarioTexts : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        return QLatin1String(context) == QLatin1String("ContentLanguage") && QLatin1String(source) == QLatin1String("en")
                   ? QStringLiteral("zh_CN")
                   : QString();
    }
    bool isEmpty() const override { return false; }
};

QList<QAction *> exampleActions(QMenu *menu)
{
    QList<QAction *> out;
    for (auto *action : menu->actions())
        if (action->menu())
            out += action->menu()->actions();
    return out;
}

QAction *findExample(QMenu *menu, const QString &title)
{
    for (auto *action : exampleActions(menu))
        if (action->text() == title)
            return action;
    return nullptr;
}

} // namespace

class TestExamples : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void cleanup() { QSettings().clear(); }

    void everyScenarioIsListedUnderItsProtocol()
    {
        const QDir source(QStringLiteral(CS_TEST_DATA_DIR "/../resources/scenarios"));
        const auto files = source.entryList({QStringLiteral("*.json")}, QDir::Files);
        QVERIFY(files.size() >= 14);
        auto window = GuiTest::openMainWindow();
        QVERIFY(window);
        const auto actions = exampleActions(window->examplesMenu());
        QCOMPARE(actions.size(), files.size());
        auto *figure8 = findExample(window->examplesMenu(), QStringLiteral("Figure 8: committing an old-term entry by counting"));
        QVERIFY(figure8);
        QCOMPARE(figure8->data().toString(), QStringLiteral(":/examples/raft-unsafe-figure8.json"));
        QVERIFY(figure8->toolTip().startsWith(QStringLiteral("Partitions and crashes steer a Raft")));
        QStringList groups;
        for (auto *action : window->examplesMenu()->actions())
            groups << action->text();
        QVERIFY(groups.contains(QStringLiteral("Raft")));
        QCOMPARE(groups, [&] { auto sorted = groups; sorted.sort(); return sorted; }());
    }

    void openingAnExampleLoadsItAndSaysWhatItShows()
    {
        auto window = GuiTest::openMainWindow();
        QVERIFY(window);
        // The default cluster is welcomed; an example replaces the welcome with its description.
        QCOMPARE(window->banner()->title(), QStringLiteral("Welcome to ClusterScope"));
        auto *cap = findExample(window->examplesMenu(), QStringLiteral("CAP, available side: two nodes, a partition, a stale read"));
        QVERIFY(cap);
        cap->trigger();
        const auto &scenario = window->controller().scenario();
        QCOMPARE(QString::fromStdString(scenario.protocol->descriptor().name), QStringLiteral("kv"));
        QCOMPARE(scenario.clusterSize(), 2);
        QVERIFY(window->banner()->isVisible());
        QCOMPARE(window->banner()->title(), QStringLiteral("CAP, available side: two nodes, a partition, a stale read"));
        QVERIFY(window->banner()->description().startsWith(QStringLiteral("N1 and N2 hold V0.")));
        // The recent files remember it, and it opens from there too.
        QCOMPARE(window->recentFiles().value(0), QStringLiteral(":/examples/kv-cap-ap.json"));
        // The learner closes the banner; a new cluster has no description to show.
        QTest::mouseClick(window->banner()->findChild<QToolButton *>(QStringLiteral("closeBanner")), Qt::LeftButton);
        QVERIFY(!window->banner()->isVisible());
        cap->trigger();
        QVERIFY(window->banner()->isVisible());
    }

    // The app opens on its Raft cluster with a welcome that points to the lessons: its button opens
    // the lesson browser, with every lesson listed; choosing another protocol puts the welcome away.
    void welcomeLeadsToTheLessons()
    {
        auto window = GuiTest::openMainWindow();
        QVERIFY(window);
        QVERIFY(window->banner()->isVisible());
        QVERIFY(window->banner()->description().contains(QStringLiteral("Guided lessons walk you through")));
        auto *browse = window->banner()->findChild<QPushButton *>(QStringLiteral("browseLessons"));
        QVERIFY(browse && browse->isVisible());
        int listed = -1;
        QTimer::singleShot(0, [&listed] {
            auto *browser = qobject_cast<LessonBrowser *>(QApplication::activeModalWidget());
            if (!browser)
                return;
            listed = 0;
            for (int i = 0; i < browser->tree()->topLevelItemCount(); ++i)
                listed += browser->tree()->topLevelItem(i)->childCount();
            browser->reject();
        });
        QTest::mouseClick(browse, Qt::LeftButton);
        QCOMPARE(listed, static_cast<int>(QDir(QStringLiteral(":/lessons")).entryList().size()));
        QVERIFY(listed >= 16);
        QVERIFY(window->openFile(QStringLiteral(":/examples/raft-partition.json"), true).isEmpty());
        QVERIFY(!browse->isVisible());
    }

    // Every client a scenario scripts stands beside the ring: the baseball game's six participants.
    void scriptedClientsAreDrawn()
    {
        auto window = GuiTest::openMainWindow();
        QVERIFY(window);
        QCOMPARE(window->clients().clients().size(), std::size_t(3));
        QVERIFY(window->openFile(QStringLiteral(":/examples/kv-baseball.json"), true).isEmpty());
        QStringList names;
        for (const auto &client : window->clients().clients())
            names << QString::fromStdString(cs::clientName(client.id));
        QCOMPARE(names.join(','), QStringLiteral("A,B,C,D,E,F"));
    }

    void chineseInterfaceShowsChineseTexts()
    {
        ChineseScenarioTexts chinese;
        QCoreApplication::installTranslator(&chinese);
        auto window = GuiTest::openMainWindow();
        QVERIFY(window);
        auto *crash = findExample(window->examplesMenu(), QStringLiteral("Raft：领导者崩溃"));
        QVERIFY(crash);
        QVERIFY(crash->toolTip().startsWith(QStringLiteral("五个 Raft 节点选出节点 1")));
        crash->trigger();
        QCOMPARE(window->banner()->title(), QStringLiteral("Raft：领导者崩溃"));
        QCoreApplication::removeTranslator(&chinese);
    }

    // Every shipped scenario reads, and has its title and description in Simplified Chinese.
    void everyScenarioIsTranslated()
    {
        const QDir examples(QStringLiteral(":/examples"));
        const auto files = examples.entryList({QStringLiteral("*.json")}, QDir::Files);
        QVERIFY(!files.isEmpty());
        QStringList missing;
        for (const auto &file : files) {
            QFile source(examples.filePath(file));
            QVERIFY(source.open(QIODevice::ReadOnly));
            const auto bytes = source.readAll().toStdString();
            const auto scenario = cs::parseScenarioBytes(bytes, file.toStdString(),
                                                         [](std::string_view name) { return cs::findProtocol(name); });
            const auto it = scenario.translations.find("zh_CN");
            if (scenario.name.empty() || scenario.description.empty() || it == scenario.translations.end()
                || it->second.name.empty() || it->second.description.empty())
                missing << file;
        }
        QCOMPARE(missing.join(','), QString());
    }

    void anUnknownLocaleIsNamedWhereItIs()
    {
        try {
            cs::parseScenarioBytes(R"({"protocol": "raft", "translations": {"fr": {"name": "Raft"}}})", "my.json",
                                   [](std::string_view name) { return cs::findProtocol(name); });
            QFAIL("accepted an unknown locale");
        } catch (const cs::InputError &error) {
            QCOMPARE(QString::fromStdString(error.what()),
                     QStringLiteral("my.json: translations: unknown locale \"fr\"; expected \"zh_CN\""));
        }
    }
};

QTEST_MAIN(TestExamples)
#include "tst_examples.moc"
