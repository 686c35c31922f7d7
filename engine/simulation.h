#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <queue>
#include <string_view>
#include <vector>

#include "deterministicrandom.h"
#include "input.h"
#include "protocol.h"
#include "sharedchunkvector.h"

namespace cs {

// Why a message never reached its destination.
enum class DropReason : std::uint8_t { LinkCut, NodeDown, Lost, ByUser };

std::string_view dropReasonName(DropReason reason);

// A message on the wire, from send until delivery or drop.
struct InFlightMessage
{
    std::uint64_t id = 0;
    NodeId from = 0;
    NodeId to = 0;
    VirtualTime sentAt = 0;
    VirtualTime arrivesAt = 0;
    MessagePtr body;
    bool lost = false;
    bool duplicate = false;
};

// One armed (or idle) timer of a node; views draw its progress.
struct TimerState
{
    std::uint64_t token = 0;
    VirtualTime startedAt = 0;
    VirtualTime deadline = -1;

    bool armed() const { return deadline >= 0; }
};

// Counters a summary or benchmark reports.
struct SimulationStats
{
    std::uint64_t steps = 0;
    std::uint64_t sent = 0;
    std::uint64_t delivered = 0;
    std::uint64_t dropped = 0;
};

// Receives everything that happens, in order; the trace recorder and the GUI implement it.
class SimulationObserver
{
public:
    virtual ~SimulationObserver() = default;
    virtual void onSend(const InFlightMessage &) {}
    virtual void onDeliver(VirtualTime, const InFlightMessage &) {}
    virtual void onDrop(VirtualTime, const InFlightMessage &, DropReason) {}
    virtual void onTimer(VirtualTime, NodeId, int) {}
    virtual void onInput(const Input &) {}
    virtual void onNote(VirtualTime, const Note &) {}
    virtual void onViolation(const Violation &) {}
    virtual void onInvoke(VirtualTime, const PendingOperation &) {}
    virtual void onComplete(VirtualTime, const PendingOperation &, const OperationOutcome &) {}
    virtual void onStepEnd(std::uint64_t) {}
};

class NodeContext;

// The deterministic simulation kernel: a value whose copy is a checkpoint. It owns the event queue,
// the network, the nodes and the invariant checker, and knows no protocol beyond its interface.
class Simulation
{
public:
    Simulation(const Protocol &protocol, ParameterValues parameters, std::uint64_t seed);
    Simulation(const Simulation &other);
    Simulation &operator=(const Simulation &other);
    Simulation(Simulation &&) noexcept = default;
    Simulation &operator=(Simulation &&) noexcept = default;
    ~Simulation();

    const Protocol &protocol() const { return *mProtocol; }
    const ParameterValues &parameters() const { return mParameters; }
    std::uint64_t seed() const { return mSeed; }
    int clusterSize() const { return static_cast<int>(mNodes.size()); }
    VirtualTime now() const { return mNow; }
    bool idle() const;

    bool isUp(NodeId node) const { return mNodes[index(node)].up; }
    // When a paused node resumes; it is paused while this is later than now.
    VirtualTime pausedUntil(NodeId node) const { return mNodes[index(node)].pausedUntil; }
    bool isPaused(NodeId node) const { return mNodes[index(node)].pausedUntil > mNow; }
    bool linkUp(NodeId from, NodeId to) const { return mLinks[linkIndex(from, to)] != 0; }
    // The latency a slow link adds to every message sent on it (0 for a normal link).
    VirtualTime linkDelay(NodeId from, NodeId to) const { return mLinkDelays[linkIndex(from, to)]; }
    const ProtocolNode &node(NodeId node) const { return *mNodes[index(node)].logic; }
    const TimerState &timer(NodeId node, int timer) const { return mNodes[index(node)].timers[timer]; }
    std::vector<const InFlightMessage *> inFlight() const;
    const std::vector<Violation> &violations() const { return mViolations; }
    // The checker's figures as of the last step (none without a checker).
    std::vector<Measure> measures() const { return mChecker ? mChecker->measures() : std::vector<Measure>{}; }
    const SimulationStats &stats() const { return mStats; }
    std::uint64_t steps() const { return mStats.steps; }
    const ClientTable &clients() const { return mClients; }

    // The time of the next event or input, or nullopt when nothing is pending; cancelled timers
    // and deliveries at the head of the queue are discarded on the way, as a step would skip them.
    std::optional<VirtualTime> nextEventTime();

    // How many of the scheduled inputs have been applied, and the inputs themselves in time order.
    std::size_t inputsApplied() const { return mNextInput; }
    const SharedChunkVector<Input, 256> &inputs() const { return mInputs; }

    // Queues an input at input.at (not before now).
    void schedule(const Input &input);

    // Takes another input log that starts with the inputs this simulation has applied: a
    // timeline's log when a checkpoint is restored, or a shortened one when a run forks.
    void replaceInputs(const SharedChunkVector<Input, 256> &inputs);

    // Processes exactly one event; false when the queue is empty.
    bool step();

    // Processes every event up to and including time t, then sets the clock to t.
    void runUntil(VirtualTime t);

    // Ends the run: the checker judges its liveness properties once, at the current time, unless
    // the network still loses messages (a fault that never stopped).
    void finish();

    // The observer is not part of the value: copies start without one.
    void setObserver(SimulationObserver *observer) { mObserver = observer; }

private:
    friend class NodeContext;

