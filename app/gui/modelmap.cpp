#include "modelmap.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

#include "consistencymonitor.h"
#include "modelnames.h"
#include "simulationcontroller.h"

namespace {

constexpr double kMargin = 8;
constexpr double kLegend = 34;

cs::ConsistencyModel modelOf(int index)
{
    return static_cast<cs::ConsistencyModel>(index);
}

QColor verdictColor(cs::ModelVerdict verdict)
{
    switch (verdict) {
    case cs::ModelVerdict::Holds: return QColor(0x8c, 0xd0, 0x8c);
    case cs::ModelVerdict::Violated: return QColor(0xee, 0x80, 0x80);
    case cs::ModelVerdict::Unknown: break;
    }
    return QColor(0xd0, 0xd0, 0xd0);
}

QColor availabilityColor(cs::ConsistencyModel model)
{
    const auto kind = cs::modelAvailability(model);
    if (kind == "totally-available")
        return QColor(0x20, 0x80, 0x40);
    if (kind == "sticky-available")
        return QColor(0xd0, 0x80, 0x10);
    return QColor(0x70, 0x30, 0x90);
}

} // namespace

ModelMap::ModelMap(SimulationController &controller, ConsistencyMonitor &monitor, QWidget *parent)
    : QWidget(parent)
    , mController(controller)
    , mMonitor(monitor)
{
    setMouseTracking(true);
    // Layers from the hierarchy itself: a model sits one below the lowest model that implies it.
    mLayer.assign(cs::kConsistencyModelCount, 0);
    for (int round = 0; round < cs::kConsistencyModelCount; ++round) {
        for (int model = 0; model < cs::kConsistencyModelCount; ++model) {
            for (auto weaker : cs::impliedModels(modelOf(model))) {
                auto &layer = mLayer[static_cast<std::size_t>(weaker)];
                layer = std::max(layer, mLayer[static_cast<std::size_t>(model)] + 1);
            }
        }
    }
    const int layers = *std::max_element(mLayer.begin(), mLayer.end()) + 1;
    mLayerWidth.assign(static_cast<std::size_t>(layers), 0);
    mColumn.assign(cs::kConsistencyModelCount, 0);
    for (int model = 0; model < cs::kConsistencyModelCount; ++model)
        mColumn[static_cast<std::size_t>(model)] = mLayerWidth[static_cast<std::size_t>(mLayer[static_cast<std::size_t>(model)])]++;
    connect(&monitor, &ConsistencyMonitor::changed, this, qOverload<>(&QWidget::update));
}

bool ModelMap::networkSplit() const
{
    const auto &simulation = mController.simulation();
    for (cs::NodeId a = 1; a <= simulation.clusterSize(); ++a) {
        for (cs::NodeId b = 1; b <= simulation.clusterSize(); ++b) {
            if (a != b && !simulation.linkUp(a, b))
                return true;
        }
    }
    return false;
}

QRectF ModelMap::boxIn(const QRectF &area, cs::ConsistencyModel model) const
{
    const auto index = static_cast<std::size_t>(model);
    const int layers = static_cast<int>(mLayerWidth.size());
    const double rowHeight = (area.height() - 2 * kMargin - kLegend) / layers;
    const int width = mLayerWidth[static_cast<std::size_t>(mLayer[index])];
    const double columnWidth = (area.width() - 2 * kMargin) / width;
    const double boxWidth = std::min(columnWidth - 6, 150.0);
    const double boxHeight = std::min(rowHeight - 8, 26.0);
    const double centreX = area.left() + kMargin + columnWidth * (mColumn[index] + 0.5);
    const double centreY = area.top() + kMargin + rowHeight * (mLayer[index] + 0.5);
    return QRectF(centreX - boxWidth / 2, centreY - boxHeight / 2, boxWidth, boxHeight);
}

QRectF ModelMap::modelRect(cs::ConsistencyModel model) const
{
    return boxIn(QRectF(rect()), model);
}

std::optional<cs::ConsistencyModel> ModelMap::modelAt(QPointF point) const
{
    for (int model = 0; model < cs::kConsistencyModelCount; ++model) {
        if (modelRect(modelOf(model)).contains(point))
            return modelOf(model);
    }
    return std::nullopt;
}

void ModelMap::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    paintMap(painter, QRectF(rect()));
}

void ModelMap::paintMap(QPainter &painter, const QRectF &area) const
{
    painter.fillRect(area, QColor(0xfd, 0xfd, 0xfb));
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(0x90, 0x90, 0x90), 1.2));
    for (int model = 0; model < cs::kConsistencyModelCount; ++model) {
        const QRectF from = boxIn(area, modelOf(model));
        const auto implied = cs::impliedModels(modelOf(model));
        for (auto weaker : implied) {
            // Only direct edges: none through a model in between.
            const bool through = std::any_of(implied.begin(), implied.end(), [weaker](cs::ConsistencyModel middle) {
                const auto below = cs::impliedModels(middle);
                return middle != weaker && std::find(below.begin(), below.end(), weaker) != below.end();
            });
            if (through)
                continue;
            const QRectF to = boxIn(area, weaker);
            painter.drawLine(QPointF(from.center().x(), from.bottom()), QPointF(to.center().x(), to.top()));
        }
    }
    const bool split = networkSplit();
    QFont font = painter.font();
    font.setPointSizeF(8);
    painter.setFont(font);
    const auto &report = mMonitor.report();
    for (int model = 0; model < cs::kConsistencyModelCount; ++model) {
        const auto which = modelOf(model);
        const QRectF box = boxIn(area, which);
        const bool unavailableNow = split && cs::modelAvailability(which) == "unavailable";
        QColor fill = verdictColor(report.verdict(which));
        if (unavailableNow)
            fill = fill.lighter(125);
        painter.setBrush(fill);
        QPen outline(availabilityColor(which), mSelected == which ? 3.5 : 2,
                     unavailableNow ? Qt::DashLine : Qt::SolidLine);
        painter.setPen(outline);
        painter.drawRoundedRect(box, 5, 5);
        painter.setPen(unavailableNow ? QColor(0x70, 0x70, 0x70) : QColor(0x10, 0x10, 0x10));
        painter.drawText(box, Qt::AlignCenter, ModelNames::name(which));
    }
    const QRectF legend(area.left() + kMargin, area.bottom() - kLegend, area.width() - 2 * kMargin, kLegend);
    painter.setPen(QColor(0x50, 0x50, 0x50));
    painter.drawText(legend, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
                     split ? tr("Fill: holds / violated / unknown. Outline: totally, sticky or not available; "
                                "dashed: unavailable while the network is split.")
                           : tr("Fill: holds / violated / unknown. Outline: totally, sticky or not available "
                                "during a partition."));
}

void ModelMap::select(std::optional<cs::ConsistencyModel> model)
{
    mSelected = model;
    update();
    emit modelSelected(model);
}

void ModelMap::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        select(modelAt(event->position()));
        event->accept();
    }
}

bool ModelMap::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        if (const auto model = modelAt(help->pos()))
            QToolTip::showText(help->globalPos(), ModelNames::name(*model) + QStringLiteral(": ") + ModelNames::availability(*model), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}
