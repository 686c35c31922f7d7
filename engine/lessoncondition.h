#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "consistencychecker.h"
#include "input.h"
#include "jsoncursor.h"
#include "notemeaning.h"
#include "protocol.h"
#include "simulation.h"

namespace cs {

// A node as a lesson names it: a number, "leader" (the node of the last declared Leader note, while
// it is up and has not changed role), or any node when the field is left out.
struct NodeRef
{
    enum class Kind : std::uint8_t { Any, Number, Leader };
    Kind kind = Kind::Any;
    NodeId node = 0;

    // The node it names now; 0 for any node, -1 for none (no leader at the moment).
    NodeId resolve(NodeId leader) const;
};

// Something a lesson step waits for, written as one JSON object with exactly one of these keys:
// "note", "meaning", "delivered", "time", "after", "violation", "consistency", "completed",
// "input" or "any". Event conditions fire on an event after the step began; state conditions
// (time, after, consistency) fire once the state holds. Node references are resolved when the step
// begins, so "the leader" means the leader at that moment.
struct Condition
{
    enum class Kind : std::uint8_t { Note, Meaning, Delivered, Time, After, Violation, Consistency, Completed, Input, Any };
    Kind kind = Kind::Time;

    // note: the schema, the text it must carry, and number fields that must match (index, value).
    const NoteSchema *note = nullptr;
    std::string text;
    std::vector<std::pair<int, std::int64_t>> fields;
    // meaning: the declared meaning (leader, decision, role change).
    const NoteMeaning *meaning = nullptr;
    // delivered: the message type ("any" for every type); completed: the operation's value; violation: the invariant.
    std::string name;
    // The node a note concerns, a message's sender, an input's node, an operation's node.
    NodeRef node;
    // A message's receiver, a link input's other end.
    NodeRef peer;
    // time: absolute virtual time; after: time since the step began.
    VirtualTime time = 0;
    // consistency: the model and the verdict wanted.
    ConsistencyModel model = ConsistencyModel::Linearizable;
    ModelVerdict verdict = ModelVerdict::Violated;
    // completed: the client (0 for any), the operation kind and result when given.
    ClientId client = 0;
    std::optional<OperationKind> operation;
    std::optional<OperationResult> result;
    bool hasValue = false;
    // input: the kind; a parameter's name and value for "set".
    InputKind input = InputKind::Crash;
    std::string parameter;
    std::optional<std::int64_t> parameterValue;
    // any: fires when one of these fires.
    std::vector<Condition> any;

    bool needsHistoryVerdict() const;
};

// One event of a run as a condition sees it; exactly one of the pointers is set.
struct LessonEvent
{
    VirtualTime at = 0;
    const Note *note = nullptr;
    const InFlightMessage *delivered = nullptr;
    const Violation *violation = nullptr;
    const Input *input = nullptr;
    const PendingOperation *operation = nullptr;
    const OperationOutcome *outcome = nullptr;
};

// What made a condition fire: the node it concerns, the message type, a note's number field.
struct Firing
{
    NodeId node = 0;
    std::string message;
    const Note *note = nullptr;
};

// Whether the event makes the condition fire, with "leader" meaning the given node.
std::optional<Firing> matchEvent(const Condition &condition, const LessonEvent &event, NodeId leader);

// Whether a state condition holds: a time reached (the step began at `began`), a model's verdict.
bool stateHolds(const Condition &condition, VirtualTime now, VirtualTime began, const ConsistencyReport *report);

// Reads a condition; the protocol's descriptor says which notes, meanings, invariants and
// parameters exist. Throws InputError naming the JSON path.
Condition parseCondition(const JsonCursor &cursor, const Protocol &protocol, int clusterSize);

// Reads a node reference: a number from 1 to clusterSize, or "leader".
NodeRef parseNodeRef(const JsonCursor &cursor, int clusterSize);

// Refuses an object with a key outside the allowed list, naming it ("steps[2].txet: unknown field").
void requireKnownKeys(const JsonCursor &object, const std::vector<std::string_view> &allowed);

} // namespace cs
