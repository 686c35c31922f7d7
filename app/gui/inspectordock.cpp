#include "inspectordock.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "lessonhighlight.h"

#include "protocolvocabulary.h"
#include "simulationcontroller.h"

namespace {

constexpr std::size_t kInspectorLogLimit = 200;
constexpr int kEntryIndexRole = Qt::UserRole;

} // namespace

InspectorDock::InspectorDock(SimulationController &controller, QWidget *parent)
    : QDockWidget(tr("Inspector"), parent)
    , mController(controller)
{
    setObjectName(QStringLiteral("InspectorDock"));
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    mHeading = new QLabel(content);
    mHeading->setWordWrap(true);
    mTree = new QTreeWidget(content);
    mTree->setColumnCount(2);
    mTree->setHeaderLabels({tr("Field"), tr("Value")});
    mTree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    mTree->setUniformRowHeights(true);
    layout->addWidget(mHeading);
    layout->addWidget(mTree);
    setWidget(content);
    connect(mTree, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        if (const auto index = item->data(0, kEntryIndexRole); index.isValid() && mShownNode > 0)
            emit entryClicked(mShownNode, index.toLongLong());
    });
    connect(&controller, &SimulationController::advanced, this, &InspectorDock::refresh);
    connect(&controller, &SimulationController::lessonChanged, this, &InspectorDock::refresh);
    connect(&controller, &SimulationController::selectionChanged, this, &InspectorDock::refresh);
    connect(&controller, &SimulationController::clusterReset, this, &InspectorDock::refresh);
    refresh();
}

void InspectorDock::refresh()
{
    if (!isVisible() && mShownNode == mController.selectedNode())
        return;
    const cs::NodeId node = mController.selectedNode();
    const auto &simulation = mController.simulation();
    if (node < 1 || node > simulation.clusterSize()) {
        mHeading->setText(tr("Click a node to inspect it."));
        mTree->clear();
        mShownNode = 0;
        return;
    }
    const bool sameNode = node == mShownNode;
    mShownNode = node;
    const bool up = simulation.isUp(node);
    const auto description = simulation.node(node).describe(kInspectorLogLimit);
    const QString where = description.subtitle.empty() ? tr("term %1").arg(description.term)
                                                       : QString::fromStdString(description.subtitle);
    mHeading->setText(up ? tr("<b>Node %1</b>: %2, %3").arg(node).arg(protocolText(description.role), where)
                         : tr("<b>Node %1</b> is down: only its durable state survives.").arg(node));

    std::map<std::string, std::string> values;
    QFont changedFont = mTree->font();
    changedFont.setBold(true);
    auto addRow = [&](QTreeWidgetItem *parent, const QString &name, const QString &value, const std::string &key) {
        auto *item = new QTreeWidgetItem(parent, {name, value});
        item->setToolTip(1, value);
        values[key] = value.toStdString();
        const auto previous = mPreviousValues.find(key);
        if (sameNode && (previous == mPreviousValues.end() || previous->second != values[key])) {
            item->setFont(1, changedFont);
            item->setBackground(1, QColor(0xff, 0xf0, 0xa0));
        }
        return item;
    };

    mTree->clear();
    auto *durable = new QTreeWidgetItem(mTree, {tr("Durable (survives a crash)")});
    auto *volatileState = new QTreeWidgetItem(mTree, {tr("Volatile (lost in a crash)")});
    for (const auto &field : description.fields) {
        if (!field.durable && !up)
            continue;
        addRow(field.durable ? durable : volatileState, QString::fromStdString(field.name),
               QString::fromStdString(field.value), field.name);
    }
    auto *timers = new QTreeWidgetItem(mTree, {tr("Timers")});
    const auto &timerNames = mController.descriptor().timers;
    for (std::size_t i = 0; i < timerNames.size(); ++i) {
        const auto &state = simulation.timer(node, static_cast<int>(i));
        const QString value = state.armed()
                                  ? tr("fires at %1 (in %2)")
                                        .arg(QString::fromStdString(cs::formatDuration(state.deadline)),
                                             QString::fromStdString(cs::formatDuration(
                                                 std::max<cs::VirtualTime>(0, state.deadline - simulation.now()))))
                                  : tr("idle");
        auto *item = new QTreeWidgetItem(timers, {protocolText(timerNames[i]), value});
        item->setToolTip(1, value);
    }
    auto *log = new QTreeWidgetItem(mTree, {tr("Log (%1 shown, \u2713 committed)").arg(description.log.size())});
    const auto *highlight = mController.lessonHighlight();
    for (const auto &entry : description.log) {
        auto *row = addRow(log, QStringLiteral("%1").arg(entry.index),
               QStringLiteral("t%1  %2  %3")
                   .arg(entry.term)
                   .arg(QString::fromStdString(entry.text), entry.committed && up ? QStringLiteral("\u2713") : QString()),
               "log" + std::to_string(entry.index));
        row->setData(0, kEntryIndexRole, QVariant::fromValue<qlonglong>(entry.index));
        if (LessonHighlight::entry(highlight, node, entry.index)) {
            row->setBackground(0, LessonHighlight::background());
            row->setBackground(1, LessonHighlight::background());
        }
    }
    mTree->expandAll();
    mPreviousValues = std::move(values);
}
