#include "mainwindow.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSettings>
#include <QShowEvent>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

#include "clientoperationdialog.h"
#include "clientroster.h"
#include "clusterscene.h"
#include "clusterview.h"
#include "consistencydock.h"
#include "consistencymonitor.h"
#include "eventlogdock.h"
#include "historydock.h"
#include "inspectordock.h"
#include "lessondock.h"
#include "measurestrip.h"
#include "parametersdock.h"
#include "protocolvocabulary.h"
#include "scenariobanner.h"
#include "registry.h"
#include "simulationcontroller.h"
#include "spacetimediagram.h"
#include "spacetimedock.h"
#include "timelinedock.h"

MainWindow::MainWindow(Settings settings, QWidget *parent)
    : QMainWindow(parent)
    , mSettings(settings)
    , mController(new SimulationController(this))
{
    setWindowTitle(tr("ClusterScope"));
    mScene = new ClusterScene(*mController, this);
    mView = new ClusterView(mScene, this);
    mBanner = new ScenarioBanner(this);
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(mBanner);
    mMeasures = new MeasureStrip(this);
    centralLayout->addWidget(mMeasures);
    centralLayout->addWidget(mView, 1);
    setCentralWidget(central);

    mInspector = new InspectorDock(*mController, this);
    mEventLog = new EventLogDock(*mController, this);
    mParameters = new ParametersDock(*mController, this);
    addDockWidget(Qt::RightDockWidgetArea, mInspector);
    addDockWidget(Qt::BottomDockWidgetArea, mEventLog);
    addDockWidget(Qt::RightDockWidgetArea, mParameters);
    tabifyDockWidget(mParameters, mInspector);
    mTimeline = new TimelineDock(*mController, this);
    mSpaceTime = new SpaceTimeDock(*mController, this);
    addDockWidget(Qt::BottomDockWidgetArea, mTimeline);
    addDockWidget(Qt::BottomDockWidgetArea, mSpaceTime);
    splitDockWidget(mTimeline, mEventLog, Qt::Vertical);
    tabifyDockWidget(mEventLog, mSpaceTime);
    mSpaceTime->raise();
    connect(mTimeline, &TimelineDock::compareRequested, this, &MainWindow::compareWithBranch);

    // The consistency lab: clients beside the ring, the history and the map of models.
    mClients = new ClientRoster(*mController, this);
    mConsistency = new ConsistencyMonitor(*mController, this);
    mScene->setClients(mClients, mConsistency);
    mSpaceTime->diagram()->setConsistency(mConsistency);
    mHistory = new HistoryDock(*mController, *mConsistency, *mClients, this);
    mModels = new ConsistencyDock(*mController, *mConsistency, this);
    addDockWidget(Qt::BottomDockWidgetArea, mHistory);
    tabifyDockWidget(mSpaceTime, mHistory);
    mSpaceTime->raise();
    addDockWidget(Qt::RightDockWidgetArea, mModels);
    tabifyDockWidget(mInspector, mModels);
    mInspector->raise();
    connect(mConsistency, &ConsistencyMonitor::selectionChanged, this, &MainWindow::revealOperation);

    createLessonDock();
    createActions();
    createMenus();
    createToolBar();
    createStatusBar();
    connect(mController, &SimulationController::advanced, this, &MainWindow::updateStatus);
    connect(mController, &SimulationController::speedChanged, this, &MainWindow::updateStatus);
    connect(mController, &SimulationController::playingChanged, this, [this](bool playing) {
        auto *play = action(QStringLiteral("play"));
        play->setText(playing ? tr("Pause") : tr("Play"));
        play->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    });
    connect(mController, &SimulationController::violationFound, this,
            [this](const QString &text) { statusBar()->showMessage(tr("Violation: %1").arg(text), 8000); });
    connect(mController, &SimulationController::runUntilGaveUp, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    connect(mController, &SimulationController::clusterReset, this, &MainWindow::applyProtocolWords);
    const auto showMeasures = [this] { mMeasures->showMeasures(mController->simulation().measures()); };
    connect(mController, &SimulationController::advanced, mMeasures, showMeasures);
    connect(mController, &SimulationController::clusterReset, mMeasures, showMeasures);
    applyProtocolWords();
    connect(mBanner, &ScenarioBanner::lessonsRequested, this, &MainWindow::showLessonBrowser);
    mBanner->showWelcome();
    resize(1280, 800);
    mDefaultState = saveState();
    if (mSettings == Settings::Saved)
        readSettings();
    mLessonDock->setVisible(mController->lessonPlayer() != nullptr);
    updateStatus();
}

MainWindow::~MainWindow() = default;

QAction *MainWindow::addAction(const QString &name, const QString &text, const QKeySequence &shortcut)
{
    auto *created = new QAction(text, this);
    created->setObjectName(name);
    if (!shortcut.isEmpty())
        created->setShortcut(shortcut);
    QWidget::addAction(created);
    return created;
}

QAction *MainWindow::action(const QString &name) const
{
    return findChild<QAction *>(name);
}

void MainWindow::createActions()
{
    auto &controller = *mController;
    connect(addAction(QStringLiteral("newCluster"), tr("&New cluster\u2026"), QKeySequence::New), &QAction::triggered,
            this, &MainWindow::newCluster);
    connect(addAction(QStringLiteral("openScenario"), tr("&Open scenario\u2026"), QKeySequence::Open),
            &QAction::triggered, this, &MainWindow::openScenario);
    connect(addAction(QStringLiteral("saveScenario"), tr("&Save scenario\u2026"), QKeySequence::Save),
            &QAction::triggered, this, &MainWindow::saveScenario);
    connect(addAction(QStringLiteral("exportTrace"), tr("&Export trace\u2026"), QKeySequence(tr("Ctrl+E"))),
            &QAction::triggered, this, &MainWindow::exportTrace);
    connect(addAction(QStringLiteral("exportImage"), tr("Export &image\u2026"), QKeySequence(tr("Ctrl+Shift+E"))),
            &QAction::triggered, this, &MainWindow::exportImageInteractively);
    connect(addAction(QStringLiteral("quit"), tr("&Quit"), QKeySequence::Quit), &QAction::triggered, this,
            &QWidget::close);
    connect(addAction(QStringLiteral("openTrace"), tr("Open &trace…"), QKeySequence(tr("Ctrl+Shift+O"))),
            &QAction::triggered, this, &MainWindow::openTraceInteractively);
    connect(addAction(QStringLiteral("compareTrace"), tr("Compare with a trace…"), QKeySequence(tr("Ctrl+Shift+C"))),
            &QAction::triggered, this, &MainWindow::compareWithTraceInteractively);
    connect(addAction(QStringLiteral("exportDiagram"), tr("Export space-time &diagram…"), QKeySequence(tr("Ctrl+Alt+E"))),
            &QAction::triggered, this, &MainWindow::exportDiagramInteractively);
    connect(addAction(QStringLiteral("stepBack"), tr("Back one event"), QKeySequence(Qt::Key_Left)), &QAction::triggered,
            &controller, &SimulationController::stepBack);
    // During a lesson, Space and Right continue it whenever the lesson can move on.
    connect(addAction(QStringLiteral("stepForward"), tr("Forward one event"), QKeySequence(Qt::Key_Right)),
            &QAction::triggered, this, [this] {
                if (mLessonDock->canContinue())
                    mLessonDock->continueLesson();
                else
                    mController->stepOnce();
            });
    connect(addAction(QStringLiteral("previousMarker"), tr("Previous marker"), QKeySequence(tr("Ctrl+Left"))),
            &QAction::triggered, this, [this] { mTimeline->jumpToMarker(false); });
    connect(addAction(QStringLiteral("nextMarker"), tr("Next marker"), QKeySequence(tr("Ctrl+Right"))),
            &QAction::triggered, this, [this] { mTimeline->jumpToMarker(true); });
    connect(addAction(QStringLiteral("goLive"), tr("Back to the present"), QKeySequence(Qt::Key_End)), &QAction::triggered,
            &controller, &SimulationController::goLive);

    auto *play = addAction(QStringLiteral("play"), tr("Play"), QKeySequence(Qt::Key_Space));
    play->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    connect(play, &QAction::triggered, this, [this] {
        if (mLessonDock->canContinue())
            mLessonDock->continueLesson();
        else
            mController->togglePlaying();
    });
    auto *step = addAction(QStringLiteral("step"), tr("Step one event"), QKeySequence(Qt::Key_Period));
    step->setIcon(style()->standardIcon(QStyle::SP_MediaSkipForward));
    connect(step, &QAction::triggered, &controller, &SimulationController::stepOnce);
    auto *faster = addAction(QStringLiteral("faster"), tr("Faster"), QKeySequence(Qt::Key_BracketRight));
    faster->setIcon(style()->standardIcon(QStyle::SP_MediaSeekForward));
    connect(faster, &QAction::triggered, &controller, &SimulationController::faster);
    auto *slower = addAction(QStringLiteral("slower"), tr("Slower"), QKeySequence(Qt::Key_BracketLeft));
    slower->setIcon(style()->standardIcon(QStyle::SP_MediaSeekBackward));
    connect(slower, &QAction::triggered, &controller, &SimulationController::slower);
    auto *reset = addAction(QStringLiteral("reset"), tr("Reset"), QKeySequence(tr("Ctrl+R")));
    reset->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    connect(reset, &QAction::triggered, &controller, &SimulationController::reset);
    connect(addAction(QStringLiteral("untilLeader"), tr("Run until a leader is elected"), QKeySequence(tr("Ctrl+L"))),
            &QAction::triggered, &controller, [&controller] { controller.runUntilNext(SimulationController::StopAt::LeaderElected); });
    connect(addAction(QStringLiteral("untilCommit"), tr("Run until the next commit"), QKeySequence(tr("Ctrl+M"))),
            &QAction::triggered, &controller, [&controller] { controller.runUntilNext(SimulationController::StopAt::Commit); });
    connect(addAction(QStringLiteral("untilViolation"), tr("Run until a violation"), QKeySequence(tr("Ctrl+Shift+V"))),
            &QAction::triggered, &controller, [&controller] { controller.runUntilNext(SimulationController::StopAt::Violation); });

    connect(addAction(QStringLiteral("toggleNode"), tr("Crash or restart the selected node"), QKeySequence(Qt::Key_K)),
            &QAction::triggered, &controller, [&controller] { controller.toggleNode(controller.selectedNode()); });
    connect(addAction(QStringLiteral("isolateNode"), tr("Isolate the selected node"), QKeySequence(Qt::Key_I)),
            &QAction::triggered, &controller, [&controller] { controller.isolate(controller.selectedNode()); });
    auto *client = addAction(QStringLiteral("clientRequest"), tr("Client request to the leader"), QKeySequence(Qt::Key_C));
    client->setIcon(style()->standardIcon(QStyle::SP_ArrowUp));
    connect(client, &QAction::triggered, &controller, &SimulationController::clientRequest);
    connect(addAction(QStringLiteral("sendCommand"), tr("Send a command to the selected node\u2026"), QKeySequence(tr("Shift+C"))),
            &QAction::triggered, this, &MainWindow::sendCommandInteractively);
    connect(addAction(QStringLiteral("clientRead"), tr("Read through the selected client"), QKeySequence(Qt::Key_R)),
            &QAction::triggered, this, [this] { mClients->read(mClients->selected()); });
    connect(addAction(QStringLiteral("clientWrite"), tr("Write through the selected client"), QKeySequence(Qt::Key_W)),
            &QAction::triggered, this, [this] { mClients->write(mClients->selected(), {}); });
    connect(addAction(QStringLiteral("clientOperation"), tr("Client read or write\u2026"), QKeySequence(tr("Shift+R"))),
            &QAction::triggered, this, [this] { clientOperationInteractively(static_cast<int>(cs::OperationKind::Read)); });
    connect(addAction(QStringLiteral("nextClient"), tr("Select the next client"), QKeySequence(Qt::Key_B)),
            &QAction::triggered, this, [this] {
                const auto &all = mClients->clients();
                const auto current = std::find_if(all.begin(), all.end(),
                                                  [this](const auto &client) { return client.id == mClients->selected(); });
                const auto next = current == all.end() || current + 1 == all.end() ? all.begin() : current + 1;
                if (next != all.end())
                    mClients->select(next->id);
            });
    connect(addAction(QStringLiteral("addClient"), tr("Add a client"), QKeySequence(tr("Shift+A"))), &QAction::triggered,
            this, [this] { mClients->addClient(); });
    connect(addAction(QStringLiteral("stickClient"), tr("Stick the selected client to the selected node"),
                      QKeySequence(tr("Shift+S"))),
            &QAction::triggered, this, [this] { mClients->setSticky(mClients->selected(), mController->selectedNode()); });
    auto *heal = addAction(QStringLiteral("healAll"), tr("Heal all links"), QKeySequence(Qt::Key_H));
    heal->setIcon(style()->standardIcon(QStyle::SP_DialogApplyButton));
    connect(heal, &QAction::triggered, &controller, &SimulationController::healAll);
    connect(addAction(QStringLiteral("toggleLink"), tr("Cut or heal a link from the selected node\u2026"), QKeySequence(Qt::Key_L)),
            &QAction::triggered, this, &MainWindow::toggleLinkInteractively);
    connect(addAction(QStringLiteral("partition"), tr("Partition\u2026"), QKeySequence(tr("Ctrl+P"))),
            &QAction::triggered, this, &MainWindow::partitionInteractively);
    connect(addAction(QStringLiteral("dropMessage"), tr("Drop the selected message"), QKeySequence(Qt::Key_Delete)),
            &QAction::triggered, &controller, [&controller] { controller.dropMessage(controller.selectedMessage()); });
    connect(addAction(QStringLiteral("duplicateMessage"), tr("Duplicate the selected message"), QKeySequence(tr("Ctrl+D"))),
            &QAction::triggered, &controller, [&controller] { controller.duplicateMessage(controller.selectedMessage()); });
    connect(addAction(QStringLiteral("nextNode"), tr("Select the next node"), QKeySequence(Qt::Key_N)), &QAction::triggered,
            &controller, [&controller] {
                controller.selectNode(controller.selectedNode() % controller.simulation().clusterSize() + 1);
            });
    for (int digit = 1; digit <= 9; ++digit) {
        connect(addAction(QStringLiteral("selectNode%1").arg(digit), tr("Select node %1").arg(digit),
                          QKeySequence(Qt::Key_0 + digit)),
                &QAction::triggered, &controller, [&controller, digit] { controller.selectNode(digit); });
    }

    connect(addAction(QStringLiteral("zoomIn"), tr("Zoom in"), QKeySequence::ZoomIn), &QAction::triggered, mView,
            &ClusterView::zoomIn);
    connect(addAction(QStringLiteral("zoomOut"), tr("Zoom out"), QKeySequence::ZoomOut), &QAction::triggered, mView,
            &ClusterView::zoomOut);
    connect(addAction(QStringLiteral("zoomFit"), tr("Zoom to fit"), QKeySequence(tr("Ctrl+0"))), &QAction::triggered,
            mView, &ClusterView::zoomToFit);
    auto *presentation = addAction(QStringLiteral("presentation"), tr("Presentation mode"), QKeySequence(Qt::Key_F11));
    presentation->setCheckable(true);
    connect(presentation, &QAction::toggled, this, &MainWindow::setPresentationMode);
    connect(addAction(QStringLiteral("resetLayout"), tr("Reset layout"), {}), &QAction::triggered, this,
            &MainWindow::resetLayout);
    connect(addAction(QStringLiteral("shortcuts"), tr("Keyboard shortcuts"), QKeySequence::HelpContents),
            &QAction::triggered, this, &MainWindow::showShortcuts);
    connect(addAction(QStringLiteral("about"), tr("About ClusterScope"), {}), &QAction::triggered, this,
            &MainWindow::showAbout);
    createLessonActions();
}

void MainWindow::createMenus()
{
    auto add = [this](QMenu *menu, std::initializer_list<const char *> names) {
        for (const char *name : names) {
            if (std::string_view(name) == "-")
                menu->addSeparator();
            else
                menu->addAction(action(QString::fromLatin1(name)));
        }
    };
    auto *file = menuBar()->addMenu(tr("&File"));
    add(file, {"newCluster", "openScenario", "openTrace"});
    mRecentMenu = file->addMenu(tr("Open &recent"));
    add(file, {"saveScenario", "-", "exportTrace", "exportImage", "exportDiagram", "-", "compareTrace", "-", "quit"});
    rebuildRecentMenu();
    mExamplesMenu = menuBar()->addMenu(tr("E&xamples"));
    mExamplesMenu->setToolTipsVisible(true);
    rebuildExamplesMenu();
    add(menuBar()->addMenu(tr("&Simulation")),
        {"play", "step", "faster", "slower", "reset", "-", "untilLeader", "untilCommit", "untilViolation", "-",
         "stepBack", "stepForward", "previousMarker", "nextMarker", "goLive"});
    auto *cluster = menuBar()->addMenu(tr("&Cluster"));
    add(cluster, {"toggleNode", "isolateNode", "clientRequest", "sendCommand", "-", "toggleLink", "partition", "healAll",
                  "-", "dropMessage", "duplicateMessage", "-", "nextNode"});
    add(menuBar()->addMenu(tr("C&lients")),
        {"clientRead", "clientWrite", "clientOperation", "-", "nextClient", "addClient", "stickClient"});
    auto *select = cluster->addMenu(tr("Select node"));
    for (int digit = 1; digit <= 9; ++digit)
        select->addAction(action(QStringLiteral("selectNode%1").arg(digit)));
    auto *view = menuBar()->addMenu(tr("&View"));
    add(view, {"zoomIn", "zoomOut", "zoomFit", "presentation", "resetLayout", "-"});
    view->addAction(mInspector->toggleViewAction());
    view->addAction(mEventLog->toggleViewAction());
    view->addAction(mParameters->toggleViewAction());
    view->addAction(mTimeline->toggleViewAction());
    view->addAction(mSpaceTime->toggleViewAction());
    view->addAction(mHistory->toggleViewAction());
    view->addAction(mModels->toggleViewAction());
    view->addAction(mLessonDock->toggleViewAction());
    add(menuBar()->addMenu(tr("L&essons")), {"lessons", "-", "lessonContinue", "lessonBack", "closeLesson"});
    add(menuBar()->addMenu(tr("&Help")), {"lessons", "shortcuts", "about"});
}

void MainWindow::createToolBar()
{
    auto *toolBar = addToolBar(tr("Simulation"));
    toolBar->setObjectName(QStringLiteral("SimulationToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    for (const char *name : {"play", "step", "slower", "faster", "reset"})
        toolBar->addAction(action(QString::fromLatin1(name)));
    toolBar->addSeparator();
    for (const char *name : {"clientRequest", "healAll"})
        toolBar->addAction(action(QString::fromLatin1(name)));
    toolBar->addSeparator();
    toolBar->addAction(action(QStringLiteral("lessons")));
    toolBar->addSeparator();
    // Switching protocol here keeps the cluster size and the network settings.
    auto *protocols = new QComboBox(toolBar);
    protocols->setObjectName(QStringLiteral("protocolSwitcher"));
    protocols->setToolTip(tr("Protocol: switching keeps the cluster size and the network settings."));
    protocols->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    protocols->setMinimumContentsLength(20);
    for (const auto *protocol : cs::allProtocols())
        protocols->addItem(protocolText(protocol->descriptor().title), QString::fromStdString(protocol->descriptor().name));
    toolBar->addWidget(protocols);
    auto syncProtocol = [this, protocols] {
        const QSignalBlocker blocker(protocols);
        protocols->setCurrentIndex(protocols->findData(QString::fromStdString(mController->descriptor().name)));
    };
    connect(mController, &SimulationController::clusterReset, protocols, syncProtocol);
    syncProtocol();
    connect(protocols, &QComboBox::activated, this, [this, protocols](int index) {
        if (const auto *protocol = cs::findProtocol(protocols->itemData(index).toString().toStdString())) {
            mController->switchProtocol(*protocol);
            mBanner->showScenario({}, {});
        }
    });
}

void MainWindow::applyProtocolWords()
{
    // The run-until actions and the client request speak the protocol's own words, from its descriptor.
    const auto &descriptor = mController->descriptor();
    const auto title = protocolText(descriptor.title);
    const struct
    {
        const char *action;
        cs::Meaning meaning;
        QString fallback;
    } runUntil[] = {{"untilLeader", cs::Meaning::Leader, tr("Run until a leader is elected")},
                    {"untilCommit", cs::Meaning::Decision, tr("Run until the next commit")}};
    for (const auto &entry : runUntil) {
        auto *until = action(QString::fromLatin1(entry.action));
        const auto *meaning = cs::findMeaning(descriptor.meanings, entry.meaning);
        until->setText(meaning ? protocolText(meaning->words.runUntil) : entry.fallback);
        until->setEnabled(meaning != nullptr);
        until->setToolTip(meaning ? until->text() : tr("%1 has nothing of this kind to run until.").arg(title));
    }
    auto *client = action(QStringLiteral("clientRequest"));
    const auto &request = descriptor.view.clientRequest;
    client->setText(request.empty() ? tr("Client request") : protocolText(request));
    client->setEnabled(!request.empty());
    client->setToolTip(request.empty() ? tr("%1 takes no client commands.").arg(title) : client->text());
}

void MainWindow::createStatusBar()
{
    mTimeLabel = new QLabel(this);
    mSpeedLabel = new QLabel(this);
    mLeaderLabel = new QLabel(this);
    mViolationLabel = new QLabel(this);
    for (auto *label : {mTimeLabel, mSpeedLabel, mLeaderLabel, mViolationLabel})
        statusBar()->addPermanentWidget(label);
}

void MainWindow::updateStatus()
{
    const auto &simulation = mController->simulation();
    if (mController->isViewingPast())
        mTimeLabel->setText(tr("Viewing %1 of %2")
                                .arg(QString::fromStdString(cs::formatDuration(simulation.now())),
                                     QString::fromStdString(cs::formatDuration(mController->present().now()))));
    else
        mTimeLabel->setText(tr("Time %1").arg(QString::fromStdString(cs::formatDuration(simulation.now()))));
    mSpeedLabel->setText(tr("Speed %1\u00d7").arg(mController->speed()));
    const auto leader = mController->leader();
    const auto leaderRole = protocolText(mController->descriptor().view.leaderRole);
    const QString role = leaderRole.isEmpty() ? leaderRole : leaderRole.left(1).toUpper() + leaderRole.mid(1);
    if (role.isEmpty())
        mLeaderLabel->clear();
    else
        mLeaderLabel->setText(leader ? tr("%1: node %2").arg(role).arg(leader) : tr("%1: none").arg(role));
    const auto &found = mController->present().violations();
    const auto &known = mController->descriptor().knownLimitations;
    const auto expected = static_cast<int>(std::count_if(found.begin(), found.end(), [&known](const cs::Violation &violation) {
        return std::find(known.begin(), known.end(), violation.invariant) != known.end();
    }));
    const int unexpected = static_cast<int>(found.size()) - expected;
    QString text = tr("%n violation(s)", nullptr, unexpected);
    if (expected > 0)
        text += tr(", %n expected (a known limitation)", nullptr, expected);
    mViolationLabel->setText(text);
    mViolationLabel->setStyleSheet(unexpected ? QStringLiteral("color: #c01010; font-weight: bold;")
                                              : (expected ? QStringLiteral("color: #c87000; font-weight: bold;") : QString()));
}

void MainWindow::toggleLinkInteractively()
{
    const auto from = mController->selectedNode();
    if (from == 0) {
        statusBar()->showMessage(tr("Select a node first (click it or press its number)."), 5000);
        return;
    }
    bool ok = false;
    const int to = QInputDialog::getInt(this, tr("Cut or heal a link"), tr("Link from node %1 to node:").arg(from),
                                        from % mController->simulation().clusterSize() + 1, 1,
                                        mController->simulation().clusterSize(), 1, &ok);
    if (ok)
        mController->toggleLink(from, to);
}

void MainWindow::partitionInteractively()
{
    bool ok = false;
    const auto text = QInputDialog::getText(this, tr("Partition"), tr("Groups of nodes, separated by |, e.g. 1,2 | 3,4,5:"),
                                            QLineEdit::Normal, QStringLiteral("1,2 | 3,4,5"), &ok);
    if (!ok)
        return;
    std::vector<std::vector<cs::NodeId>> groups;
    for (const auto &part : text.split(QLatin1Char('|'), Qt::SkipEmptyParts)) {
        std::vector<cs::NodeId> group;
        for (const auto &number : part.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts)) {
            bool valid = false;
            const int node = number.toInt(&valid);
            if (!valid || node < 1 || node > mController->simulation().clusterSize()) {
                QMessageBox::warning(this, tr("Partition"), tr("\"%1\" is not a node of this cluster.").arg(number));
                return;
            }
            group.push_back(node);
        }
        groups.push_back(group);
    }
    mController->partition(groups);
}

void MainWindow::sendCommandInteractively()
{
    const auto node = mController->selectedNode() ? mController->selectedNode() : mController->leader();
    if (node == 0)
        return;
    bool ok = false;
    const auto command = QInputDialog::getText(this, tr("Client command"), tr("Command for node %1 (key=value):").arg(node),
                                               QLineEdit::Normal, QStringLiteral("x=1"), &ok);
    if (ok && !command.isEmpty())
        mController->clientCommand(node, command.toStdString());
}

void MainWindow::clientOperationInteractively(int kind)
{
    ClientOperationDialog dialog(*mClients, mController->simulation().clusterSize(), static_cast<cs::OperationKind>(kind), this);
    if (dialog.exec() == QDialog::Accepted)
        dialog.issue(*mClients);
}

void MainWindow::revealOperation()
{
    // The selected operation's invocation in the event log, its node selected on the ring.
    const auto operation = mConsistency->selectedOperation();
    if (operation == 0)
        return;
    if (const auto event = mConsistency->invokeEvent(operation))
        mEventLog->revealEvent(*event);
    if (const auto *found = mConsistency->history().find(operation))
        mController->selectNode(found->node);
}

void MainWindow::showShortcuts()
{
    QString text = QStringLiteral("<table>");
    for (auto *candidate : findChildren<QAction *>()) {
        if (!candidate->shortcut().isEmpty() && !candidate->objectName().isEmpty())
            text += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                        .arg(candidate->shortcut().toString(QKeySequence::NativeText).toHtmlEscaped(),
                             candidate->text().remove(QLatin1Char('&')).toHtmlEscaped());
    }
    text += QStringLiteral("</table>");
    QMessageBox::information(this, tr("Keyboard shortcuts"), text);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About ClusterScope"),
                       tr("ClusterScope runs small clusters on a deterministic simulator so you can watch "
                          "distributed protocols work, break them with the mouse, and export what happened."));
}

void MainWindow::setPresentationMode(bool on)
{
    // For a projector: only the cluster, the toolbar and the timeline stay; F11 brings the rest back.
    if (on) {
        mStateBeforePresentation = saveState();
        for (auto *dock : {static_cast<QDockWidget *>(mInspector), static_cast<QDockWidget *>(mEventLog),
                           static_cast<QDockWidget *>(mParameters), static_cast<QDockWidget *>(mSpaceTime),
                           static_cast<QDockWidget *>(mHistory), static_cast<QDockWidget *>(mModels)})
            dock->hide();
        mTimeline->show();
    } else if (!mStateBeforePresentation.isEmpty()) {
        restoreState(mStateBeforePresentation);
    }
    mView->zoomToFit();
}

void MainWindow::readSettings()
{
    QSettings settings;
    if (const auto geometry = settings.value(QStringLiteral("window/geometry")).toByteArray(); !geometry.isEmpty())
        restoreGeometry(geometry);
    if (const auto state = settings.value(QStringLiteral("window/state")).toByteArray(); !state.isEmpty())
        mRestoredLayout = restoreState(state);
    mLastDirectory = settings.value(QStringLiteral("files/lastDirectory")).toString();
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    // Quitting in presentation mode saves the layout it hid, so the next launch shows every dock;
    // the speed is not saved, so a launch never plays at a speed left over from a demonstration.
    const bool presenting = action(QStringLiteral("presentation"))->isChecked();
    settings.setValue(QStringLiteral("window/state"), presenting ? mStateBeforePresentation : saveState());
    settings.setValue(QStringLiteral("files/lastDirectory"), mLastDirectory);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // First show without saved settings: give the cluster view most of the window.
    if (!mLaidOut && !mRestoredLayout)
        layOutDocks();
    mLaidOut = true;
}

void MainWindow::layOutDocks()
{
    resizeDocks({mInspector}, {330}, Qt::Horizontal);
    resizeDocks({mSpaceTime}, {height() / 4}, Qt::Vertical);
}

void MainWindow::resetLayout()
{
    action(QStringLiteral("presentation"))->setChecked(false);
    restoreState(mDefaultState);
    mLessonDock->setVisible(mController->lessonPlayer() != nullptr);
    layOutDocks();
    mView->zoomToFit();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (mSettings == Settings::Saved)
        writeSettings();
    event->accept();
}
