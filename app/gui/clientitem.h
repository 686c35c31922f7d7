#pragma once

#include <QCoreApplication>
#include <QGraphicsItem>

#include "client.h"
#include "history.h"

class ClientRoster;
class ConsistencyMonitor;

// One lab client beside the ring: its letter, a dashed line to the replica it sticks to (or a
// "roams" tag), how many of its operations are pending and the last result it saw.
class ClientItem : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(ClientItem)

public:
    enum { Type = UserType + 4 };
    static constexpr double kRadius = 18.0;

    ClientItem(const ClientRoster &roster, const ConsistencyMonitor &monitor, cs::ClientId client, QPointF stickyTo);

    int type() const override { return Type; }
    cs::ClientId client() const { return mClient; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    // The texts drawn under the client, for tests and tooltips.
    int pendingCount() const;
    QString lastResult() const;

private:
    const cs::HistoryOperation *lastCompleted() const;

    const ClientRoster &mRoster;
    const ConsistencyMonitor &mMonitor;
    cs::ClientId mClient;
    // The sticky node's centre in item coordinates, or null for a roaming client.
    QPointF mStickyTo;
};
