#include "timelinedock.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "protocolvocabulary.h"
#include "simulationcontroller.h"

TimelineDock::TimelineDock(SimulationController &controller, QWidget *parent)
    : QDockWidget(tr("Timeline"), parent)
    , mController(controller)
{
    setObjectName(QStringLiteral("TimelineDock"));
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    mTimeline = new TimelineWidget(controller, content);
    mTimeline->setFixedHeight(48);
    content->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    layout->addWidget(mTimeline);

    auto *controls = new QHBoxLayout;
    auto *back = new QPushButton(tr("\u25c0 Event"), content);
    back->setToolTip(tr("Back one event (Left)"));
    auto *forward = new QPushButton(tr("Event \u25b6"), content);
    forward->setToolTip(tr("Forward one event (Right)"));
    mMarkerKind = new QComboBox(content);
    mMarkerKind->setObjectName(QStringLiteral("markerKind"));
    mMarkerKind->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *previousMarker = new QPushButton(tr("\u00ab Previous"), content);
    previousMarker->setToolTip(tr("Previous marker of the chosen kind (Ctrl+Left)"));
    auto *nextMarker = new QPushButton(tr("Next \u00bb"), content);
    nextMarker->setToolTip(tr("Next marker of the chosen kind (Ctrl+Right)"));
    mLive = new QPushButton(tr("Live"), content);
    mLive->setToolTip(tr("Back to the present (End)"));
    mBranches = new QComboBox(content);
    mBranches->setMinimumContentsLength(24);
    mSwitchBranch = new QPushButton(tr("Switch"), content);
    mSwitchBranch->setToolTip(tr("Return to the chosen branch; the current run becomes a branch."));
    mCompareBranch = new QPushButton(tr("Compare"), content);
    mCompareBranch->setToolTip(tr("Show where the chosen branch and the current run first differ."));
    controls->addWidget(back);
    controls->addWidget(forward);
    controls->addSpacing(12);
    controls->addWidget(new QLabel(tr("Jump to:"), content));
    controls->addWidget(mMarkerKind);
    controls->addWidget(previousMarker);
    controls->addWidget(nextMarker);
    controls->addWidget(mLive);
    controls->addStretch();
    controls->addWidget(new QLabel(tr("Branches:"), content));
    controls->addWidget(mBranches);
    controls->addWidget(mSwitchBranch);
    controls->addWidget(mCompareBranch);
    layout->addLayout(controls);
    setWidget(content);

    connect(back, &QPushButton::clicked, &controller, &SimulationController::stepBack);
    connect(forward, &QPushButton::clicked, &controller, &SimulationController::stepOnce);
    connect(previousMarker, &QPushButton::clicked, this, [this] { jumpToMarker(false); });
    connect(nextMarker, &QPushButton::clicked, this, [this] { jumpToMarker(true); });
    connect(mLive, &QPushButton::clicked, &controller, &SimulationController::goLive);
    connect(mSwitchBranch, &QPushButton::clicked, this,
            [this] { mController.switchToBranch(mBranches->currentIndex()); });
    connect(mCompareBranch, &QPushButton::clicked, this, [this] { emit compareRequested(mBranches->currentIndex()); });
    connect(&controller, &SimulationController::branchesChanged, this, &TimelineDock::refreshBranches);
    connect(&controller, &SimulationController::advanced, this, &TimelineDock::refreshState);
    connect(&controller, &SimulationController::clusterReset, this, &TimelineDock::refreshMarkerKinds);
    refreshMarkerKinds();
    refreshBranches();
    refreshState();
}

void TimelineDock::jumpToMarker(bool forward)
{
    const auto kind = static_cast<TimelineWidget::MarkerKind>(mMarkerKind->currentData().toInt());
    if (const auto at = mTimeline->neighbour(kind, forward)) {
        mController.setPlaying(false);
        mController.seekToTime(static_cast<double>(*at));
    }
}

void TimelineDock::refreshMarkerKinds()
{
    // The leader and decision kinds carry the protocol's words and exist only if it declares them.
    using Kind = TimelineWidget::MarkerKind;
    const auto &meanings = mController.descriptor().meanings;
    const auto previous = mMarkerKind->count() ? mMarkerKind->currentData().toInt() : -1;
    mMarkerKind->clear();
    mMarkerKind->addItem(tr("Crashes"), static_cast<int>(Kind::Crash));
    mMarkerKind->addItem(tr("Restarts"), static_cast<int>(Kind::Restart));
    mMarkerKind->addItem(tr("Cuts and heals"), static_cast<int>(Kind::Network));
    if (const auto *leader = cs::findMeaning(meanings, cs::Meaning::Leader))
        mMarkerKind->addItem(protocolText(leader->words.markers), static_cast<int>(Kind::Election));
    if (const auto *decision = cs::findMeaning(meanings, cs::Meaning::Decision))
        mMarkerKind->addItem(protocolText(decision->words.markers), static_cast<int>(Kind::Commit));
    mMarkerKind->addItem(tr("Violations"), static_cast<int>(Kind::Violation));
    int index = mMarkerKind->findData(previous);
    for (const auto preferred : {Kind::Election, Kind::Commit, Kind::Crash}) {
        if (index < 0)
            index = mMarkerKind->findData(static_cast<int>(preferred));
    }
    mMarkerKind->setCurrentIndex(index);
}

void TimelineDock::refreshBranches()
{
    mBranches->clear();
    for (const auto &branch : mController.branches())
        mBranches->addItem(branch.label);
    const bool any = !mController.branches().empty();
    mBranches->setEnabled(any);
    mSwitchBranch->setEnabled(any);
    mCompareBranch->setEnabled(any);
    if (any)
        mBranches->setCurrentIndex(mBranches->count() - 1);
}

void TimelineDock::refreshState()
{
    mLive->setEnabled(mController.isViewingPast());
}
