#include "parametersdock.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

#include "protocolvocabulary.h"
#include "simulationcontroller.h"

namespace {

// Durations are edited in milliseconds, the unit a classroom thinks in.
int toEditor(const cs::ParameterSpec &spec, std::int64_t value)
{
    return static_cast<int>(spec.unit == cs::ParameterUnit::Duration ? value / cs::kMillisecond : value);
}

std::int64_t fromEditor(const cs::ParameterSpec &spec, int value)
{
    return spec.unit == cs::ParameterUnit::Duration ? std::int64_t(value) * cs::kMillisecond : value;
}

} // namespace

ParametersDock::ParametersDock(SimulationController &controller, QWidget *parent)
    : QDockWidget(tr("Parameters"), parent)
    , mController(controller)
{
    setObjectName(QStringLiteral("ParametersDock"));
    // Queued: a size change rebuilds the form from inside one of its own editors' signals.
    connect(&controller, &SimulationController::clusterReset, this, &ParametersDock::rebuild, Qt::QueuedConnection);
    connect(&controller, &SimulationController::inputApplied, this, &ParametersDock::syncValues);
    rebuild();
}

QSpinBox *ParametersDock::editorFor(const QString &name) const
{
    for (auto *editor : mEditors) {
        if (editor->objectName() == name)
            return qobject_cast<QSpinBox *>(editor);
    }
    return nullptr;
}

QComboBox *ParametersDock::choiceEditorFor(const QString &name) const
{
    for (auto *editor : mEditors) {
        if (editor->objectName() == name)
            return qobject_cast<QComboBox *>(editor);
    }
    return nullptr;
}

void ParametersDock::rebuild()
{
    auto *content = new QWidget(this);
    auto *form = new QFormLayout(content);
    mEditors.clear();
    const auto &specs = mController.descriptor().parameters;
    for (const auto &spec : specs) {
        const QString tip = tr("%1\nDefault %2, range %3 to %4.")
                                .arg(protocolText(spec.description),
                                     QString::fromStdString(cs::formatParameterValue(spec, spec.defaultValue)),
                                     QString::fromStdString(cs::formatParameterValue(spec, spec.minimum)),
                                     QString::fromStdString(cs::formatParameterValue(spec, spec.maximum)));
        const std::string name = spec.name;
        if (spec.unit == cs::ParameterUnit::Choice) {
            auto *combo = new QComboBox(content);
            combo->setObjectName(QString::fromStdString(spec.name));
            for (const auto &choice : spec.choices)
                combo->addItem(protocolText(choice), QString::fromStdString(choice));
            combo->setToolTip(tip);
            connect(combo, &QComboBox::activated, this,
                    [this, name](int index) { mController.setParameter(name, index); });
            form->addRow(protocolText(spec.label), combo);
            mEditors.push_back(combo);
            continue;
        }
        auto *editor = new QSpinBox(content);
        editor->setObjectName(QString::fromStdString(spec.name));
        editor->setRange(toEditor(spec, spec.minimum), toEditor(spec, spec.maximum));
        editor->setKeyboardTracking(false);
        if (spec.unit == cs::ParameterUnit::Duration)
            editor->setSuffix(tr(" ms"));
        else if (spec.unit == cs::ParameterUnit::Percent)
            editor->setSuffix(tr(" %"));
        editor->setToolTip(tip);
        const cs::ParameterSpec specCopy = spec;
        connect(editor, &QSpinBox::valueChanged, this, [this, name, specCopy](int value) {
            mController.setParameter(name, fromEditor(specCopy, value));
        });
        form->addRow(protocolText(spec.label), editor);
        mEditors.push_back(editor);
    }
    auto *note = new QLabel(tr("Changes apply at the current moment and are recorded in the trace."), content);
    note->setWordWrap(true);
    form->addRow(note);
    if (auto *previous = widget())
        previous->deleteLater();
    setWidget(content);
    syncValues();
}

void ParametersDock::syncValues()
{
    const auto &specs = mController.descriptor().parameters;
    const auto &values = mController.simulation().parameters();
    for (std::size_t i = 0; i < mEditors.size() && i < specs.size(); ++i) {
        if (mEditors[i]->hasFocus())
            continue;
        const QSignalBlocker blocker(mEditors[i]);
        if (auto *combo = qobject_cast<QComboBox *>(mEditors[i]))
            combo->setCurrentIndex(static_cast<int>(values[i]));
        else
            static_cast<QSpinBox *>(mEditors[i])->setValue(toEditor(specs[i], values[i]));
    }
}
