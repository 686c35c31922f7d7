#include "lessoncondition.h"

#include "scenario.h"

#include <algorithm>

namespace cs {

namespace {

constexpr std::size_t kMaxAny = 16;

std::string joined(const std::vector<std::string_view> &names)
{
    std::string text;
    for (std::size_t i = 0; i < names.size(); ++i)
        text += (i ? ", " : "") + std::string(names[i]);
    return text;
}

const NoteSchema *findNote(const ProtocolDescriptor &descriptor, const JsonCursor &field)
{
    const auto name = field.string(64);
    std::vector<std::string_view> names;
    for (const auto *schema : descriptor.notes) {
        if (schema->kind == name)
            return schema;
        names.push_back(schema->kind);
    }
    field.fail("unknown note \"" + name + "\" for " + descriptor.name + " (expected " + joined(names) + ")");
}

const NoteMeaning *findDeclaredMeaning(const ProtocolDescriptor &descriptor, const JsonCursor &field)
{
    const auto name = field.string(32);
    const std::vector<std::pair<std::string_view, Meaning>> known = {
        {"leader", Meaning::Leader}, {"decision", Meaning::Decision}, {"role-change", Meaning::RoleChange}};
    const auto it = std::find_if(known.begin(), known.end(), [&](const auto &entry) { return entry.first == name; });
    if (it == known.end())
        field.fail("expected \"leader\", \"decision\" or \"role-change\"");
    const auto *meaning = findMeaning(descriptor.meanings, it->second);
    if (!meaning)
        field.fail(descriptor.name + " declares no note meaning \"" + name + "\"");
    return meaning;
}

void readNoteFields(const JsonCursor &object, Condition &condition)
{
    object.requireObject();
    for (const auto &[key, value] : object.value().items()) {
        const auto field = object[key];
        const auto &names = condition.note->numberFields;
        const auto it = std::find(names.begin(), names.end(), key);
        if (key.empty() || it == names.end())
            field.fail("the note \"" + std::string(condition.note->kind) + "\" has no number field \"" + key + "\"");
        condition.fields.emplace_back(static_cast<int>(it - names.begin()), field.integer(INT64_MIN, INT64_MAX));
    }
}

std::optional<OperationKind> readOperationKind(const JsonCursor &field)
{
    const auto name = field.string(16);
    for (auto kind : {OperationKind::Command, OperationKind::Write, OperationKind::Read, OperationKind::Cas})
        if (operationKindName(kind) == name)
            return kind;
    if (name != "any")
        field.fail("expected \"any\", \"command\", \"write\", \"read\" or \"cas\"");
    return std::nullopt;
}

OperationResult readResult(const JsonCursor &field)
{
    const auto name = field.string(16);
    for (auto result : {OperationResult::Ok, OperationResult::Fail, OperationResult::Unknown})
        if (operationResultName(result) == name)
            return result;
    field.fail("expected \"ok\", \"fail\" or \"unknown\"");
}

InputKind readInputKind(const JsonCursor &field)
{
    const auto name = field.string(16);
    for (auto kind : {InputKind::Crash, InputKind::Restart, InputKind::Pause, InputKind::Cut, InputKind::Heal,
                      InputKind::SlowLink, InputKind::Partition, InputKind::HealAll, InputKind::Client,
                      InputKind::SetParameter})
        if (inputKindName(kind) == name)
            return kind;
    field.fail("expected crash, restart, pause, cut, heal, slow, partition, healAll, client or set");
}

void readInput(const JsonCursor &cursor, const Protocol &protocol, int size, Condition &condition)
{
    requireKnownKeys(cursor, {"input", "node", "peer", "parameter", "value"});
    condition.input = readInputKind(cursor["input"]);
    if (cursor.has("parameter")) {
        if (condition.input != InputKind::SetParameter)
            cursor["parameter"].fail("only a \"set\" input names a parameter");
        const auto &specs = protocol.descriptor().parameters;
        condition.parameter = cursor["parameter"].string(64);
        const auto index = parameterIndex(specs, condition.parameter);
        if (!index || !specs[static_cast<std::size_t>(*index)].changeableWhileRunning)
            cursor["parameter"].fail("\"" + condition.parameter + "\" is not a parameter that can change while "
                                     + protocol.descriptor().name + " runs");
        if (cursor.has("value")) {
            const auto &spec = specs[static_cast<std::size_t>(*index)];
            const auto field = cursor["value"];
            if (spec.unit == ParameterUnit::Choice) {
                condition.parameterValue = choiceValue(spec, field.string(64));
                if (!condition.parameterValue)
                    field.fail("expected " + choiceList(spec) + " for " + spec.name);
            } else if (spec.unit == ParameterUnit::Duration) {
                condition.parameterValue = field.duration(spec.minimum, spec.maximum);
            } else {
                condition.parameterValue = field.integer(spec.minimum, spec.maximum);
            }
        }
    } else if (cursor.has("value")) {
        cursor["value"].fail("a value needs a \"parameter\"");
    }
    if (cursor.has("node"))
        condition.node = parseNodeRef(cursor["node"], size);
    if (cursor.has("peer"))
        condition.peer = parseNodeRef(cursor["peer"], size);
}

bool refMatches(const NodeRef &ref, NodeId node, NodeId leader)
{
    const NodeId wanted = ref.resolve(leader);
    return wanted == 0 || wanted == node;
}

std::optional<Firing> matchNote(const Condition &condition, const Note &note, NodeId leader)
{
    NodeId who = note.node;
    if (condition.kind == Condition::Kind::Meaning) {
        if (!condition.meaning->matches(note))
            return std::nullopt;
        who = condition.meaning->whoOf(note);
    } else {
        if (note.schema != condition.note || (!condition.text.empty() && note.text != condition.text))
            return std::nullopt;
        for (const auto &[index, value] : condition.fields)
            if (note.number(static_cast<std::size_t>(index)) != value)
                return std::nullopt;
    }
    if (!refMatches(condition.node, who, leader))
        return std::nullopt;
    return Firing{who, {}, &note};
}

bool inputMatches(const Condition &condition, const Input &input, NodeId leader)
{
    if (input.kind != condition.input)
        return false;
    if (input.kind == InputKind::SetParameter)
        return (condition.parameter.empty() || condition.parameter == input.parameter)
               && (!condition.parameterValue || *condition.parameterValue == input.value);
    if (input.kind == InputKind::Cut || input.kind == InputKind::Heal) {
        // A link is the same link written either way round.
        return (refMatches(condition.node, input.node, leader) && refMatches(condition.peer, input.peer, leader))
               || (refMatches(condition.node, input.peer, leader) && refMatches(condition.peer, input.node, leader));
    }
    if (input.kind == InputKind::Partition) {
        // Both named nodes, when given, end up on different sides.
        const auto sideOf = [&](NodeId node) {
            for (std::size_t g = 0; g < input.groups.size(); ++g)
                if (std::find(input.groups[g].begin(), input.groups[g].end(), node) != input.groups[g].end())
                    return static_cast<int>(g);
            return -1;
        };
        const NodeId a = condition.node.resolve(leader);
        const NodeId b = condition.peer.resolve(leader);
        if (a < 0 || b < 0)
            return false;
        return a == 0 || b == 0 || sideOf(a) != sideOf(b);
    }
    return refMatches(condition.node, input.node, leader);
}

} // namespace

NodeId NodeRef::resolve(NodeId leader) const
{
    switch (kind) {
    case Kind::Any: return 0;
    case Kind::Number: return node;
    case Kind::Leader: return leader > 0 ? leader : -1;
    }
    return 0;
}

bool Condition::needsHistoryVerdict() const
{
    return kind == Kind::Consistency
           || std::any_of(any.begin(), any.end(), [](const Condition &c) { return c.needsHistoryVerdict(); });
}

void requireKnownKeys(const JsonCursor &object, const std::vector<std::string_view> &allowed)
{
    object.requireObject();
    for (const auto &[key, value] : object.value().items())
        if (std::find(allowed.begin(), allowed.end(), key) == allowed.end())
            object[key].fail("unknown field (expected one of " + joined(allowed) + ")");
}

NodeRef parseNodeRef(const JsonCursor &cursor, int clusterSize)
{
    if (cursor.value().is_string()) {
        if (cursor.string(16) != "leader")
            cursor.fail("expected a node number or \"leader\"");
        return {NodeRef::Kind::Leader, 0};
    }
    return {NodeRef::Kind::Number, static_cast<NodeId>(cursor.integer(1, clusterSize))};
}

Condition parseCondition(const JsonCursor &cursor, const Protocol &protocol, int size)
{
    cursor.requireObject();
    const auto &descriptor = protocol.descriptor();
    Condition condition;
    const std::vector<std::pair<std::string_view, Condition::Kind>> kinds = {
        {"note", Condition::Kind::Note},           {"meaning", Condition::Kind::Meaning},
        {"delivered", Condition::Kind::Delivered}, {"time", Condition::Kind::Time},
        {"after", Condition::Kind::After},         {"violation", Condition::Kind::Violation},
        {"consistency", Condition::Kind::Consistency}, {"completed", Condition::Kind::Completed},
        {"input", Condition::Kind::Input},         {"any", Condition::Kind::Any}};
    int found = 0;
    for (const auto &[key, kind] : kinds) {
        if (cursor.has(key)) {
            ++found;
            condition.kind = kind;
        }
    }
    if (found != 1)
        cursor.fail("a condition needs exactly one of note, meaning, delivered, time, after, violation, "
                    "consistency, completed, input or any");
    switch (condition.kind) {
    case Condition::Kind::Note:
        requireKnownKeys(cursor, {"note", "text", "fields", "node"});
        condition.note = findNote(descriptor, cursor["note"]);
        if (cursor.has("text")) {
            if (condition.note->textField.empty())
                cursor["text"].fail("the note \"" + std::string(condition.note->kind) + "\" has no text");
            condition.text = cursor["text"].string(256);
        }
        if (cursor.has("fields"))
            readNoteFields(cursor["fields"], condition);
        if (cursor.has("node"))
            condition.node = parseNodeRef(cursor["node"], size);
        break;
    case Condition::Kind::Meaning:
        requireKnownKeys(cursor, {"meaning", "node"});
        condition.meaning = findDeclaredMeaning(descriptor, cursor["meaning"]);
        if (cursor.has("node"))
            condition.node = parseNodeRef(cursor["node"], size);
        break;
    case Condition::Kind::Delivered:
        requireKnownKeys(cursor, {"delivered", "from", "to"});
        condition.name = cursor["delivered"].string(64);
        if (condition.name.empty())
            cursor["delivered"].fail("a message type cannot be empty");
        if (cursor.has("from"))
            condition.node = parseNodeRef(cursor["from"], size);
        if (cursor.has("to"))
            condition.peer = parseNodeRef(cursor["to"], size);
        break;
    case Condition::Kind::Time:
    case Condition::Kind::After: {
        const char *key = condition.kind == Condition::Kind::Time ? "time" : "after";
        requireKnownKeys(cursor, {key});
        condition.time = cursor[key].duration(0, kMaxRunLength);
        break;
    }
    case Condition::Kind::Violation: {
        requireKnownKeys(cursor, {"violation"});
        condition.name = cursor["violation"].string(128);
        const auto &invariants = descriptor.invariants;
        if (std::find(invariants.begin(), invariants.end(), condition.name) == invariants.end()) {
            std::vector<std::string_view> names(invariants.begin(), invariants.end());
            cursor["violation"].fail("unknown invariant for " + descriptor.name + " (expected " + joined(names) + ")");
        }
        break;
    }
    case Condition::Kind::Consistency: {
        requireKnownKeys(cursor, {"consistency", "verdict"});
        const auto field = cursor["consistency"];
        const auto name = field.string(32);
        bool known = false;
        for (int i = 0; i < kConsistencyModelCount; ++i) {
            if (consistencyModelName(static_cast<ConsistencyModel>(i)) == name) {
                condition.model = static_cast<ConsistencyModel>(i);
                known = true;
            }
        }
        if (!known)
            field.fail("unknown consistency model \"" + name + "\"");
        const auto verdict = cursor["verdict"].string(16);
        if (verdict != "holds" && verdict != "violated")
            cursor["verdict"].fail("expected \"holds\" or \"violated\"");
        condition.verdict = verdict == "holds" ? ModelVerdict::Holds : ModelVerdict::Violated;
        break;
    }
    case Condition::Kind::Completed:
        requireKnownKeys(cursor, {"completed", "client", "node", "result", "value"});
        condition.operation = readOperationKind(cursor["completed"]);
        if (cursor.has("client"))
            condition.client = static_cast<ClientId>(cursor["client"].integer(1, kMaxClients));
        if (cursor.has("node"))
            condition.node = parseNodeRef(cursor["node"], size);
        if (cursor.has("result"))
            condition.result = readResult(cursor["result"]);
        if (cursor.has("value")) {
            condition.hasValue = true;
            condition.name = cursor["value"].string(kMaxCommandLength);
        }
        break;
    case Condition::Kind::Input:
        readInput(cursor, protocol, size, condition);
        break;
    case Condition::Kind::Any: {
        requireKnownKeys(cursor, {"any"});
        const auto list = cursor["any"].requireArray(kMaxAny);
        if (list.size() < 2)
            list.fail("\"any\" needs at least two conditions");
        for (std::size_t i = 0; i < list.size(); ++i)
            condition.any.push_back(parseCondition(list[i], protocol, size));
        break;
    }
    }
    return condition;
}

std::optional<Firing> matchEvent(const Condition &condition, const LessonEvent &event, NodeId leader)
{
    switch (condition.kind) {
    case Condition::Kind::Note:
    case Condition::Kind::Meaning:
        return event.note ? matchNote(condition, *event.note, leader) : std::nullopt;
    case Condition::Kind::Delivered:
        if (event.delivered && (condition.name == "any" || event.delivered->body->type() == condition.name)
            && refMatches(condition.node, event.delivered->from, leader)
            && refMatches(condition.peer, event.delivered->to, leader))
            return Firing{event.delivered->to, std::string(event.delivered->body->type()), nullptr};
        return std::nullopt;
    case Condition::Kind::Violation:
        if (event.violation && event.violation->invariant == condition.name)
            return Firing{event.violation->node, {}, nullptr};
        return std::nullopt;
    case Condition::Kind::Completed: {
        if (!event.operation)
            return std::nullopt;
        const auto &request = event.operation->request;
        if ((condition.client && request.client != condition.client)
            || (condition.operation && request.kind != *condition.operation)
            || (condition.result && event.outcome->result != *condition.result)
            || (condition.hasValue && event.outcome->value != condition.name)
            || !refMatches(condition.node, event.operation->node, leader))
            return std::nullopt;
        return Firing{event.operation->node, {}, nullptr};
    }
    case Condition::Kind::Input:
        if (event.input && inputMatches(condition, *event.input, leader))
            return Firing{event.input->node, {}, nullptr};
        return std::nullopt;
    case Condition::Kind::Any:
        for (const auto &part : condition.any)
            if (auto firing = matchEvent(part, event, leader))
                return firing;
        return std::nullopt;
    case Condition::Kind::Time:
    case Condition::Kind::After:
    case Condition::Kind::Consistency:
        return std::nullopt;
    }
    return std::nullopt;
}

bool stateHolds(const Condition &condition, VirtualTime now, VirtualTime began, const ConsistencyReport *report)
{
    switch (condition.kind) {
    case Condition::Kind::Time: return now >= condition.time;
    case Condition::Kind::After: return now >= began + condition.time;
    case Condition::Kind::Consistency: return report && report->verdict(condition.model) == condition.verdict;
    case Condition::Kind::Any:
        return std::any_of(condition.any.begin(), condition.any.end(),
                           [&](const Condition &part) { return stateHolds(part, now, began, report); });
    default: return false;
    }
}

} // namespace cs
