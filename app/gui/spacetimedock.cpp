#include "spacetimedock.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "spacetimediagram.h"

SpaceTimeDock::SpaceTimeDock(SimulationController &controller, QWidget *parent)
    : QDockWidget(tr("Space-time diagram"), parent)
{
    setObjectName(QStringLiteral("SpaceTimeDock"));
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *controls = new QHBoxLayout;
    mFilter = new QComboBox(content);
    auto *zoomIn = new QPushButton(tr("Zoom in"), content);
    auto *zoomOut = new QPushButton(tr("Zoom out"), content);
    controls->addWidget(new QLabel(tr("Messages:"), content));
    controls->addWidget(mFilter);
    controls->addWidget(zoomIn);
    controls->addWidget(zoomOut);
    controls->addWidget(new QLabel(tr("Click an arrow to go to its delivery; hover for Lamport times; "
                                      "Shift-drag to pan."),
                                   content));
    controls->addStretch();
    mDiagram = new SpaceTimeDiagram(controller, content);
    layout->addLayout(controls);
    layout->addWidget(mDiagram);
    setWidget(content);
    connect(mDiagram, &SpaceTimeDiagram::typesChanged, this, &SpaceTimeDock::refreshTypes);
    connect(mFilter, &QComboBox::currentIndexChanged, this,
            [this] { mDiagram->setTypeFilter(mFilter->currentData().toString().toStdString()); });
    connect(zoomIn, &QPushButton::clicked, this, [this] {
        mDiagram->setWindow(mDiagram->windowStart() + mDiagram->windowSpan() * 0.25, mDiagram->windowSpan() * 0.5);
    });
    connect(zoomOut, &QPushButton::clicked, this, [this] {
        mDiagram->setWindow(mDiagram->windowStart() - mDiagram->windowSpan() * 0.5, mDiagram->windowSpan() * 2);
    });
    refreshTypes();
}

void SpaceTimeDock::refreshTypes()
{
    const QString current = mFilter->currentData().toString();
    const QSignalBlocker blocker(mFilter);
    mFilter->clear();
    mFilter->addItem(tr("All kinds"), QString());
    for (const auto &type : mDiagram->messageTypes())
        mFilter->addItem(QString::fromStdString(type), QString::fromStdString(type));
    mFilter->setCurrentIndex(std::max(0, mFilter->findData(current)));
}
