#include "scenariobanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

ScenarioBanner::ScenarioBanner(QWidget *parent)
    : QFrame(parent)
    , mTitle(new QLabel(this))
    , mDescription(new QLabel(this))
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
    auto *text = new QVBoxLayout;
    text->addWidget(mTitle);
    text->addWidget(mDescription);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addLayout(text, 1);
    layout->addWidget(close, 0, Qt::AlignTop);
    hide();
}

void ScenarioBanner::showScenario(const QString &title, const QString &description)
{
    mTitle->setText(title);
    mDescription->setText(description);
    setVisible(!description.isEmpty());
}

QString ScenarioBanner::title() const
{
    return mTitle->text();
}

QString ScenarioBanner::description() const
{
    return mDescription->text();
}