    // Request: a client request that reached a paused node, handed over when it resumes.
    enum class EventType : std::uint8_t { Boot, Deliver, Timer, ClientTimeout, Request };

    struct QueuedEvent
    {
        VirtualTime time;
        // When it first fell due: an event a pause held back keeps it, so what waited goes first,
        // in the order it arrived.
        VirtualTime origin;
        std::uint64_t sequence;
        std::uint64_t token;
        std::uint32_t slot;
        NodeId node;
        EventType type;
    };

    struct Later
    {
        bool operator()(const QueuedEvent &a, const QueuedEvent &b) const
        {
            if (a.time != b.time)
                return a.time > b.time;
            return a.origin != b.origin ? a.origin > b.origin : a.sequence > b.sequence;
        }
    };

    struct NodeSlot
    {
        std::unique_ptr<ProtocolNode> logic;
        bool up = true;
        std::vector<TimerState> timers;
        VirtualTime pausedUntil = 0;
        // Counts crashes, so a request held for a paused process is not handed to its successor.
        std::uint32_t incarnation = 0;
    };

    std::size_t index(NodeId node) const { return static_cast<std::size_t>(node - 1); }
    std::size_t linkIndex(NodeId from, NodeId to) const { return index(from) * mNodes.size() + index(to); }

    void push(VirtualTime time, EventType type, NodeId node, std::uint32_t slot, std::uint64_t token,
              std::optional<VirtualTime> origin = std::nullopt);
    // A crashed node loses what reached it while it was paused: messages drop, requests are forgotten.
    void dropHeldFor(NodeId node);
    bool cancelled(const QueuedEvent &event) const;
    bool processEvent(const QueuedEvent &event);
    // The node an event is handled by, or 0 for none.
    NodeId handlerOf(const QueuedEvent &event) const;
    bool processNext(VirtualTime limit);
    void deliver(const QueuedEvent &event);
    void fireTimer(const QueuedEvent &event);
    void applyInput(const Input &input);
    void setLink(NodeId from, NodeId to, bool up);
    void dropInFlightOn(NodeId from, NodeId to);
    std::optional<std::uint32_t> slotOf(std::uint64_t messageId) const;
    void sendFrom(NodeId from, NodeId to, const MessagePtr &body, bool duplicate);
    void releaseSlot(std::uint32_t slot);
    void emitNote(Note &&note);
    void invokeOperation(const Input &input);
    void completeOperation(OperationId operation, OperationOutcome &&outcome);
    void afterStep(NodeId stepped);
    NodeContext contextFor(NodeId node);

    const Protocol *mProtocol;
    ParameterValues mParameters;
    std::uint64_t mSeed;
    DeterministicRandom mRandom;
    VirtualTime mNow = 0;
    std::uint64_t mNextSequence = 0;
    std::uint64_t mNextMessageId = 1;
    std::uint64_t mNextTimerToken = 1;
    std::priority_queue<QueuedEvent, std::vector<QueuedEvent>, Later> mQueue;
    std::vector<NodeSlot> mNodes;
    std::vector<std::uint8_t> mLinks;
    std::vector<VirtualTime> mLinkDelays;
    std::vector<InFlightMessage> mInFlight;
    std::vector<std::uint32_t> mFreeSlots;
    // Inputs in time order, apart from the event queue: at equal times an input goes before any
    // other event, so an input taken live replays at the same point. Shared chunks keep copies cheap.
    SharedChunkVector<Input, 256> mInputs;
    std::size_t mNextInput = 0;
    ClientTable mClients;
    std::unique_ptr<InvariantChecker> mChecker;
    std::vector<Violation> mViolations;
    std::vector<Violation> mNewViolations;
    SimulationStats mStats;
    SimulationObserver *mObserver = nullptr;
};

// What a protocol node may do while it handles one event.
class NodeContext
{
public:
    NodeId self() const { return mSelf; }
    int clusterSize() const { return mSimulation.clusterSize(); }
    VirtualTime now() const { return mSimulation.mNow; }
    DeterministicRandom &random() { return mSimulation.mRandom; }
    std::int64_t parameter(int index) const { return mSimulation.mParameters[static_cast<std::size_t>(index)]; }

    void send(NodeId to, MessagePtr message);
    void broadcast(const MessagePtr &message);
    void startTimer(int timer, VirtualTime delay);
    void cancelTimer(int timer);
    void note(Note note);

    // Answers a client's pending operation: ok (it took effect, with a read's value), or fail (it
    // definitely did not; a redirect names the leader). Any node may answer; an answer to an
    // operation that has already completed (answered, or timed out as unknown) is ignored. A
    // non-empty token becomes the client's session token, sent with its next requests.
    void replyOk(OperationId operation, std::string value = {}, std::string token = {});
    void replyFail(OperationId operation, std::string error, NodeId leader = 0, std::string token = {});
    // Answers that the outcome is indeterminate (Jepsen's :info): the operation may or may not take
    // effect, as when a write reached some replicas but not its quorum.
    void replyUnknown(OperationId operation, std::string error);

private:
    friend class Simulation;
    NodeContext(Simulation &simulation, NodeId self) : mSimulation(simulation), mSelf(self) {}

    Simulation &mSimulation;
    NodeId mSelf;
};

} // namespace cs
