#include "eventlogmodel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include "operationtext.h"
#include "simulationcontroller.h"

QString EventLogModel::kindLabel(cs::TraceKind kind)
{
    switch (kind) {
    case cs::TraceKind::Send: return tr("send");
    case cs::TraceKind::Deliver: return tr("deliver");
    case cs::TraceKind::Drop: return tr("drop");
    case cs::TraceKind::Timer: return tr("timer");
    case cs::TraceKind::Crash: return tr("crash");
    case cs::TraceKind::Restart: return tr("restart");
    case cs::TraceKind::Pause: return tr("pause");
    case cs::TraceKind::Slow: return tr("slow link");
    case cs::TraceKind::Cut: return tr("cut");
    case cs::TraceKind::Heal: return tr("heal");
    case cs::TraceKind::Partition: return tr("partition");
    case cs::TraceKind::HealAll: return tr("heal all");
    case cs::TraceKind::Client: return tr("client");
    case cs::TraceKind::Set: return tr("set");
    case cs::TraceKind::Note: return tr("note");
    case cs::TraceKind::Violation: return tr("violation");
    case cs::TraceKind::Invoke: return tr("invoke");
    case cs::TraceKind::Complete: return tr("complete");
    }
    return {};
}

EventLogModel::EventLogModel(SimulationController &controller, QObject *parent)
    : QAbstractTableModel(parent)
    , mController(controller)
{
    connect(&controller, &SimulationController::advanced, this, &EventLogModel::catchUp);
    connect(&controller, &SimulationController::clusterReset, this, &EventLogModel::restart);
    restart();
}

void EventLogModel::restart()
{
    beginResetModel();
    mRows = static_cast<int>(mController.visibleEventCount());
    endResetModel();
}

void EventLogModel::catchUp()
{
    // Only what had happened by the moment shown: scrubbing back hides the later events.
    const int size = static_cast<int>(mController.visibleEventCount());
    if (size < mRows) {
        restart();
        return;
    }
    if (size == mRows)
        return;
    beginInsertRows({}, mRows, size - 1);
    mRows = size;
    endInsertRows();
}

int EventLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : mRows;
}

int EventLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= mRows)
        return {};
    const auto &recorder = mController.recorder();
    const auto row = static_cast<std::size_t>(index.row());
    const auto &event = recorder.events()[row];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn: return QString::fromStdString(cs::formatDuration(event.t));
        case KindColumn: return kindLabel(event.kind);
        case NodeColumn: return event.node > 0 ? QVariant(static_cast<int>(event.node)) : QVariant();
        case DescriptionColumn:
            if (const auto *operation = recorder.operationOf(row)) {
                return event.kind == cs::TraceKind::Invoke ? OperationText::invocation(*operation)
                                                           : OperationText::completion(*operation, event.t);
            }
            return QString::fromStdString(recorder.describe(row));
        default: return {};
        }
    case Qt::ForegroundRole:
        if (event.kind == cs::TraceKind::Violation && isExpected(row))
            return QBrush(QColor(0xc8, 0x70, 0x00));
        if (event.kind == cs::TraceKind::Violation)
            return QBrush(QColor(0xc0, 0x10, 0x10));
        if (event.kind == cs::TraceKind::Drop)
            return QBrush(QColor(0x90, 0x50, 0x10));
        return {};
    case Qt::FontRole:
        if (event.kind == cs::TraceKind::Violation) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case NodeRole: return static_cast<int>(event.node);
    case PeerRole: return static_cast<int>(recorder.peerOf(row));
    case MessageRole: return static_cast<qulonglong>(recorder.messageOf(row));
    case KindRole: return static_cast<int>(event.kind);
    case GroupRole: return static_cast<qlonglong>(recorder.groupOf(row, mController.descriptor().view.groupField));
    case ExpectedRole: return event.kind == cs::TraceKind::Violation && isExpected(row);
    case Qt::ToolTipRole:
        if (event.kind == cs::TraceKind::Violation && isExpected(row))
            return tr("Expected: this protocol is known to break this property under such faults; the run shows why.");
        return {};
    default: return {};
    }
}

bool EventLogModel::isExpected(std::size_t row) const
{
    const auto text = mController.recorder().describe(row);
    for (const auto &invariant : mController.descriptor().knownLimitations) {
        if (text.rfind(invariant + ":", 0) == 0)
            return true;
    }
    return false;
}

QVariant EventLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return tr("Time");
    case KindColumn: return tr("Kind");
    case NodeColumn: return tr("Node");
    case DescriptionColumn: return tr("What happened");
    default: return {};
    }
}
