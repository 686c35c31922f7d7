#include "clientitem.h"

#include <QPainter>

#include "clientroster.h"
#include "clusterlayout.h"
#include "consistencymonitor.h"
#include "modelnames.h"
#include "operationtext.h"

namespace {

constexpr double kTextWidth = 150;

QColor resultColor(cs::OperationResult result)
{
    switch (result) {
    case cs::OperationResult::Ok: return QColor(0x3a, 0x7b, 0xd5);
    case cs::OperationResult::Fail: return QColor(0xe0, 0x6c, 0x9f);
    case cs::OperationResult::Unknown: break;
    }
    return QColor(0xf0, 0x8c, 0x20);
}

} // namespace

ClientItem::ClientItem(const ClientRoster &roster, const ConsistencyMonitor &monitor, cs::ClientId client, QPointF stickyTo)
    : mRoster(roster)
    , mMonitor(monitor)
    , mClient(client)
    , mStickyTo(stickyTo)
{
    setAcceptedMouseButtons(Qt::NoButton);
    setZValue(3);
    setToolTip(tr("Client %1: drag it onto a node to read there (with Shift to write); right-click for more.")
                   .arg(QString::fromStdString(cs::clientName(client))));
}

QRectF ClientItem::boundingRect() const
{
    QRectF own(-kRadius - 4, -kRadius - 4, kTextWidth + kRadius + 8, 2 * kRadius + 8);
    own = own.united(QRectF(-kRadius, kRadius, kTextWidth, 36));
    if (!mStickyTo.isNull())
        own = own.united(QRectF(QPointF(0, 0), mStickyTo).normalized().adjusted(-3, -3, 3, 3));
    return own;
}

QPainterPath ClientItem::shape() const
{
    QPainterPath path;
    path.addEllipse(QPointF(0, 0), kRadius + 2, kRadius + 2);
    return path;
}

int ClientItem::pendingCount() const
{
    int pending = 0;
    for (const auto &operation : mMonitor.history().operations())
        pending += operation.client == mClient && operation.pending ? 1 : 0;
    return pending;
}

const cs::HistoryOperation *ClientItem::lastCompleted() const
{
    const cs::HistoryOperation *last = nullptr;
    for (const auto &operation : mMonitor.history().operations()) {
        if (operation.client == mClient && !operation.pending && (!last || operation.completedAt >= last->completedAt))
            last = &operation;
    }
    return last;
}

QString ClientItem::lastResult() const
{
    const auto *last = lastCompleted();
    if (!last)
        return {};
    switch (last->result) {
    case cs::OperationResult::Ok: return tr("%1 ok").arg(OperationText::shortLabel(*last));
    case cs::OperationResult::Fail: return tr("%1 failed").arg(OperationText::shortLabel(*last));
    case cs::OperationResult::Unknown: break;
    }
    return tr("%1 unknown").arg(OperationText::shortLabel(*last));
}

void ClientItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const auto *client = mRoster.find(mClient);
    if (!client)
        return;
    painter->setRenderHint(QPainter::Antialiasing);
    if (!mStickyTo.isNull()) {
        const QLineF line(QPointF(0, 0), mStickyTo);
        QLineF trimmed = line;
        trimmed.setLength(std::max(0.0, line.length() - ClusterLayout::kNodeRadius - 4));
        painter->setPen(QPen(QColor(0x60, 0x60, 0x90), 1.5, Qt::DashLine));
        painter->drawLine(trimmed);
    }
    const bool selected = mRoster.selected() == mClient;
    painter->setPen(QPen(selected ? QColor(0xff, 0xd0, 0x00) : QColor(0x40, 0x40, 0x60), selected ? 4 : 1.5));
    painter->setBrush(QColor(0xe8, 0xe8, 0xf4));
    painter->drawRoundedRect(QRectF(-kRadius, -kRadius, 2 * kRadius, 2 * kRadius), 6, 6);
    QFont font = painter->font();
    font.setPointSizeF(12);
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(QColor(0x20, 0x20, 0x40));
    painter->drawText(QRectF(-kRadius, -kRadius, 2 * kRadius, 2 * kRadius), Qt::AlignCenter,
                      QString::fromStdString(cs::clientName(mClient)));

    font.setPointSizeF(8);
    font.setBold(false);
    painter->setFont(font);
    const QString route = client->sticky ? tr("sticky to n%1").arg(client->sticky) : tr("roams");
    const int pending = pendingCount();
    QString status = route;
    if (!client->consistency.empty())
        status += QStringLiteral(" \u00b7 ") + ModelNames::sessionGuarantee(client->consistency);
    if (pending > 0)
        status += QStringLiteral(" \u00b7 ") + tr("%n pending", nullptr, pending);
    painter->setPen(QColor(0x40, 0x40, 0x40));
    painter->drawText(QRectF(kRadius + 4, -kRadius, kTextWidth - kRadius, kRadius), Qt::AlignLeft | Qt::AlignVCenter, status);
    if (const auto *last = lastCompleted()) {
        painter->setPen(resultColor(last->result).darker(130));
        painter->drawText(QRectF(kRadius + 4, 0, kTextWidth - kRadius, kRadius), Qt::AlignLeft | Qt::AlignVCenter,
                          lastResult());
    }
}
