#pragma once

#include <QDialog>

class QComboBox;
class QSpinBox;

// Asks for a protocol and a cluster size for a new cluster.
class NewClusterDialog : public QDialog
{
    Q_OBJECT

public:
    NewClusterDialog(const QString &protocol, int nodes, QWidget *parent = nullptr);

    QString protocol() const;
    int nodes() const;

private:
    QComboBox *mProtocol;
    QSpinBox *mNodes;
};
