#include "newclusterdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QSpinBox>

#include "protocolvocabulary.h"
#include "registry.h"

NewClusterDialog::NewClusterDialog(const QString &protocol, int nodes, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("New cluster"));
    auto *form = new QFormLayout(this);
    mProtocol = new QComboBox(this);
    for (const auto *candidate : cs::allProtocols()) {
        const auto &descriptor = candidate->descriptor();
        mProtocol->addItem(protocolText(descriptor.title), QString::fromStdString(descriptor.name));
    }
    mProtocol->setCurrentIndex(std::max(0, mProtocol->findData(protocol)));
    mNodes = new QSpinBox(this);
    mNodes->setRange(1, 25);
    mNodes->setValue(nodes);
    form->addRow(tr("Protocol:"), mProtocol);
    form->addRow(tr("Nodes:"), mNodes);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

QString NewClusterDialog::protocol() const
{
    return mProtocol->currentData().toString();
}

int NewClusterDialog::nodes() const
{
    return mNodes->value();
}
