#include "pingprotocol.h"

namespace cs::testing {

namespace {

// A ping or its answer.
struct PingMessage final : Message
{
    bool pong = false;
    std::string text;

    std::string_view type() const override { return pong ? "Pong" : "Ping"; }
    std::string label() const override { return pong ? "Pong" : "Ping " + text; }
    void writeFields(nlohmann::ordered_json &out) const override { out["text"] = text; }
    std::size_t sizeInBytes() const override { return sizeof(*this); }
};

constexpr NoteSchema kPongNote{"pong", {"count", {}, {}, {}}, {}};
constexpr NoteSchema kCommandNote{"command", {}, "command"};

// Ping has no safety property; the checker only counts the commands it sees, as a measure.
class PingChecker final : public InvariantChecker
{
public:
    std::unique_ptr<InvariantChecker> clone() const override { return std::make_unique<PingChecker>(*this); }
    void observeNote(VirtualTime, const Note &note) override { mCommands += note.schema == &kCommandNote ? 1 : 0; }
    void observeClient(VirtualTime, const Input &) override { ++mSent; }
    std::vector<Measure> measures() const override
    {
        return {{"Commands noted", std::to_string(mCommands), std::to_string(mSent)}};
    }
    void observeCrash(VirtualTime, NodeId) override {}
    void observeRestart(VirtualTime, NodeId) override {}
    void check(VirtualTime, std::vector<Violation> &) override {}
    void crossCheck(VirtualTime, NodeId, const ProtocolNode &, std::vector<Violation> &) override {}

private:
    int mCommands = 0;
    int mSent = 0;
};

void pingAll(NodeContext &context, const std::string &text)
{
    auto ping = std::make_shared<PingMessage>();
    ping->text = text;
    context.broadcast(ping);
}

} // namespace

PingProtocol::PingProtocol()
{
    mDescriptor.name = "ping";
    mDescriptor.title = "Ping";
    mDescriptor.parameters = networkParameterSpecs();
    mDescriptor.roles = {{"pinger", "#888888"}};
    mDescriptor.timers = {"tick"};
    mDescriptor.notes = {&kPongNote, &kCommandNote};
}

std::unique_ptr<ProtocolNode> PingProtocol::createNode(NodeId id, int) const
{
    return std::make_unique<PingNode>(id);
}

std::unique_ptr<InvariantChecker> PingProtocol::createChecker(const ParameterValues &) const
{
    return std::make_unique<PingChecker>();
}

std::unique_ptr<ProtocolNode> PingNode::durableRemains() const
{
    auto remains = std::make_unique<PingNode>(mId);
    remains->mPongs = mPongs;
    remains->mRestarts = mRestarts;
    return remains;
}

void PingNode::start(NodeContext &context)
{
    pingAll(context, "hello");
    context.startTimer(0, 100 * kMillisecond);
}

void PingNode::restart(NodeContext &context)
{
    ++mRestarts;
    start(context);
}

void PingNode::onMessage(NodeContext &context, NodeId from, const Message &message)
{
    const auto &ping = static_cast<const PingMessage &>(message);
    if (ping.pong) {
        ++mPongs;
        context.note({&kPongNote, 0, {mPongs}, {}});
        return;
    }
    ++mPings;
    auto pong = std::make_shared<PingMessage>();
    pong->pong = true;
    pong->text = ping.text;
    context.send(from, pong);
}

void PingNode::onTimer(NodeContext &context, int)
{
    pingAll(context, "tick");
    context.startTimer(0, 100 * kMillisecond);
}

void PingNode::onClientRequest(NodeContext &context, const ClientRequest &request)
{
    context.note({&kCommandNote, 0, {}, request.commandText()});
    pingAll(context, request.commandText());
    context.replyOk(request.operation);
}

NodeDescription PingNode::describe(std::size_t) const
{
    NodeDescription description;
    description.role = "pinger";
    description.fields = {{"pongs", std::to_string(mPongs), true}, {"pings", std::to_string(mPings), false}};
    return description;
}

ParameterValues pingParameters(int nodes)
{
    auto values = defaultValues(networkParameterSpecs());
    values[kParamNodes] = nodes;
    return values;
}

} // namespace cs::testing
