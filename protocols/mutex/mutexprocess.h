#pragma once

#include <vector>

#include "mutexmessages.h"
#include "protocol.h"
#include "simulation.h"

namespace cs::mutex {

// What every mutual-exclusion process shares whatever its algorithm: it asks for the critical
// section now and then (the workload) or when told to (the node action), stays inside for the hold
// time, and answers the client that asked once it is in. Subclasses say how entry is won and what
// leaving tells the others.
class MutexProcess : public ProtocolNode
{
public:
    enum class State { Idle, Waiting, Inside };

    void start(NodeContext &context) override;
    void restart(NodeContext &context) override;
    void onTimer(NodeContext &context, int timer) override;
    void onClientRequest(NodeContext &context, const ClientRequest &request) override;
    void onParameterChanged(NodeContext &, int) override {}

    State state() const { return mState; }

protected:
    MutexProcess(NodeId id, int clusterSize);

    // Sends what asks for entry; called once the process has decided to wait.
    virtual void askForEntry(NodeContext &context) = 0;
    // Tells the others the critical section is free again; returns the messages it sent.
    virtual std::int64_t leave(NodeContext &context) = 0;
    // A timer beyond the workload and the hold timers.
    virtual void onTimeout(NodeContext &) {}
    // False for a process that never asks (the centralized coordinator).
    virtual bool requests() const { return true; }
    // Called by start and restart after the shared timers are set.
    virtual void boot(NodeContext &, bool) {}
    // The number this process's notes name its current request by.
    virtual std::int64_t requestNumber() const = 0;

    void request(NodeContext &context);
    void enter(NodeContext &context);
    void send(NodeContext &context, NodeId to, MutexMessage::Kind kind, std::int64_t number, std::int64_t hop = 0);
    void setState(NodeContext &context, State state);
    // The fields every process shows: its state, requests and entries.
    void describeProcess(NodeDescription &description) const;

    NodeId mId;
    int mClusterSize;
    State mState = State::Idle;
    std::int64_t mRequests = 0;
    std::int64_t mEntries = 0;
    std::int64_t mSent = 0;

private:
    void armWorkload(NodeContext &context);
    void exit(NodeContext &context);

    std::vector<OperationId> mWaitingOperations;
};

const char *stateName(MutexProcess::State state);

} // namespace cs::mutex
