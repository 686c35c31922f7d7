#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "message.h"
#include "note.h"
#include "notemeaning.h"
#include "input.h"
#include "parameters.h"
#include "virtualtime.h"

namespace cs {

class NodeContext;
class Simulation;

// One row of a node's state for inspectors and final-state dumps.
struct StateField
{
    std::string name;
    std::string value;
    bool durable = false;
};

// One log entry as views show it.
struct LogEntryView
{
    std::int64_t index = 0;
    std::int64_t term = 0;
    std::string text;
    bool committed = false;
};

// The protocol-independent picture of one node that views and traces render.
struct NodeDescription
{
    std::string role;
    std::int64_t term = 0;
    std::string subtitle;
    std::vector<StateField> fields;
    std::vector<LogEntryView> log;
};

// One node's protocol logic: a state machine driven only through its context (no clock, no I/O).
class ProtocolNode
{
public:
    virtual ~ProtocolNode() = default;

    virtual std::unique_ptr<ProtocolNode> clone() const = 0;

    // A fresh node holding only what this one declared durable: what survives a crash.
    virtual std::unique_ptr<ProtocolNode> durableRemains() const = 0;

    virtual void start(NodeContext &context) = 0;
    virtual void restart(NodeContext &context) = 0;
    virtual void onMessage(NodeContext &context, NodeId from, const Message &message) = 0;
    virtual void onTimer(NodeContext &context, int timer) = 0;
    // A client operation reaches this node; the protocol answers it, now or later, through
    // context.replyOk or context.replyFail with request.operation, or lets the client time out.
    virtual void onClientRequest(NodeContext &context, const ClientRequest &request) = 0;
    virtual void onParameterChanged(NodeContext &context, int parameter) = 0;

    // The node as views show it, with at most the last logLimit log entries.
    virtual NodeDescription describe(std::size_t logLimit = SIZE_MAX) const = 0;
};

// A safety property that broke, with the step that broke it, or a liveness property that did not
// hold by the end of the run.
struct Violation
{
    VirtualTime at = 0;
    std::string invariant;
    NodeId node = 0;
    std::string detail;
};

// A figure a checker keeps as the run goes (messages per entry, notifications per release), shown
// live beside the cluster and in the run's final state: its name in the protocol's vocabulary, its
// value as text, and the textbook figure as a formula without words ("2(n-1) = 8"), or empty.
struct Measure
{
    std::string name;
    std::string value;
    std::string reference;

    bool operator==(const Measure &) const = default;
};

// Checks a protocol's safety properties from the notes and crash/restart events of a run, so the
// same checker serves a live simulation and a trace read back from a file.
class InvariantChecker
{
public:
    virtual ~InvariantChecker() = default;

    virtual std::unique_ptr<InvariantChecker> clone() const = 0;

    virtual void observeNote(VirtualTime at, const Note &note) = 0;
    virtual void observeCrash(VirtualTime at, NodeId node) = 0;
    virtual void observeRestart(VirtualTime at, NodeId node) = 0;

    // Every network input (cut, heal, partition, heal all); for checkers that reason about
    // connectivity. Crashes and restarts arrive through the two calls above.
    virtual void observeNetwork(VirtualTime, const Input &) {}

    // A pause of a running node (a garbage-collection pause): it handles nothing for `duration`.
    virtual void observePause(VirtualTime, NodeId, VirtualTime) {}

    // Every client input, whether or not its node is up; commands are identified by their text.
    virtual void observeClient(VirtualTime, const Input &) {}

    // Every parameter change while the run goes on: the parameter's index and its new value.
    virtual void observeParameter(VirtualTime, int, std::int64_t) {}

    // Called after every step: reports what broke since the last call.
    virtual void check(VirtualTime at, std::vector<Violation> &out) = 0;

    // Live runs only: compares what the notes said with a node's actual state.
    virtual void crossCheck(VirtualTime at, NodeId node, const ProtocolNode &state,
                            std::vector<Violation> &out) = 0;

    // Called once when the run ends: reports the liveness properties that did not hold, judged
    // from the inputs and notes seen since the last fault.
    virtual void finish(VirtualTime, std::vector<Violation> &) {}

    // The figures this checker keeps, as of the last step it saw; none by default.
    virtual std::vector<Measure> measures() const { return {}; }
};

// How views draw a role.
struct RoleStyle
{
    std::string name;
    std::string color;
};

// What a view needs beyond the roles: which state fields to print on a node, which timer to draw
// as a ring, and which role leads.
struct ViewHints
{
    // A protocol-specific action on one node, offered in its menu; it reaches the node as a
    // client command.
    struct NodeAction
    {
        std::string label;
        std::string command;
    };

    std::vector<std::string> badgeFields;
    std::vector<NodeAction> nodeActions;
    // A field that groups events (a transaction id), found in notes and message fields; empty if none.
    std::string groupField;
    std::string groupLabel;
    int progressTimer = -1;
    std::string leaderRole;
    // The words of the toolbar's client request ("Client request to the leader"); empty when the
    // protocol takes no client commands.
    std::string clientRequest;
};

// A chart the app draws from a run's notes up to the moment on screen (requests per server,
// latency percentiles, a suspicion level), one line per series.
struct ChartSpec
{
    enum class Kind {
        Count,       // how many notes of the kind so far, one line per series
        Value,       // the latest value of the field, one line per series
        Percentiles, // the 50th, 90th and 99th percentiles of the field over the notes so far
    };

    // Protocol vocabulary: the chart's title.
    std::string title;
    Kind kind = Kind::Count;
    std::string_view noteKind;
    // A number field of the note (Value, Percentiles).
    std::string_view field = {};
    // A number field naming the node a series is about; empty: the node that wrote the note.
    std::string_view seriesField = {};
    // The unit of the y axis once the field is multiplied by scale ("ms" with 0.001 for µs).
    std::string unit = {};
    double scale = 1.0;
};

// Everything the app and the CLI know about a protocol without knowing the protocol.
struct ProtocolDescriptor
{
    std::string name;
    std::string title;
    std::string summary;
    std::vector<ParameterSpec> parameters;
    std::vector<RoleStyle> roles;
    std::vector<std::string> timers;
    std::vector<const NoteSchema *> notes;
    std::vector<std::string> invariants;
    // Invariants the protocol is known to break under some faults (3PC under partitions): the app
    // shows such a violation as the expected lesson, not as a bug.
    std::vector<std::string> knownLimitations;
    // What the notes mean (role changes, leaders, decisions), for markers, run-until and summaries.
    std::vector<NoteMeaning> meanings;
    ViewHints view;
    // Clients read and write keys (a key-value store): the random schedule of sweeps sends them
    // reads and writes instead of commands.
    bool keyValueClients = false;
    // Charts of the run that follow the timeline; none for most protocols.
    std::vector<ChartSpec> charts;
};

// A protocol: its descriptor and factories for nodes and checkers.
class Protocol
{
public:
    virtual ~Protocol() = default;

    virtual const ProtocolDescriptor &descriptor() const = 0;
    virtual std::unique_ptr<ProtocolNode> createNode(NodeId id, int clusterSize) const = 0;
    // A checker for a cluster with these parameters (the first is the cluster size).
    virtual std::unique_ptr<InvariantChecker> createChecker(const ParameterValues &parameters) const = 0;
    // A client's session token once a reply sets one: the token it held joined with the reply's,
    // so a late reply to an older request does not erase what a newer one added. By default the
    // reply's token replaces the held one.
    virtual std::string joinTokens(const std::string &held, const std::string &reply) const
    {
        (void)held;
        return reply;
    }
};

} // namespace cs
