#include <QComboBox>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QtTest>

#include "guitesthelpers.h"
#include "inspectordock.h"
#include "measurestrip.h"
#include "parametersdock.h"

using namespace GuiTest;

// Every protocol renders through its descriptor: switching from the toolbar keeps the cluster size
// and the network, and the inspector shows each protocol's own state.
class TestProtocolViews : public QObject
{
    Q_OBJECT

    std::unique_ptr<MainWindow> mWindow;
    SimulationController &controller() { return mWindow->controller(); }

    QComboBox *switcher() { return mWindow->findChild<QComboBox *>(QStringLiteral("protocolSwitcher")); }

    void switchTo(const QString &name)
    {
        auto *combo = switcher();
        const int index = combo->findData(name);
        QVERIFY(index >= 0);
        combo->setCurrentIndex(index);
        emit combo->activated(index);
        QCOMPARE(QString::fromStdString(controller().descriptor().name), name);
    }

    QString inspectorValue(const QString &field)
    {
        const auto items = mWindow->inspector()->tree()->findItems(field, Qt::MatchRecursive | Qt::MatchExactly);
        return items.isEmpty() ? QString() : items.front()->text(1);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        mWindow = GuiTest::openMainWindow();
        QVERIFY(mWindow);
    }

    void cleanup() { mWindow.reset(); }

    void switchingKeepsSizeAndNetwork()
    {
        controller().setParameter("latencyMax", 40 * cs::kMillisecond);
        controller().setParameter("loss", 5);
        switchTo(QStringLiteral("bully"));
        QCOMPARE(controller().present().clusterSize(), 5);
        QCOMPARE(controller().present().parameters()[cs::kParamLatencyMax], 40 * cs::kMillisecond);
        QCOMPARE(controller().present().parameters()[cs::kParamLoss], std::int64_t(5));
        switchTo(QStringLiteral("zab"));
        QCOMPARE(controller().present().clusterSize(), 5);
        QCOMPARE(mWindow->clusterView()->clusterScene()->nodes().size(), std::size_t(5));
    }

    // A protocol whose checker keeps figures shows them above the cluster with the textbook's; one
    // that keeps none shows no strip.
    void measuresShowAboveTheCluster()
    {
        auto *strip = mWindow->measureStrip();
        QVERIFY(!strip->isVisible());
        strip->showMeasures({{"Messages per entry", "8.0", "2(n-1) = 8"}, {"Entries", "12", ""}});
        QVERIFY(strip->isVisible());
        QCOMPARE(strip->tileTexts().size(), 2);
        QVERIFY(strip->tileTexts()[0].contains(QStringLiteral("<b style='font-size:large;'>8.0</b>")));
        QVERIFY(strip->tileTexts()[0].endsWith(QStringLiteral("(textbook 2(n-1) = 8)</span>")));
        QVERIFY(!strip->tileTexts()[1].contains(QStringLiteral("textbook")));
        controller().stepOnce();
        QVERIFY(!strip->isVisible());
    }

    // The client column shows only for protocols that take client requests: the load balancer's
    // clients and the failure detector's monitors are nodes.
    void clientsShowOnlyWhereRequestsGo()
    {
        auto *scene = mWindow->clusterView()->clusterScene();
        QCOMPARE(scene->clients().size(), std::size_t(3));
        switchTo(QStringLiteral("load-balancer"));
        QVERIFY(scene->clients().empty());
        switchTo(QStringLiteral("failure-detector"));
        QVERIFY(scene->clients().empty());
        switchTo(QStringLiteral("raft"));
        QCOMPARE(scene->clients().size(), std::size_t(3));
    }

    void choiceParameterIsAComboBox()
    {
        switchTo(QStringLiteral("kv"));
        // The dock rebuilds itself from the new descriptor once the event loop runs.
        QTRY_VERIFY(mWindow->parameters()->choiceEditorFor(QStringLiteral("mode")));
        QVERIFY(!mWindow->parameters()->editorFor(QStringLiteral("mode")));
        auto *mode = mWindow->parameters()->choiceEditorFor(QStringLiteral("mode"));
        QCOMPARE(mode->count(), 2);
        QCOMPARE(mode->itemData(1).toString(), QStringLiteral("ap"));
        QCOMPARE(mode->currentIndex(), 0);
        mode->setCurrentIndex(1);
        emit mode->activated(1);
        QCOMPARE(controller().simulation().parameters()[static_cast<std::size_t>(cs::kNetworkParameterCount)],
                 std::int64_t(1));
    }

    void inspectorShowsEachProtocolsState_data()
    {
        QTest::addColumn<QString>("protocol");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("expected");
        QTest::newRow("paxos acceptor") << "paxos" << "accepted" << "#1.1 = attack at dawn";
        QTest::newRow("zab vote") << "zab" << "vote" << "n5 (e0, 0x0.0)";
        QTest::newRow("bully belief") << "bully" << "coordinator" << "5";
        QTest::newRow("kv leader") << "kv" << "leader" << "n1";
        QTest::newRow("token ring generation") << "mutex-token-ring" << "generation" << "1";
        QTest::newRow("lock-cache process") << "lock-cache" << "token" << "0";
        QTest::newRow("lock-zookeeper process") << "lock-zookeeper" << "step" << "idle";
        QTest::newRow("failure detector") << "failure-detector" << "detector" << "phi-normal";
        QTest::newRow("load balancer server") << "load-balancer" << "server" << "c";
    }

    void inspectorShowsEachProtocolsState()
    {
        QFETCH(QString, protocol);
        QFETCH(QString, field);
        QFETCH(QString, expected);
        switchTo(protocol);
        if (protocol == QStringLiteral("paxos"))
            controller().clientCommand(1, "attack at dawn");
        controller().advanceTo(1 * cs::kSecond);
        QTest::mouseClick(mWindow->clusterView()->viewport(), Qt::LeftButton, {}, nodePoint(*mWindow, 4));
        QCOMPARE(inspectorValue(field), expected);
        QVERIFY(controller().present().violations().empty());
    }
};

QTEST_MAIN(TestProtocolViews)
#include "tst_protocolviews.moc"
