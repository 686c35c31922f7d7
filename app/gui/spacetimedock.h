#pragma once

#include <QDockWidget>

class QComboBox;
class SimulationController;
class SpaceTimeDiagram;

// The space-time diagram with its filter by message kind and its zoom controls.
class SpaceTimeDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit SpaceTimeDock(SimulationController &controller, QWidget *parent = nullptr);

    SpaceTimeDiagram *diagram() const { return mDiagram; }

private slots:
    void refreshTypes();

private:
    SpaceTimeDiagram *mDiagram;
    QComboBox *mFilter;
};
