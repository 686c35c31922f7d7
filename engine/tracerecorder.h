#pragma once

#include <array>
#include <cstdint>
#include <deque>
#include <vector>

#include <nlohmann/json.hpp>

#include "simulation.h"

namespace cs {

// What a trace event records.
enum class TraceKind : std::uint8_t {
    Send, Deliver, Drop, Timer, Crash, Restart, Cut, Heal, Partition, HealAll, Client, Set, Note, Violation,
    Invoke, Complete, Pause, Slow
};

// One recorded event, kept small: the payload lives in a side table named by ref.
struct TraceEvent
{
    VirtualTime t = 0;
    std::uint32_t ref = 0;
    std::int16_t node = 0;
    TraceKind kind = TraceKind::Note;
    std::uint8_t reason = 0;
};

// A client operation as an invoke or complete event recorded it (the outcome only for complete).
struct RecordedOperation
{
    PendingOperation operation;
    OperationOutcome outcome;
};

// Records everything a simulation does, compactly, and writes it as the trace's "events" array.
class TraceRecorder final : public SimulationObserver
{
public:
    explicit TraceRecorder(const ProtocolDescriptor &descriptor);

    void onSend(const InFlightMessage &message) override;
    void onDeliver(VirtualTime at, const InFlightMessage &message) override;
    void onDrop(VirtualTime at, const InFlightMessage &message, DropReason reason) override;
    void onTimer(VirtualTime at, NodeId node, int timer) override;
    void onInput(const Input &input) override;
    void onNote(VirtualTime at, const Note &note) override;
    void onViolation(const Violation &violation) override;
    void onInvoke(VirtualTime at, const PendingOperation &operation) override;
    void onComplete(VirtualTime at, const PendingOperation &operation, const OperationOutcome &outcome) override;

    std::size_t size() const { return mEvents.size(); }
    const std::deque<TraceEvent> &events() const { return mEvents; }

    // Bytes held in memory, for the benchmark's bytes-per-event figure.
    std::size_t memoryBytes() const;

    nlohmann::ordered_json eventToJson(std::size_t index) const;

    // A one-line human description of an event for event logs ("n4 -> n1 Heartbeat t1").
    std::string describe(std::size_t index) const;

    // The other node an event concerns (the receiver of a sent message), or 0.
    NodeId peerOf(std::size_t index) const;

    // The message an event concerns, or 0.
    std::uint64_t messageOf(std::size_t index) const;

    // The value of a grouping field (a transaction id) in a note or message event, or -1.
    std::int64_t groupOf(std::size_t index, const std::string &field) const;

    // The operation an invoke or complete event recorded, or nullptr for other events.
    const RecordedOperation *operationOf(std::size_t index) const;

    // The note a note event recorded.
    Note noteOf(std::size_t index) const;

    // What the recorder knows of a message: sender, receiver and body (nullptr if unknown).
    const Message *messageBody(std::uint64_t id) const;
    VirtualTime messageArrival(std::uint64_t id) const;
    nlohmann::ordered_json eventsToJson() const;

private:
    // A sent message as the trace keeps it; deliveries and drops refer to it by id.
    struct SentMessage
    {
        VirtualTime arrivesAt;
        MessagePtr body;
        std::int16_t from;
        std::int16_t to;
        bool duplicate;
    };

    // A note as recorded: its text lives in one shared character pool.
    struct RecordedNote
    {
        const NoteSchema *schema;
        std::array<std::int64_t, 4> numbers;
        std::uint32_t textOffset;
        std::uint32_t textLength;
    };

    void add(VirtualTime t, TraceKind kind, NodeId node, std::uint32_t ref, std::uint8_t reason = 0);
    void writeMessageEvent(nlohmann::ordered_json &out, std::uint64_t id) const;

    const ProtocolDescriptor *mDescriptor;
    // Deques grow in small blocks, so a long recording carries no doubling slack.
    std::deque<TraceEvent> mEvents;
    std::deque<SentMessage> mMessages;
    std::deque<RecordedNote> mNotes;
    std::string mNoteText;
    std::vector<Input> mInputs;
    std::vector<Violation> mViolations;
    std::deque<RecordedOperation> mOperations;
};

std::string_view traceKindName(TraceKind kind);

} // namespace cs
