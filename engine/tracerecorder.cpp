#include "tracerecorder.h"

#include <algorithm>

namespace cs {

namespace {

void writeInputFields(nlohmann::ordered_json &out, const Input &input, const ProtocolDescriptor &descriptor)
{
    switch (input.kind) {
    case InputKind::Crash:
    case InputKind::Restart:
        out["node"] = input.node;
        break;
    case InputKind::Pause:
        out["node"] = input.node;
        out["for"] = input.value;
        break;
    case InputKind::SlowLink:
        out["from"] = input.node;
        out["to"] = input.peer;
        out["bothWays"] = input.bothWays;
        out["by"] = input.value;
        break;
    case InputKind::Cut:
    case InputKind::Heal:
        out["from"] = input.node;
        out["to"] = input.peer;
        out["bothWays"] = input.bothWays;
        break;
    case InputKind::Partition:
        out["groups"] = input.groups;
        break;
    case InputKind::HealAll:
        out["all"] = true;
        break;
    case InputKind::Client:
        out["node"] = input.node;
        out["command"] = input.request().commandText();
        break;
    case InputKind::SetParameter: {
        out["parameter"] = input.parameter;
        out["value"] = input.value;
        const auto &specs = descriptor.parameters;
        if (const auto index = parameterIndex(specs, input.parameter);
            index && specs[static_cast<std::size_t>(*index)].unit == ParameterUnit::Choice)
            out["choice"] = formatParameterValue(specs[static_cast<std::size_t>(*index)], input.value);
        break;
    }
    case InputKind::DropMessage:
    case InputKind::DuplicateMessage:
        out["id"] = input.messageId;
        break;
    }
}

void writeOperationFields(nlohmann::ordered_json &out, const RecordedOperation &recorded, bool complete)
{
    const auto &request = recorded.operation.request;
    out["node"] = recorded.operation.node;
    out["client"] = request.client;
    out["op"] = request.operation;
    if (complete) {
        const auto &outcome = recorded.outcome;
        out["result"] = operationResultName(outcome.result);
        if (!outcome.value.empty())
            out["value"] = outcome.value;
        if (!outcome.error.empty())
            out["error"] = outcome.error;
        if (outcome.leader != 0)
            out["leader"] = outcome.leader;
        if (!outcome.token.empty())
            out["token"] = outcome.token;
        return;
    }
    out["operation"] = operationKindName(request.kind);
    if (!request.consistency.empty())
        out["consistency"] = request.consistency;
    if (!request.token.empty())
        out["token"] = request.token;
    if (request.kind == OperationKind::Command) {
        out["command"] = request.value;
        return;
    }
    out["key"] = request.key;
    if (request.kind == OperationKind::Cas)
        out["expected"] = request.expected;
    if (request.kind == OperationKind::Write || request.kind == OperationKind::Cas)
        out["value"] = request.value;
}

std::string describeOperation(const RecordedOperation &recorded, bool complete)
{
    const auto &request = recorded.operation.request;
    std::string text = clientName(request.client) + " op " + std::to_string(request.operation);
    if (!complete)
        return text + " invoke " + std::string(operationKindName(request.kind)) + " " + request.commandText() + " at n"
               + std::to_string(recorded.operation.node);
    const auto &outcome = recorded.outcome;
    text += " " + std::string(operationResultName(outcome.result));
    if (!outcome.value.empty())
        text += " " + outcome.value;
    if (!outcome.error.empty())
        text += " (" + outcome.error + (outcome.leader ? ", leader n" + std::to_string(outcome.leader) : "") + ")";
    return text;
}

} // namespace

std::string_view traceKindName(TraceKind kind)
{
    switch (kind) {
    case TraceKind::Send: return "send";
    case TraceKind::Deliver: return "deliver";
    case TraceKind::Drop: return "drop";
    case TraceKind::Timer: return "timer";
    case TraceKind::Crash: return "crash";
    case TraceKind::Restart: return "restart";
    case TraceKind::Cut: return "cut";
    case TraceKind::Heal: return "heal";
    case TraceKind::Partition: return "partition";
    case TraceKind::HealAll: return "heal";
    case TraceKind::Client: return "client";
    case TraceKind::Set: return "set";
    case TraceKind::Note: return "note";
    case TraceKind::Violation: return "violation";
    case TraceKind::Invoke: return "invoke";
    case TraceKind::Complete: return "complete";
    case TraceKind::Pause: return "pause";
    case TraceKind::Slow: return "slow";
    }
    return "unknown";
}

TraceRecorder::TraceRecorder(const ProtocolDescriptor &descriptor)
    : mDescriptor(&descriptor)
{
}

void TraceRecorder::add(VirtualTime t, TraceKind kind, NodeId node, std::uint32_t ref, std::uint8_t reason)
{
    mEvents.push_back(TraceEvent{t, ref, static_cast<std::int16_t>(node), kind, reason});
}

void TraceRecorder::onSend(const InFlightMessage &message)
{
    // Message ids count from 1 without gaps, so the id names the side-table slot.
    while (mMessages.size() + 1 < message.id)
        mMessages.push_back(SentMessage{});
    mMessages.push_back(SentMessage{message.arrivesAt, message.body, static_cast<std::int16_t>(message.from),
                                    static_cast<std::int16_t>(message.to), message.duplicate});
    add(message.sentAt, TraceKind::Send, message.from, static_cast<std::uint32_t>(message.id));
}

void TraceRecorder::onDeliver(VirtualTime at, const InFlightMessage &message)
{
    add(at, TraceKind::Deliver, message.to, static_cast<std::uint32_t>(message.id));
}

void TraceRecorder::onDrop(VirtualTime at, const InFlightMessage &message, DropReason reason)
{
    add(at, TraceKind::Drop, message.to, static_cast<std::uint32_t>(message.id), static_cast<std::uint8_t>(reason));
}

void TraceRecorder::onTimer(VirtualTime at, NodeId node, int timer)
{
    add(at, TraceKind::Timer, node, static_cast<std::uint32_t>(timer));
}

void TraceRecorder::onInput(const Input &input)
{
    static constexpr TraceKind kinds[] = {TraceKind::Crash, TraceKind::Restart, TraceKind::Cut,
                                          TraceKind::Heal,  TraceKind::Partition, TraceKind::HealAll,
                                          TraceKind::Client, TraceKind::Set};
    if (input.kind == InputKind::DropMessage || input.kind == InputKind::DuplicateMessage)
        return; // Their effect is the drop or send event that follows.
    mInputs.push_back(input);
    const auto kind = input.kind == InputKind::Pause      ? TraceKind::Pause
                      : input.kind == InputKind::SlowLink ? TraceKind::Slow
                                                          : kinds[static_cast<int>(input.kind)];
    add(input.at, kind, input.node, static_cast<std::uint32_t>(mInputs.size() - 1));
}

void TraceRecorder::onNote(VirtualTime at, const Note &note)
{
    mNotes.push_back(RecordedNote{note.schema, note.numbers, static_cast<std::uint32_t>(mNoteText.size()),
                                  static_cast<std::uint32_t>(note.text.size())});
    mNoteText += note.text;
    add(at, TraceKind::Note, note.node, static_cast<std::uint32_t>(mNotes.size() - 1));
}

void TraceRecorder::onViolation(const Violation &violation)
{
    mViolations.push_back(violation);
    add(violation.at, TraceKind::Violation, violation.node, static_cast<std::uint32_t>(mViolations.size() - 1));
}

void TraceRecorder::onInvoke(VirtualTime at, const PendingOperation &operation)
{
    mOperations.push_back(RecordedOperation{operation, {}});
    add(at, TraceKind::Invoke, operation.node, static_cast<std::uint32_t>(mOperations.size() - 1));
}

void TraceRecorder::onComplete(VirtualTime at, const PendingOperation &operation, const OperationOutcome &outcome)
{
    mOperations.push_back(RecordedOperation{operation, outcome});
    add(at, TraceKind::Complete, operation.node, static_cast<std::uint32_t>(mOperations.size() - 1));
}

const RecordedOperation *TraceRecorder::operationOf(std::size_t index) const
{
    const auto &event = mEvents[index];
    const bool operation = event.kind == TraceKind::Invoke || event.kind == TraceKind::Complete;
    return operation ? &mOperations[event.ref] : nullptr;
}

std::size_t TraceRecorder::memoryBytes() const
{
    static constexpr std::size_t kDequeBlock = 512;
    auto dequeBytes = [](std::size_t count, std::size_t size) {
        const std::size_t perBlock = std::max<std::size_t>(1, kDequeBlock / size);
        return (count / perBlock + 1) * std::max(kDequeBlock, size) + (count / perBlock + 1) * sizeof(void *);
    };
    std::size_t bytes = dequeBytes(mEvents.size(), sizeof(TraceEvent))
                        + dequeBytes(mMessages.size(), sizeof(SentMessage))
                        + dequeBytes(mNotes.size(), sizeof(RecordedNote)) + mNoteText.capacity()
                        + mInputs.capacity() * sizeof(Input) + mViolations.capacity() * sizeof(Violation)
                        + dequeBytes(mOperations.size(), sizeof(RecordedOperation));
    // Message bodies stay alive for the trace after delivery; count each once.
    for (const auto &message : mMessages) {
        if (message.body && message.body.use_count() == 1)
            bytes += message.body->sizeInBytes();
    }
    return bytes;
}

void TraceRecorder::writeMessageEvent(nlohmann::ordered_json &out, std::uint64_t id) const
{
    const auto &message = mMessages[id - 1];
    out["id"] = id;
    out["from"] = message.from;
    out["to"] = message.to;
    out["type"] = message.body->type();
}

nlohmann::ordered_json TraceRecorder::eventToJson(std::size_t index) const
{
    const auto &event = mEvents[index];
    nlohmann::ordered_json out;
    out["t"] = event.t;
    out["kind"] = traceKindName(event.kind);
    switch (event.kind) {
    case TraceKind::Send: {
        writeMessageEvent(out, event.ref);
        const auto &message = mMessages[event.ref - 1];
        out["arrives"] = message.arrivesAt;
        if (message.duplicate)
            out["duplicate"] = true;
        auto &body = out["msg"] = nlohmann::ordered_json::object();
        body["label"] = message.body->label();
        message.body->writeFields(body);
        break;
    }
    case TraceKind::Deliver:
        writeMessageEvent(out, event.ref);
        break;
    case TraceKind::Drop:
        writeMessageEvent(out, event.ref);
        out["reason"] = dropReasonName(static_cast<DropReason>(event.reason));
        break;
    case TraceKind::Timer:
        out["node"] = event.node;
        out["timer"] = mDescriptor->timers[event.ref];
        break;
    case TraceKind::Note: {
        const auto &note = mNotes[event.ref];
        out["node"] = event.node;
        out["note"] = note.schema->kind;
        for (std::size_t i = 0; i < note.numbers.size(); ++i) {
            if (!note.schema->numberFields[i].empty())
                out[std::string(note.schema->numberFields[i])] = note.numbers[i];
        }
        if (!note.schema->textField.empty())
            out[std::string(note.schema->textField)] = mNoteText.substr(note.textOffset, note.textLength);
        break;
    }
    case TraceKind::Violation: {
        const auto &violation = mViolations[event.ref];
        out["node"] = violation.node;
        out["invariant"] = violation.invariant;
        out["detail"] = violation.detail;
        break;
    }
    case TraceKind::Invoke:
    case TraceKind::Complete:
        writeOperationFields(out, mOperations[event.ref], event.kind == TraceKind::Complete);
        break;
    default: {
        writeInputFields(out, mInputs[event.ref], *mDescriptor);
        break;
    }
    }
    return out;
}

std::string TraceRecorder::describe(std::size_t index) const
{
    const auto &event = mEvents[index];
    auto node = [](NodeId id) { return "n" + std::to_string(id); };
    switch (event.kind) {
    case TraceKind::Send:
    case TraceKind::Deliver:
    case TraceKind::Drop: {
        const auto &message = mMessages[event.ref - 1];
        std::string text = node(message.from) + " \u2192 " + node(message.to) + " " + message.body->label();
        if (event.kind == TraceKind::Send && message.duplicate)
            text += " (duplicate)";
        if (event.kind == TraceKind::Drop)
            text += " (" + std::string(dropReasonName(static_cast<DropReason>(event.reason))) + ")";
        return text;
    }
    case TraceKind::Timer:
        return node(event.node) + " " + mDescriptor->timers[event.ref] + " timer";
    case TraceKind::Note: {
        const auto &note = mNotes[event.ref];
        std::string text = node(event.node) + " " + std::string(note.schema->kind);
        if (!note.schema->textField.empty())
            text += " " + (note.textLength ? mNoteText.substr(note.textOffset, note.textLength) : std::string("\"\""));
        for (std::size_t i = 0; i < note.numbers.size(); ++i) {
            if (!note.schema->numberFields[i].empty())
                text += " " + std::string(note.schema->numberFields[i]) + "=" + std::to_string(note.numbers[i]);
        }
        return text;
    }
    case TraceKind::Violation: {
        const auto &violation = mViolations[event.ref];
        return violation.invariant + ": " + violation.detail;
    }
    case TraceKind::Invoke:
    case TraceKind::Complete:
        return describeOperation(mOperations[event.ref], event.kind == TraceKind::Complete);
    default: {
        const auto &input = mInputs[event.ref];
        switch (input.kind) {
        case InputKind::Crash: return "crash " + node(input.node);
        case InputKind::Restart: return "restart " + node(input.node);
        case InputKind::Pause: return "pause " + node(input.node) + " for " + formatDuration(input.value);
        case InputKind::SlowLink:
            return "slow " + node(input.node) + (input.bothWays ? " \u2194 " : " \u2192 ") + node(input.peer) + " by "
                   + formatDuration(input.value);
        case InputKind::Cut: return "cut " + node(input.node) + (input.bothWays ? " \u2194 " : " \u2192 ") + node(input.peer);
        case InputKind::Heal: return "heal " + node(input.node) + (input.bothWays ? " \u2194 " : " \u2192 ") + node(input.peer);
        case InputKind::HealAll: return "heal all links";
        case InputKind::Partition: {
            std::string text = "partition";
            for (const auto &group : input.groups) {
                text += " {";
                for (std::size_t i = 0; i < group.size(); ++i)
                    text += (i ? "," : "") + std::to_string(group[i]);
                text += "}";
            }
            return text;
        }
        case InputKind::Client: return "client " + input.request().commandText() + " to " + node(input.node);
        case InputKind::SetParameter: return "set " + input.parameter + " = " + std::to_string(input.value);
        default: return std::string(inputKindName(input.kind));
        }
    }
    }
}

NodeId TraceRecorder::peerOf(std::size_t index) const
{
    const auto &event = mEvents[index];
    if (event.kind == TraceKind::Send)
        return mMessages[event.ref - 1].to;
    if (event.kind == TraceKind::Deliver || event.kind == TraceKind::Drop)
        return mMessages[event.ref - 1].from;
    if (event.kind == TraceKind::Cut || event.kind == TraceKind::Heal)
        return mInputs[event.ref].peer;
    return 0;
}

std::uint64_t TraceRecorder::messageOf(std::size_t index) const
{
    const auto &event = mEvents[index];
    const bool message = event.kind == TraceKind::Send || event.kind == TraceKind::Deliver || event.kind == TraceKind::Drop;
    return message ? event.ref : 0;
}

std::int64_t TraceRecorder::groupOf(std::size_t index, const std::string &field) const
{
    if (field.empty())
        return -1;
    const auto &event = mEvents[index];
    if (event.kind == TraceKind::Note) {
        const auto &note = mNotes[event.ref];
        for (std::size_t i = 0; i < note.numbers.size(); ++i) {
            if (note.schema->numberFields[i] == field)
                return note.numbers[i];
        }
        return -1;
    }
    if (const auto id = messageOf(index)) {
        nlohmann::ordered_json fields;
        mMessages[id - 1].body->writeFields(fields);
        const auto it = fields.find(field);
        return it != fields.end() && it->is_number_integer() ? it->get<std::int64_t>() : -1;
    }
    return -1;
}

Note TraceRecorder::noteOf(std::size_t index) const
{
    const auto &event = mEvents[index];
    const auto &recorded = mNotes[event.ref];
    Note note;
    note.schema = recorded.schema;
    note.node = event.node;
    note.numbers = recorded.numbers;
    note.text = mNoteText.substr(recorded.textOffset, recorded.textLength);
    return note;
}

const Message *TraceRecorder::messageBody(std::uint64_t id) const
{
    return id >= 1 && id <= mMessages.size() ? mMessages[id - 1].body.get() : nullptr;
}

VirtualTime TraceRecorder::messageArrival(std::uint64_t id) const
{
    return id >= 1 && id <= mMessages.size() ? mMessages[id - 1].arrivesAt : 0;
}

nlohmann::ordered_json TraceRecorder::eventsToJson() const
{
    auto events = nlohmann::ordered_json::array();
    for (std::size_t i = 0; i < mEvents.size(); ++i)
        events.push_back(eventToJson(i));
    return events;
}

} // namespace cs
