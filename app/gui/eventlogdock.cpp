#include "eventlogdock.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

#include "eventlogmodel.h"
#include "protocolvocabulary.h"
#include "simulationcontroller.h"

// Keeps the rows of one node (as actor or peer) and of one kind of event.
class EventLogFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setNode(int node)
    {
        mNode = node;
        invalidateFilter();
    }
    void setKind(int kind)
    {
        mKind = kind;
        invalidateFilter();
    }
    void setGroup(qint64 group)
    {
        mGroup = group;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex index = sourceModel()->index(row, 0, parent);
        if (mKind >= 0 && index.data(EventLogModel::KindRole).toInt() != mKind)
            return false;
        if (mGroup > 0 && index.data(EventLogModel::GroupRole).toLongLong() != mGroup)
            return false;
        if (mNode > 0 && index.data(EventLogModel::NodeRole).toInt() != mNode
            && index.data(EventLogModel::PeerRole).toInt() != mNode)
            return false;
        return true;
    }

private:
    int mNode = 0;
    int mKind = -1;
    qint64 mGroup = 0;
};

EventLogDock::EventLogDock(SimulationController &controller, QWidget *parent)
    : QDockWidget(tr("Event log"), parent)
    , mController(controller)
{
    setObjectName(QStringLiteral("EventLogDock"));
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *filters = new QHBoxLayout;
    mNodeFilter = new QComboBox(content);
    mKindFilter = new QComboBox(content);
    mKindFilter->addItem(tr("All kinds"), -1);
    for (int kind = 0; kind <= static_cast<int>(cs::TraceKind::Complete); ++kind)
        mKindFilter->addItem(EventLogModel::kindLabel(static_cast<cs::TraceKind>(kind)), kind);
    filters->addWidget(new QLabel(tr("Node:"), content));
    filters->addWidget(mNodeFilter);
    filters->addWidget(new QLabel(tr("Kind:"), content));
    filters->addWidget(mKindFilter);
    mGroupLabel = new QLabel(content);
    mGroupFilter = new QSpinBox(content);
    mGroupFilter->setRange(0, 1000000);
    mGroupFilter->setSpecialValueText(tr("all"));
    filters->addWidget(mGroupLabel);
    filters->addWidget(mGroupFilter);
    filters->addStretch();
    layout->addLayout(filters);

    mModel = new EventLogModel(controller, this);
    mFilter = new EventLogFilter(this);
    mFilter->setSourceModel(mModel);
    mTable = new QTableView(content);
    mTable->setModel(mFilter);
    mTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    mTable->setSelectionMode(QAbstractItemView::SingleSelection);
    mTable->verticalHeader()->hide();
    mTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    mTable->verticalHeader()->setDefaultSectionSize(mTable->fontMetrics().height() + 4);
    mTable->horizontalHeader()->setStretchLastSection(true);
    mTable->setColumnWidth(EventLogModel::TimeColumn, 110);
    mTable->setColumnWidth(EventLogModel::KindColumn, 80);
    mTable->setColumnWidth(EventLogModel::NodeColumn, 50);
    layout->addWidget(mTable);
    setWidget(content);

    connect(mNodeFilter, &QComboBox::currentIndexChanged, this,
            [this] { mFilter->setNode(mNodeFilter->currentData().toInt()); });
    connect(mKindFilter, &QComboBox::currentIndexChanged, this,
            [this] { mFilter->setKind(mKindFilter->currentData().toInt()); });
    connect(mGroupFilter, &QSpinBox::valueChanged, this, [this](int group) { mFilter->setGroup(group); });
    connect(mTable, &QTableView::clicked, this, &EventLogDock::activate);
    connect(mModel, &QAbstractItemModel::rowsInserted, this, &EventLogDock::followTail);
    connect(&controller, &SimulationController::clusterReset, this, &EventLogDock::rebuildNodeFilter);
    rebuildNodeFilter();
}

int EventLogDock::visibleRows() const
{
    return mFilter->rowCount();
}

void EventLogDock::rebuildNodeFilter()
{
    const int previous = mNodeFilter->currentData().toInt();
    mNodeFilter->blockSignals(true);
    mNodeFilter->clear();
    mNodeFilter->addItem(tr("All nodes"), 0);
    for (int node = 1; node <= mController.simulation().clusterSize(); ++node)
        mNodeFilter->addItem(tr("Node %1").arg(node), node);
    const int index = mNodeFilter->findData(previous);
    mNodeFilter->setCurrentIndex(index < 0 ? 0 : index);
    mNodeFilter->blockSignals(false);
    mFilter->setNode(mNodeFilter->currentData().toInt());
    const auto &view = mController.descriptor().view;
    mGroupLabel->setText(tr("%1:").arg(protocolText(view.groupLabel)));
    mGroupLabel->setVisible(!view.groupField.empty());
    mGroupFilter->setVisible(!view.groupField.empty());
    if (view.groupField.empty())
        mGroupFilter->setValue(0);
}

void EventLogDock::followTail()
{
    auto *bar = mTable->verticalScrollBar();
    if (bar->value() >= bar->maximum() - 3 * mTable->verticalHeader()->defaultSectionSize())
        mTable->scrollToBottom();
}

void EventLogDock::activate(const QModelIndex &index)
{
    const int node = index.data(EventLogModel::NodeRole).toInt();
    if (node > 0)
        mController.selectNode(node);
    const auto message = index.data(EventLogModel::MessageRole).toULongLong();
    if (message > 0)
        mController.selectMessage(message);
}

void EventLogDock::revealEvent(std::size_t index)
{
    const auto row = mFilter->mapFromSource(mModel->index(static_cast<int>(index), 0));
    if (!row.isValid())
        return;
    mTable->selectRow(row.row());
    mTable->scrollTo(row, QAbstractItemView::PositionAtCenter);
}
