#pragma once

#include <QDockWidget>

#include <vector>

class QComboBox;
class QSpinBox;
class SimulationController;

// The protocol's parameters from its descriptor, with their ranges (a choice as a combo box of its
// translated names); a change becomes an input at the current time (the cluster size starts a new
// cluster).
class ParametersDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit ParametersDock(SimulationController &controller, QWidget *parent = nullptr);

    // The editor of a number, duration or percent parameter, or nullptr.
    QSpinBox *editorFor(const QString &name) const;
    // The combo box of a choice parameter, or nullptr.
    QComboBox *choiceEditorFor(const QString &name) const;

private slots:
    void rebuild();
    void syncValues();

private:
    SimulationController &mController;
    // One editor per parameter, in the descriptor's order: a QSpinBox, or a QComboBox for a choice.
    std::vector<QWidget *> mEditors;
};
