#pragma once

#include <QColor>
#include <QPointF>
#include <QString>

#include <vector>

#include "protocol.h"

// Where nodes sit and how roles look: shared by the scene, the image export and the tests.
namespace ClusterLayout {

constexpr double kNodeRadius = 30.0;

// Node centres on a ring sized so neighbours never overlap, from 1 to 25 nodes.
std::vector<QPointF> ringPositions(int nodes);

// The colour a role is drawn in, from the protocol's descriptor.
QColor roleColor(const cs::ProtocolDescriptor &descriptor, const std::string &role);

// A point on the line between two node centres, shifted sideways so the two directions of a
// link do not overlap.
QPointF alongLink(QPointF from, QPointF to, double fraction, double sideways);

} // namespace ClusterLayout
