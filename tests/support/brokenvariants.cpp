#include "brokenvariants.h"

#include <map>

#include "registry.h"

namespace cs::testing {

namespace {

// A node behind a filter; everything else reaches the correct node unchanged.
class FilteredNode final : public ProtocolNode
{
public:
    FilteredNode(NodeId id, int clusterSize, std::unique_ptr<ProtocolNode> inner, const NodeFilter &filter)
        : mId(id)
        , mClusterSize(clusterSize)
        , mInner(std::move(inner))
        , mFilter(filter)
    {
    }

    const ProtocolNode &inner() const { return *mInner; }

    std::unique_ptr<ProtocolNode> clone() const override
    {
        return std::make_unique<FilteredNode>(mId, mClusterSize, mInner->clone(), mFilter);
    }
    std::unique_ptr<ProtocolNode> durableRemains() const override
    {
        return std::make_unique<FilteredNode>(mId, mClusterSize, mInner->durableRemains(), mFilter);
    }
    void start(NodeContext &context) override { mInner->start(context); }
    void restart(NodeContext &context) override { mInner->restart(context); }
    void onMessage(NodeContext &context, NodeId from, const Message &message) override
    {
        if (!mFilter.dropsMessage || !mFilter.dropsMessage(self(), from, message))
            mInner->onMessage(context, from, message);
    }
    void onTimer(NodeContext &context, int timer) override
    {
        if (!mFilter.dropsTimer || !mFilter.dropsTimer(self(), timer))
            mInner->onTimer(context, timer);
    }
    void onClientRequest(NodeContext &context, const ClientRequest &request) override
    {
        if (!mFilter.dropsCommand || !mFilter.dropsCommand(self(), request.commandText()))
            mInner->onClientRequest(context, request);
    }
    void onParameterChanged(NodeContext &context, int parameter) override
    {
        mInner->onParameterChanged(context, parameter);
    }
    NodeDescription describe(std::size_t logLimit) const override { return mInner->describe(logLimit); }

private:
    FilteredSelf self() const { return {mId, mClusterSize, mInner->describe(0)}; }

    NodeId mId;
    int mClusterSize;
    std::unique_ptr<ProtocolNode> mInner;
    const NodeFilter &mFilter;
};

// The correct protocol's checker, shown the correct node behind each filter.
class UnwrappingChecker final : public InvariantChecker
{
public:
    explicit UnwrappingChecker(std::unique_ptr<InvariantChecker> inner)
        : mInner(std::move(inner))
    {
    }

