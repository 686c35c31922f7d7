#pragma once

#include <QDockWidget>

#include "timelinewidget.h"

class QComboBox;
class QPushButton;
class SimulationController;

// The timeline scrubber with its controls: back and forward one event, jump to the previous or
// next marker of a chosen kind, return to the present, and the branches left by acting in the past.
class TimelineDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit TimelineDock(SimulationController &controller, QWidget *parent = nullptr);

    TimelineWidget *timeline() const { return mTimeline; }
    QComboBox *markerKind() const { return mMarkerKind; }
    QComboBox *branchList() const { return mBranches; }

public slots:
    void jumpToMarker(bool forward);

signals:
    void compareRequested(int branch);

private slots:
    void refreshMarkerKinds();
    void refreshBranches();
    void refreshState();

private:
    SimulationController &mController;
    TimelineWidget *mTimeline;
    QComboBox *mMarkerKind;
    QComboBox *mBranches;
    QPushButton *mSwitchBranch;
    QPushButton *mCompareBranch;
    QPushButton *mLive;
};
