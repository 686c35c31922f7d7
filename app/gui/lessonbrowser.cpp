#include "lessonbrowser.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "lessonlibrary.h"
#include "lessonprogress.h"

namespace {

constexpr int kIdRole = Qt::UserRole;
constexpr int kStepsRole = Qt::UserRole + 1;

// A lesson's topic as the browser's group heading.
QString topicTitle(const QString &topic)
{
    if (topic == QLatin1String("raft"))
        return LessonBrowser::tr("Raft");
    if (topic == QLatin1String("paxos"))
        return LessonBrowser::tr("Paxos and Multi-Paxos");
    if (topic == QLatin1String("zab"))
        return LessonBrowser::tr("ZAB");
    if (topic == QLatin1String("bully"))
        return LessonBrowser::tr("Bully election");
    if (topic == QLatin1String("commit"))
        return LessonBrowser::tr("Atomic commit (2PC, 3PC)");
    if (topic == QLatin1String("consistency"))
        return LessonBrowser::tr("Consistency and CAP");
    if (topic == QLatin1String("mutex"))
        return LessonBrowser::tr("Mutual exclusion");
    if (topic == QLatin1String("locks"))
        return LessonBrowser::tr("Distributed locks");
    if (topic == QLatin1String("failure-detection"))
        return LessonBrowser::tr("Failure detection");
    if (topic == QLatin1String("load-balancing"))
        return LessonBrowser::tr("Load balancing");
    return topic;
}

} // namespace

LessonBrowser::LessonBrowser(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Lessons"));
    resize(820, 520);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Guided walkthroughs on the simulated cluster: read, predict, act, and step back "
                                "whenever you are lost. Double-click a lesson to start it."),
                             this);
    intro->setWordWrap(true);
    mTree = new QTreeWidget(this);
    mTree->setColumnCount(3);
    mTree->setHeaderLabels({tr("Lesson"), tr("Progress"), tr("What you will see")});
    mTree->setWordWrap(true);
    mTree->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    mTree->setColumnWidth(0, 280);
    mTree->setColumnWidth(1, 110);
    QTreeWidgetItem *group = nullptr;
    QString topic;
    for (const auto &entry : LessonLibrary::all()) {
        if (!group || entry.topic != topic) {
            topic = entry.topic;
            group = new QTreeWidgetItem(mTree, {topicTitle(topic)});
            group->setFlags(Qt::ItemIsEnabled);
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
        }
        auto *item = new QTreeWidgetItem(group, {entry.title, LessonProgress::describe(entry.id, entry.steps), entry.summary});
        item->setData(0, kIdRole, entry.id);
        item->setData(0, kStepsRole, entry.steps);
        item->setToolTip(0, entry.title);
        item->setToolTip(2, entry.summary);
    }
    mTree->expandAll();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    mStart = buttons->addButton(tr("Start"), QDialogButtonBox::AcceptRole);
    mStart->setObjectName(QStringLiteral("lessonStart"));
    mResume = buttons->addButton(tr("Resume"), QDialogButtonBox::AcceptRole);
    mResume->setObjectName(QStringLiteral("lessonResume"));
    mResume->setToolTip(tr("Open the lesson at the step where you left it."));
    connect(mStart, &QPushButton::clicked, this, [this] { choose(false); });
    connect(mResume, &QPushButton::clicked, this, [this] { choose(true); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(mTree, &QTreeWidget::itemDoubleClicked, this, [this] { choose(false); });
    connect(mTree, &QTreeWidget::currentItemChanged, this, &LessonBrowser::updateButtons);
    layout->addWidget(intro);
    layout->addWidget(mTree, 1);
    layout->addWidget(buttons);
    updateButtons();
}

QTreeWidgetItem *LessonBrowser::currentLesson() const
{
    auto *item = mTree->currentItem();
    return item && item->data(0, kIdRole).isValid() ? item : nullptr;
}

void LessonBrowser::updateButtons()
{
    const auto *item = currentLesson();
    mStart->setEnabled(item);
    const int step = item ? LessonProgress::step(item->data(0, kIdRole).toString()) : 0;
    mResume->setEnabled(item && step > 1 && step <= item->data(0, kStepsRole).toInt());
    if (item && mResume->isEnabled())
        mResume->setText(tr("Resume at step %1").arg(step));
    else
        mResume->setText(tr("Resume"));
}

void LessonBrowser::choose(bool resume)
{
    const auto *item = currentLesson();
    if (!item)
        return;
    mChosenId = item->data(0, kIdRole).toString();
    mChosenStep = resume ? std::max(0, LessonProgress::step(mChosenId) - 1) : 0;
    accept();
}
