#pragma once

#include <QObject>

#include <string>
#include <vector>

#include "client.h"

class SimulationController;

// The lab's clients beside the cluster (A, B, C...): which replica each is sticky to, or that it
// roams round robin over the live nodes, and the key it works on. Their reads and writes go to the
// controller as inputs like every other user action; the roster itself is a setting of the window.
class ClientRoster : public QObject
{
    Q_OBJECT

public:
    // One client: sticky to a node, or roaming (node 0) from the node it used last.
    struct Client
    {
        cs::ClientId id = 1;
        cs::NodeId sticky = 0;
        cs::NodeId lastNode = 0;
        std::string key = "x";
        // The session guarantee the client asks of every operation; empty for the store's default.
        std::string consistency;
    };

    explicit ClientRoster(SimulationController &controller, QObject *parent = nullptr);

    const std::vector<Client> &clients() const { return mClients; }
    const Client *find(cs::ClientId id) const;
    cs::ClientId selected() const { return mSelected; }

    // The node a client's next operation goes to: its sticky node, or the next live node after
    // the one it used last (0 when every node is down).
    cs::NodeId route(cs::ClientId id) const;
    // The value the next write writes unless the user types another: V1, V2...
    std::string nextValue() const { return "V" + std::to_string(mWrites + 1); }

public slots:
    cs::ClientId addClient();
    void removeClient(cs::ClientId id);
    void select(cs::ClientId id);
    // Node 0 makes the client roam.
    void setSticky(cs::ClientId id, cs::NodeId node);
    void setKey(cs::ClientId id, const std::string &key);
    void setConsistency(cs::ClientId id, const std::string &consistency);
    // Node 0 takes the client's route.
    void read(cs::ClientId id, cs::NodeId node = 0);
    void write(cs::ClientId id, const std::string &value, cs::NodeId node = 0);
    // Back to three roaming clients A, B and C.
    void reset();

signals:
    void changed();

private:
    Client *findMutable(cs::ClientId id);
    void issue(cs::ClientId id, cs::NodeId node, cs::OperationKind kind, const std::string &value);

    SimulationController &mController;
    std::vector<Client> mClients;
    cs::ClientId mSelected = 1;
    int mWrites = 0;
};
