#pragma once

#include <QDockWidget>

#include <vector>

class QSpinBox;
class SimulationController;

// The protocol's parameters from its descriptor, with their ranges; a change becomes an input at
// the current time (the cluster size starts a new cluster).
class ParametersDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit ParametersDock(SimulationController &controller, QWidget *parent = nullptr);

    QSpinBox *editorFor(const QString &name) const;

private slots:
    void rebuild();
    void syncValues();

private:
    SimulationController &mController;
    std::vector<QSpinBox *> mEditors;
};
