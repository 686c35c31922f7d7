#include "localregisters.h"

#include <map>

#include "simulation.h"

namespace cs::testing {

namespace {

// One node's own copy of every key.
class LocalRegisterNode final : public ProtocolNode
{
public:
    std::unique_ptr<ProtocolNode> clone() const override { return std::make_unique<LocalRegisterNode>(*this); }
    std::unique_ptr<ProtocolNode> durableRemains() const override { return std::make_unique<LocalRegisterNode>(*this); }
    void start(NodeContext &) override {}
    void restart(NodeContext &) override {}
    void onMessage(NodeContext &, NodeId, const Message &) override {}
    void onTimer(NodeContext &, int) override {}
    void onParameterChanged(NodeContext &, int) override {}

    void onClientRequest(NodeContext &context, const ClientRequest &request) override
    {
        if (request.kind == OperationKind::Write)
            mValues[request.key] = request.value;
        const auto found = mValues.find(request.key);
        const bool read = request.kind == OperationKind::Read;
        context.replyOk(request.operation, read && found != mValues.end() ? found->second : std::string());
    }

    NodeDescription describe(std::size_t) const override
    {
        NodeDescription description;
        description.role = "replica";
        for (const auto &[key, value] : mValues)
            description.fields.push_back({key, value, false});
        return description;
    }

private:
    std::map<std::string, std::string> mValues;
};

// Nothing to check: the consistency checker judges the history.
class NoChecker final : public InvariantChecker
{
public:
    std::unique_ptr<InvariantChecker> clone() const override { return std::make_unique<NoChecker>(*this); }
    void observeNote(VirtualTime, const Note &) override {}
    void observeCrash(VirtualTime, NodeId) override {}
    void observeRestart(VirtualTime, NodeId) override {}
    void check(VirtualTime, std::vector<Violation> &) override {}
    void crossCheck(VirtualTime, NodeId, const ProtocolNode &, std::vector<Violation> &) override {}
};

} // namespace

LocalRegistersProtocol::LocalRegistersProtocol()
{
    mDescriptor.name = "local-registers";
    mDescriptor.title = "Local registers";
    mDescriptor.parameters = networkParameterSpecs();
    mDescriptor.roles = {{"replica", "#6a9fd8"}};
    mDescriptor.view.clientRequest = "Client write (key=value) or read (get key)";
}

std::unique_ptr<ProtocolNode> LocalRegistersProtocol::createNode(NodeId, int) const
{
    return std::make_unique<LocalRegisterNode>();
}

std::unique_ptr<InvariantChecker> LocalRegistersProtocol::createChecker(const ParameterValues &) const
{
    return std::make_unique<NoChecker>();
}

} // namespace cs::testing
