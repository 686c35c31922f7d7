#pragma once

#include <deque>
#include <map>
#include <utility>

#include "mutexprocess.h"

namespace cs::mutex {

// The centralized algorithm: node 1 is the coordinator and keeps a first-come-first-served queue
// on stable storage; every other node asks it for the critical section (request, grant, release:
// three messages per entry). With a time-out set, a waiting process asks again and the coordinator
// asks a holder that stays too long whether it is done, so lost messages and crashes are outlived
// once they stop; without one, the algorithm is the textbook's and a lost message blocks for good.
class CentralNode final : public MutexProcess
{
public:
    CentralNode(NodeId id, int clusterSize);

    std::unique_ptr<ProtocolNode> clone() const override { return std::make_unique<CentralNode>(*this); }
    std::unique_ptr<ProtocolNode> durableRemains() const override;
    void onMessage(NodeContext &context, NodeId from, const Message &message) override;
    NodeDescription describe(std::size_t logLimit) const override;

protected:
    void askForEntry(NodeContext &context) override;
    std::int64_t leave(NodeContext &context) override;
    void onTimeout(NodeContext &context) override;
    bool requests() const override { return !coordinator(); }
    void boot(NodeContext &context, bool restarted) override;
    std::int64_t requestNumber() const override { return mSeq; }

private:
    bool coordinator() const { return mId == 1; }
    void armTimeout(NodeContext &context);
    // Coordinator side.
    void onRequest(NodeContext &context, NodeId from, std::int64_t seq);
    void onRelease(NodeContext &context, NodeId from, std::int64_t seq);
    void freeAndGrantNext(NodeContext &context);
    // Process side.
    void onCheck(NodeContext &context, std::int64_t seq);

    // A process's request number, on stable storage so that a late grant of an older request is
    // never taken for the current one.
    std::int64_t mSeq = 0;
    // The coordinator's table, on stable storage: who holds the grant for which request, who waits
    // in which order, and the last request of each process that is over.
    NodeId mHolder = 0;
    std::int64_t mHolderSeq = 0;
    std::deque<std::pair<NodeId, std::int64_t>> mQueue;
    std::map<NodeId, std::int64_t> mDone;
    std::int64_t mHandled = 0;
};

} // namespace cs::mutex