    std::unique_ptr<InvariantChecker> clone() const override
    {
        return std::make_unique<UnwrappingChecker>(mInner->clone());
    }
    void observeNote(VirtualTime at, const Note &note) override { mInner->observeNote(at, note); }
    void observeCrash(VirtualTime at, NodeId node) override { mInner->observeCrash(at, node); }
    void observeRestart(VirtualTime at, NodeId node) override { mInner->observeRestart(at, node); }
    void observeNetwork(VirtualTime at, const Input &input) override { mInner->observeNetwork(at, input); }
    void observeClient(VirtualTime at, const Input &input) override { mInner->observeClient(at, input); }
    void observeParameter(VirtualTime at, int parameter, std::int64_t value) override
    {
        mInner->observeParameter(at, parameter, value);
    }
    void check(VirtualTime at, std::vector<Violation> &out) override { mInner->check(at, out); }
    void crossCheck(VirtualTime at, NodeId node, const ProtocolNode &state, std::vector<Violation> &out) override
    {
        mInner->crossCheck(at, node, static_cast<const FilteredNode &>(state).inner(), out);
    }
    void finish(VirtualTime end, std::vector<Violation> &out) override { mInner->finish(end, out); }

private:
    std::unique_ptr<InvariantChecker> mInner;
};

const Protocol &registered(const std::string &name)
{
    return *findProtocol(name);
}

// Variants live for the whole test program, as the registry's protocols do.
const Protocol &keep(const std::string &name, const Protocol &inner, NodeFilter filter)
{
    static std::map<std::string, std::unique_ptr<FilteredProtocol>> variants;
    auto &slot = variants[name];
    if (!slot)
        slot = std::make_unique<FilteredProtocol>(inner, name, std::move(filter));
    return *slot;
}

} // namespace

FilteredProtocol::FilteredProtocol(const Protocol &inner, std::string name, NodeFilter filter)
    : mInner(inner)
    , mDescriptor(inner.descriptor())
    , mFilter(std::move(filter))
{
    mDescriptor.name = std::move(name);
}

std::unique_ptr<ProtocolNode> FilteredProtocol::createNode(NodeId id, int clusterSize) const
{
    return std::make_unique<FilteredNode>(id, clusterSize, mInner.createNode(id, clusterSize), mFilter);
}

std::unique_ptr<InvariantChecker> FilteredProtocol::createChecker(const ParameterValues &parameters) const
{
    return std::make_unique<UnwrappingChecker>(mInner.createChecker(parameters));
}

const Protocol &leaderDropsCommands(const std::string &protocol)
{
    const auto &inner = registered(protocol);
    const std::string leader = inner.descriptor().view.leaderRole;
    NodeFilter filter;
    filter.dropsCommand = [leader](const FilteredSelf &self, const std::string &) {
        return self.description.role == leader;
    };
    // Raft followers forward commands to the leader, which drops those too.
    filter.dropsMessage = [leader](const FilteredSelf &self, NodeId, const Message &message) {
        return self.description.role == leader && message.type() == "ClientForward";
    };
    return keep(protocol + "-leader-drops-commands", inner, std::move(filter));
}

const Protocol &proposerNeverLearns()
{
    const auto &inner = registered("paxos");
    NodeFilter filter;
    // Node 2 takes no client value, so it can only learn from a Decide, which it ignores.
    filter.dropsCommand = [](const FilteredSelf &self, const std::string &) { return self.id == 2; };
    filter.dropsMessage = [](const FilteredSelf &self, NodeId, const Message &message) {
        return self.id == 2 && message.type() == "Decide";
    };
    return keep("paxos-proposer-never-learns", inner, std::move(filter));
}

const Protocol &coordinatorNeverDecides(const std::string &protocol)
{
    const auto &inner = registered(protocol);
    NodeFilter filter;
    filter.dropsMessage = [](const FilteredSelf &self, NodeId, const Message &message) {
        return self.id == 1 && message.type() == "Vote";
    };
    filter.dropsTimer = [](const FilteredSelf &self, int timer) { return self.id == 1 && timer == 0; };
    return keep(protocol + "-coordinator-never-decides", inner, std::move(filter));
}

const Protocol &highestNeverAnnounces()
{
    NodeFilter filter;
    filter.dropsMessage = [](const FilteredSelf &self, NodeId from, const Message &message) {
        return from == self.clusterSize && (message.type() == "Coordinator" || message.type() == "Heartbeat");
    };
    return keep("bully-highest-never-announces", registered("bully"), std::move(filter));
}

const Protocol &detectorNeverSuspects()
{
    NodeFilter filter;
    // Timer 1 is the detector's deadline, when a silent peer's level reaches the threshold.
    filter.dropsTimer = [](const FilteredSelf &, int timer) { return timer == 1; };
    return keep("failure-detector-never-suspects", registered("failure-detector"), std::move(filter));
}

const Protocol &balancerLosesResponses()
{
    NodeFilter filter;
    // Node 2 is server a; timer 1 is the balancer's deadline for the servers' answers.
    filter.dropsMessage = [](const FilteredSelf &self, NodeId from, const Message &message) {
        return self.id == 1 && from == 2 && message.type() == "Response";
    };
    filter.dropsTimer = [](const FilteredSelf &self, int timer) { return self.id == 1 && timer == 1; };
    return keep("load-balancer-loses-responses", registered("load-balancer"), std::move(filter));
}

} // namespace cs::testing
