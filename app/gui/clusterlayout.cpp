#include "clusterlayout.h"

#include <QLineF>

#include <cmath>
#include <numbers>

namespace ClusterLayout {

std::vector<QPointF> ringPositions(int nodes)
{
    std::vector<QPointF> positions;
    if (nodes <= 0)
        return positions;
    if (nodes == 1) {
        positions.emplace_back(0, 0);
        return positions;
    }
    const double spacing = 3.6 * kNodeRadius + 40;
    const double radius = std::max(150.0, spacing * nodes / (2 * std::numbers::pi));
    for (int i = 0; i < nodes; ++i) {
        const double angle = -std::numbers::pi / 2 + 2 * std::numbers::pi * i / nodes;
        positions.emplace_back(radius * std::cos(angle), radius * std::sin(angle));
    }
    return positions;
}

QColor roleColor(const cs::ProtocolDescriptor &descriptor, const std::string &role)
{
    for (const auto &style : descriptor.roles) {
        if (style.name == role)
            return QColor(QString::fromStdString(style.color));
    }
    return QColor(0x90, 0x90, 0x90);
}

QPointF alongLink(QPointF from, QPointF to, double fraction, double sideways)
{
    const QLineF line(from, to);
    const double length = std::max(line.length(), 1.0);
    const QPointF unit = (to - from) / length;
    const QPointF normal(-unit.y(), unit.x());
    const QPointF start = from + unit * kNodeRadius;
    const QPointF end = to - unit * kNodeRadius;
    return start + (end - start) * fraction + normal * sideways;
}

} // namespace ClusterLayout
