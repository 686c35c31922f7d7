#pragma once

#include <QDialog>

#include "client.h"

class ClientRoster;
class QComboBox;
class QLineEdit;

// The keyboard's way to a client operation: which client, which replica (or the client's own
// route), read or write, the key and the value to write.
class ClientOperationDialog : public QDialog
{
    Q_OBJECT

public:
    ClientOperationDialog(const ClientRoster &roster, int nodes, cs::OperationKind kind, QWidget *parent = nullptr);

    cs::ClientId client() const;
    // 0: the client's own route (its sticky node, or the next live node if it roams).
    cs::NodeId node() const;
    cs::OperationKind kind() const;
    std::string key() const;
    std::string value() const;
    // The session guarantee the client asks for from now on; empty for the store's default.
    std::string consistency() const;

    // Sends what the dialog says through the roster.
    void issue(ClientRoster &roster) const;

private:
    QComboBox *mClient;
    QComboBox *mNode;
    QComboBox *mKind;
    QLineEdit *mKey;
    QLineEdit *mValue;
    QComboBox *mConsistency;
};
