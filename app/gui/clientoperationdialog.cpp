#include "clientoperationdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>

#include "clientroster.h"
#include "modelnames.h"

ClientOperationDialog::ClientOperationDialog(const ClientRoster &roster, int nodes, cs::OperationKind kind, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Client operation"));
    auto *form = new QFormLayout(this);
    mClient = new QComboBox(this);
    mClient->setObjectName(QStringLiteral("client"));
    for (const auto &client : roster.clients())
        mClient->addItem(QString::fromStdString(cs::clientName(client.id)), client.id);
    mClient->setCurrentIndex(std::max(0, mClient->findData(roster.selected())));
    mNode = new QComboBox(this);
    mNode->setObjectName(QStringLiteral("node"));
    mNode->addItem(tr("The client's own route"), 0);
    for (cs::NodeId node = 1; node <= nodes; ++node)
        mNode->addItem(tr("Node %1").arg(node), node);
    mKind = new QComboBox(this);
    mKind->setObjectName(QStringLiteral("kind"));
    mKind->addItem(tr("Read"), static_cast<int>(cs::OperationKind::Read));
    mKind->addItem(tr("Write"), static_cast<int>(cs::OperationKind::Write));
    mKind->setCurrentIndex(kind == cs::OperationKind::Write ? 1 : 0);
    mKey = new QLineEdit(this);
    mKey->setObjectName(QStringLiteral("key"));
    const auto *selected = roster.find(roster.selected());
    mKey->setText(QString::fromStdString(selected ? selected->key : std::string("x")));
    mValue = new QLineEdit(QString::fromStdString(roster.nextValue()), this);
    mValue->setObjectName(QStringLiteral("value"));
    mConsistency = new QComboBox(this);
    mConsistency->setObjectName(QStringLiteral("consistency"));
    mConsistency->addItem(tr("The store's default"), QString());
    for (const auto name : cs::sessionConsistencies())
        mConsistency->addItem(ModelNames::sessionGuarantee(name), QString::fromUtf8(name.data(), qsizetype(name.size())));
    mConsistency->setCurrentIndex(
        std::max(0, mConsistency->findData(QString::fromStdString(selected ? selected->consistency : std::string()))));
    form->addRow(tr("Client:"), mClient);
    form->addRow(tr("Replica:"), mNode);
    form->addRow(tr("Operation:"), mKind);
    form->addRow(tr("Key:"), mKey);
    form->addRow(tr("Value to write:"), mValue);
    form->addRow(tr("Session guarantee:"), mConsistency);
    auto syncValue = [this] { mValue->setEnabled(this->kind() == cs::OperationKind::Write); };
    connect(mKind, &QComboBox::currentIndexChanged, this, syncValue);
    syncValue();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

cs::ClientId ClientOperationDialog::client() const
{
    return mClient->currentData().toInt();
}

cs::NodeId ClientOperationDialog::node() const
{
    return mNode->currentData().toInt();
}

cs::OperationKind ClientOperationDialog::kind() const
{
    return static_cast<cs::OperationKind>(mKind->currentData().toInt());
}

std::string ClientOperationDialog::key() const
{
    return mKey->text().trimmed().toStdString();
}

std::string ClientOperationDialog::value() const
{
    return mValue->text().trimmed().toStdString();
}

std::string ClientOperationDialog::consistency() const
{
    return mConsistency->currentData().toString().toStdString();
}

void ClientOperationDialog::issue(ClientRoster &roster) const
{
    if (key().empty())
        return;
    roster.setKey(client(), key());
    roster.setConsistency(client(), consistency());
    if (kind() == cs::OperationKind::Write)
        roster.write(client(), value(), node());
    else
        roster.read(client(), node());
}
