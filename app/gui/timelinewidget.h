#pragma once

#include <QWidget>

#include <optional>
#include <vector>

#include "notemeaning.h"
#include "virtualtime.h"

class SimulationController;

// The scrubber over the whole run: markers for crashes, restarts, cuts, heals, the protocol's
// declared leaders and decisions, and violations, and a cursor at the moment shown; dragging it
// moves every view there.
class TimelineWidget : public QWidget
{
    Q_OBJECT

public:
    // What a marker stands for; also the kinds the user can jump between. Election and Commit are
    // the protocol's declared Leader and Decision meanings.
    enum class MarkerKind { Crash, Restart, Network, Election, Commit, Violation };

    struct Marker
    {
        cs::VirtualTime at;
        MarkerKind kind;
    };

    explicit TimelineWidget(SimulationController &controller, QWidget *parent = nullptr);

    const std::vector<Marker> &markers() const { return mMarkers; }
    QSize sizeHint() const override { return {600, 64}; }

    // The time of the previous or next marker of a kind, relative to the moment shown.
    std::optional<cs::VirtualTime> neighbour(MarkerKind kind, bool forward) const;

    // Horizontal position of a time, and the time under a position.
    double xForTime(double time) const;
    double timeForX(double x) const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private slots:
    void collectMarkers();
    void restart();

private:
    SimulationController &mController;
    std::vector<Marker> mMarkers;
    std::size_t mScanned = 0;
    cs::MeaningTracker mMeanings;
};
