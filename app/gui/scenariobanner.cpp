#include "scenariobanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

ScenarioBanner::ScenarioBanner(QWidget *parent)
    : QFrame(parent)
    , mTitle(new QLabel(this))
    , mDescription(new QLabel(this))
    , mLessons(new QPushButton(tr("Browse lessons…"), this))
{
    setObjectName(QStringLiteral("scenarioBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto palette = this->palette();
    palette.setColor(QPalette::Window, QColor(0xfd, 0xf6, 0xe3));
    palette.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
    setPalette(palette);
    auto font = mTitle->font();
    font.setBold(true);
    mTitle->setFont(font);
    mTitle->setWordWrap(true);
    mDescription->setWordWrap(true);
    mDescription->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *close = new QToolButton(this);
    close->setObjectName(QStringLiteral("closeBanner"));
    close->setText(QStringLiteral("\u2715"));
    close->setAutoRaise(true);
    close->setToolTip(tr("Hide the scenario's description"));
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    mLessons->setObjectName(QStringLiteral("browseLessons"));
    mLessons->setToolTip(tr("Guided lessons, step by step, in English and Chinese (Ctrl+Shift+L)"));
    connect(mLessons, &QPushButton::clicked, this, &ScenarioBanner::lessonsRequested);
    auto *text = new QVBoxLayout;
    text->addWidget(mTitle);
    text->addWidget(mDescription);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addLayout(text, 1);
    layout->addWidget(mLessons, 0, Qt::AlignVCenter);
    layout->addWidget(close, 0, Qt::AlignTop);
    hide();
}

void ScenarioBanner::showScenario(const QString &title, const QString &description)
{
    mTitle->setText(title);
    mDescription->setText(description);
    mLessons->hide();
    setVisible(!description.isEmpty());
}

void ScenarioBanner::showWelcome()
{
    mTitle->setText(tr("Welcome to ClusterScope"));
    mDescription->setText(tr("Five Raft servers elect a leader and replicate its log. Double-click a node to crash or restart it, "
                             "click a link to cut it, drag a lasso to partition, and scrub the timeline to go back. "
                             "New to distributed protocols? Guided lessons walk you through Raft, Paxos, ZAB, "
                             "Bully, two- and three-phase commit, CAP and consistency models."));
    mLessons->show();
    show();
}

QString ScenarioBanner::title() const
{
    return mTitle->text();
}

QString ScenarioBanner::description() const
{
    return mDescription->text();
}
