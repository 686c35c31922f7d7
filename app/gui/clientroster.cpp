#include "clientroster.h"

#include <algorithm>

#include "simulationcontroller.h"

ClientRoster::ClientRoster(SimulationController &controller, QObject *parent)
    : QObject(parent)
    , mController(controller)
{
    reset();
    connect(&controller, &SimulationController::clusterReset, this, [this] {
        // A smaller cluster may have lost a client's sticky node.
        const int size = mController.simulation().clusterSize();
        for (auto &client : mClients) {
            if (client.sticky > size)
                client.sticky = 0;
            if (client.lastNode > size)
                client.lastNode = 0;
        }
        // Every client the scenario scripts is drawn, so its operations have a place beside the ring.
        for (const auto &input : mController.scenario().inputs)
            if (input.kind == cs::InputKind::Client && !find(input.client))
                mClients.push_back(Client{input.client});
        std::sort(mClients.begin(), mClients.end(), [](const Client &a, const Client &b) { return a.id < b.id; });
        emit changed();
    });
}

void ClientRoster::reset()
{
    mClients.clear();
    for (cs::ClientId id = 1; id <= 3; ++id)
        mClients.push_back(Client{id});
    mSelected = 1;
    mWrites = 0;
    emit changed();
}

const ClientRoster::Client *ClientRoster::find(cs::ClientId id) const
{
    const auto found = std::find_if(mClients.begin(), mClients.end(), [id](const Client &client) { return client.id == id; });
    return found == mClients.end() ? nullptr : &*found;
}

ClientRoster::Client *ClientRoster::findMutable(cs::ClientId id)
{
    return const_cast<Client *>(find(id));
}

cs::NodeId ClientRoster::route(cs::ClientId id) const
{
    const auto *client = find(id);
    if (!client)
        return 0;
    if (client->sticky != 0)
        return client->sticky;
    const auto &simulation = mController.simulation();
    const int size = simulation.clusterSize();
    for (int step = 1; step <= size; ++step) {
        const cs::NodeId node = (client->lastNode + step - 1) % size + 1;
        if (simulation.isUp(node))
            return node;
    }
    return 0;
}

cs::ClientId ClientRoster::addClient()
{
    cs::ClientId id = 1;
    while (find(id))
        ++id;
    if (id > cs::kMaxClients)
        return 0;
    mClients.push_back(Client{id});
    std::sort(mClients.begin(), mClients.end(), [](const Client &a, const Client &b) { return a.id < b.id; });
    mSelected = id;
    emit changed();
    return id;
}

void ClientRoster::removeClient(cs::ClientId id)
{
    if (mClients.size() <= 1)
        return;
    std::erase_if(mClients, [id](const Client &client) { return client.id == id; });
    if (!find(mSelected))
        mSelected = mClients.front().id;
    emit changed();
}

void ClientRoster::select(cs::ClientId id)
{
    if (!find(id) || id == mSelected)
        return;
    mSelected = id;
    emit changed();
}

void ClientRoster::setSticky(cs::ClientId id, cs::NodeId node)
{
    auto *client = findMutable(id);
    if (!client || node < 0 || node > mController.simulation().clusterSize())
        return;
    client->sticky = node;
    emit changed();
}

void ClientRoster::setConsistency(cs::ClientId id, const std::string &consistency)
{
    auto *client = findMutable(id);
    if (!client || !cs::isSessionConsistency(consistency))
        return;
    client->consistency = consistency;
    emit changed();
}

void ClientRoster::setKey(cs::ClientId id, const std::string &key)
{
    auto *client = findMutable(id);
    if (!client || key.empty())
        return;
    client->key = key;
    emit changed();
}

void ClientRoster::read(cs::ClientId id, cs::NodeId node)
{
    issue(id, node, cs::OperationKind::Read, {});
}

void ClientRoster::write(cs::ClientId id, const std::string &value, cs::NodeId node)
{
    issue(id, node, cs::OperationKind::Write, value.empty() ? nextValue() : value);
}

void ClientRoster::issue(cs::ClientId id, cs::NodeId node, cs::OperationKind kind, const std::string &value)
{
    auto *client = findMutable(id);
    if (!client)
        return;
    const cs::NodeId target = node != 0 ? node : route(id);
    if (target == 0)
        return;
    client->lastNode = target;
    mSelected = id;
    if (kind == cs::OperationKind::Write)
        ++mWrites;
    const std::string key = client->key;
    mController.clientOperation(id, target, kind, key, value, client->consistency);
    emit changed();
}
