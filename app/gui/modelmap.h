#pragma once

#include <QWidget>

#include <optional>
#include <vector>

#include "consistencychecker.h"

class ConsistencyMonitor;
class SimulationController;

// Jepsen's map of consistency models as a graph, strongest on top: each model filled by its
// verdict for the history so far (holds green, violated red, unknown grey) and outlined by what a
// partition lets it keep (unavailable, sticky or totally available), the unavailable ones dimmed
// while the network is split. Clicking a model selects it.
class ModelMap : public QWidget
{
    Q_OBJECT

public:
    ModelMap(SimulationController &controller, ConsistencyMonitor &monitor, QWidget *parent = nullptr);

    // Where a model's box is drawn in widget coordinates.
    QRectF modelRect(cs::ConsistencyModel model) const;
    std::optional<cs::ConsistencyModel> modelAt(QPointF point) const;
    std::optional<cs::ConsistencyModel> selected() const { return mSelected; }
    // Whether the network shown is split (some link is cut), so unavailable models cannot serve.
    bool networkSplit() const;

    void paintMap(QPainter &painter, const QRectF &area) const;

    QSize sizeHint() const override { return {320, 300}; }
    QSize minimumSizeHint() const override { return {240, 220}; }

public slots:
    void select(std::optional<cs::ConsistencyModel> model);

signals:
    void modelSelected(std::optional<cs::ConsistencyModel> model);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRectF boxIn(const QRectF &area, cs::ConsistencyModel model) const;

    SimulationController &mController;
    ConsistencyMonitor &mMonitor;
    // Each model's layer (its longest chain of stronger models) and place within it.
    std::vector<int> mLayer;
    std::vector<int> mColumn;
    std::vector<int> mLayerWidth;
    std::optional<cs::ConsistencyModel> mSelected;
};
