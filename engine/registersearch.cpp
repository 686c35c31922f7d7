#include "registersearch.h"

#include <algorithm>
#include <cstring>
#include <map>
#include <unordered_set>

namespace cs {

namespace {

int intern(std::map<std::string, int> &table, std::vector<std::string> &names, const std::string &name)
{
    const auto [it, added] = table.emplace(name, static_cast<int>(names.size()));
    if (added)
        names.push_back(name);
    return it->second;
}

// The search's sessions: chains of one client's operations, each invoked after the previous one
// returned, so a client that pipelines or outlives an unknown operation has several. `after` lists,
// per operation, how far each other chain of its client must have gone before it (session order is
// "returned before invoked"). Also the earliest return among each suffix of required operations
// (for the real-time rule).
struct Sessions
{
    std::vector<std::vector<std::size_t>> ops;
    std::vector<std::vector<std::pair<std::size_t, std::uint32_t>>> after;
    std::vector<std::vector<VirtualTime>> suffixReturn;
};

Sessions sessionsOf(const std::vector<RegisterOp> &ops)
{
    std::map<ClientId, std::vector<std::size_t>> chainsOfClient;
    Sessions sessions;
    sessions.after.resize(ops.size());
    for (std::size_t i = 0; i < ops.size(); ++i) {
        auto &chains = chainsOfClient[ops[i].client];
        std::size_t chosen = sessions.ops.size();
        VirtualTime latest = 0;
        for (const auto chain : chains) {
            const auto &last = ops[sessions.ops[chain].back()];
            if (sessionPrecedes(last, ops[i]) && (chosen == sessions.ops.size() || last.ret > latest)) {
                chosen = chain;
                latest = last.ret;
            }
        }
        for (const auto chain : chains) {
            if (chain == chosen)
                continue;
            std::uint32_t done = 0;
            while (done < sessions.ops[chain].size() && sessionPrecedes(ops[sessions.ops[chain][done]], ops[i]))
                ++done;
            if (done > 0)
                sessions.after[i].emplace_back(chain, done);
        }
        if (chosen == sessions.ops.size()) {
            chains.push_back(chosen);
            sessions.ops.emplace_back();
        }
        sessions.ops[chosen].push_back(i);
    }
    for (const auto &session : sessions.ops) {
        std::vector<VirtualTime> suffix(session.size() + 1, kNotCompleted);
        for (std::size_t i = session.size(); i-- > 0;) {
            const auto &op = ops[session[i]];
            suffix[i] = std::min(suffix[i + 1], op.optional ? kNotCompleted : op.ret);
        }
        sessions.suffixReturn.push_back(std::move(suffix));
    }
    return sessions;
}

bool applies(const RegisterOp &op, std::vector<int> &values)
{
    for (std::size_t k = 0; k < op.keys.size(); ++k)
        if (op.readValues[k] >= 0 && values[op.keys[k]] != op.readValues[k])
            return false;
    for (std::size_t k = 0; k < op.keys.size(); ++k)
        if (op.writeValues[k] >= 0)
            values[op.keys[k]] = op.writeValues[k];
    return true;
}

// One step of the depth-first search: the state it left and the moves still to try from it.
struct Frame
{
    std::vector<std::uint32_t> positions;
    std::vector<int> values;
    // Moves as (session, apply?) pairs, earliest call first.
    std::vector<std::pair<std::size_t, bool>> moves;
    std::size_t next = 0;
    // The operation whose move led here, and whether it took effect (the first frame has none).
    std::size_t op = 0;
    bool applied = false;
};

// The operations the moves from the first frame to the last decided, as a witness's order and skips.
void recordPath(const std::vector<Frame> &stack, SearchWitness &witness)
{
    witness = SearchWitness();
    for (std::size_t i = 1; i < stack.size(); ++i)
        (stack[i].applied ? witness.order : witness.skipped).push_back(stack[i].op);
    witness.values = stack.back().values;
}

// Leaves out of a found order each optional operation it does not need, from the last on: an unknown
// operation takes effect in the witness only when an operation after it saw its effect.
void leaveOutUnneeded(const std::vector<RegisterOp> &ops, int keyCount, SearchWitness &witness)
{
    auto replay = [&](const std::vector<std::size_t> &order, std::vector<int> &values) {
        values.assign(static_cast<std::size_t>(keyCount), 0);
        return std::all_of(order.begin(), order.end(), [&](std::size_t index) { return applies(ops[index], values); });
    };
    std::vector<int> values;
    for (std::size_t i = witness.order.size(); i-- > 0;) {
        if (!ops[witness.order[i]].optional)
            continue;
        auto without = witness.order;
        without.erase(without.begin() + static_cast<std::ptrdiff_t>(i));
        if (replay(without, values)) {
            witness.skipped.push_back(witness.order[i]);
            witness.order = std::move(without);
        }
    }
    std::sort(witness.skipped.begin(), witness.skipped.end());
    replay(witness.order, witness.values);
}

} // namespace

RegisterHistory registerHistory(const History &history, const std::map<std::string, std::string> &initialValues)
{
    RegisterHistory out;
    std::map<std::string, int> keys;
    std::map<std::string, int> values;
    out.valueNames.push_back("");
    values.emplace("", 0);
    const auto &operations = history.operations();
    for (std::size_t i = 0; i < operations.size(); ++i) {
        const auto &operation = operations[i];
        if (operation.kind == OperationKind::Command || operation.result == OperationResult::Fail)
            continue;
        const bool done = !operation.pending && operation.result == OperationResult::Ok;
        if (operation.kind == OperationKind::Read && !done)
            continue;
        RegisterOp op;
        op.source = i;
        op.id = operation.id;
        op.client = operation.client;
        op.kind = operation.kind;
        op.call = operation.invokedAt;
        op.optional = !done;
        op.ret = done ? operation.completedAt : kNotCompleted;
        for (std::size_t k = 0; k < operation.keys.size(); ++k) {
            op.keys.push_back(intern(keys, out.keyNames, operation.keys[k]));
            if (out.initialNames.size() < out.keyNames.size()) {
                const auto initial = initialValues.find(operation.keys[k]);
                out.initialNames.push_back(initial == initialValues.end() ? std::string() : initial->second);
            }
            const auto &initialName = out.initialNames[static_cast<std::size_t>(op.keys.back())];
            auto valueOf = [&](const std::string &name) {
                return name == initialName ? 0 : intern(values, out.valueNames, name.empty() ? std::string(1, '\0') : name);
            };
            const auto value = k < operation.values.size() ? operation.values[k] : std::string();
            const bool read = operation.kind == OperationKind::Read;
            op.readValues.push_back(read ? valueOf(value) : operation.kind == OperationKind::Cas ? valueOf(operation.expected) : -1);
            op.writeValues.push_back(read ? -1 : valueOf(value));
        }
        out.ops.push_back(std::move(op));
    }
    return out;
}

std::vector<RegisterOp> projectOnKey(const std::vector<RegisterOp> &ops, int key)
{
    std::vector<RegisterOp> out;
    for (const auto &op : ops) {
        for (std::size_t k = 0; k < op.keys.size(); ++k) {
            if (op.keys[k] != key)
                continue;
            RegisterOp single = op;
            single.keys = {0};
            single.readValues = {op.readValues[k]};
            single.writeValues = {op.writeValues[k]};
            out.push_back(std::move(single));
        }
    }
    return out;
}

ModelVerdict searchOrder(const std::vector<RegisterOp> &ops, int keyCount, bool realTime, std::uint64_t budget,
                         std::uint64_t &visited, SearchWitness *witness)
{
    const auto sessions = sessionsOf(ops);
    const std::size_t clients = sessions.ops.size();
    std::unordered_set<std::string> seen;
    auto stateKey = [](const Frame &frame) {
        std::string key(frame.positions.size() * 4 + frame.values.size() * 4, '\0');
        std::memcpy(key.data(), frame.positions.data(), frame.positions.size() * 4);
        std::memcpy(key.data() + frame.positions.size() * 4, frame.values.data(), frame.values.size() * 4);
        return key;
    };
    auto expand = [&](Frame &frame) {
        VirtualTime first = kNotCompleted;
        VirtualTime second = kNotCompleted;
        std::size_t firstSession = clients;
        for (std::size_t s = 0; s < clients; ++s) {
            const auto earliest = sessions.suffixReturn[s][frame.positions[s]];
            if (earliest < first) {
                second = first;
                first = earliest;
                firstSession = s;
            } else if (earliest < second) {
                second = earliest;
            }
        }
        std::vector<std::pair<VirtualTime, std::pair<std::size_t, bool>>> moves;
        for (std::size_t s = 0; s < clients; ++s) {
            const auto position = frame.positions[s];
            if (position >= sessions.ops[s].size())
                continue;
            const auto index = sessions.ops[s][position];
            const auto &op = ops[index];
            if (op.optional)
                moves.push_back({kNotCompleted, {s, false}});
            const bool ordered = std::all_of(sessions.after[index].begin(), sessions.after[index].end(),
                                             [&](const auto &need) { return frame.positions[need.first] >= need.second; });
            if (!ordered)
                continue;
            const auto others = std::min(s == firstSession ? second : first, sessions.suffixReturn[s][position + 1]);
            if (!realTime || op.call < others)
                moves.push_back({op.call, {s, true}});
        }
        std::stable_sort(moves.begin(), moves.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        frame.moves.clear();
        for (const auto &move : moves)
            frame.moves.push_back(move.second);
        frame.next = 0;
    };
    std::vector<Frame> stack(1);
    stack[0].positions.assign(clients, 0);
    stack[0].values.assign(static_cast<std::size_t>(keyCount), 0);
    expand(stack[0]);
    seen.insert(stateKey(stack[0]));
    // The deepest state reached (Porcupine's longest partial linearization) and the moves from it.
    std::vector<std::pair<std::size_t, bool>> deepestMoves;
    std::vector<std::uint32_t> deepestPositions;
    std::size_t deepest = 0;
    if (witness) {
        recordPath(stack, *witness);
        deepestMoves = stack[0].moves;
        deepestPositions = stack[0].positions;
    }
    while (!stack.empty()) {
        auto &frame = stack.back();
        bool finished = true;
        for (std::size_t s = 0; s < clients && finished; ++s)
            finished = frame.positions[s] == sessions.ops[s].size();
        if (finished) {
            if (witness) {
                recordPath(stack, *witness);
                leaveOutUnneeded(ops, keyCount, *witness);
            }
            return ModelVerdict::Holds;
        }
        if (frame.next >= frame.moves.size()) {
            stack.pop_back();
            continue;
        }
        const auto [session, apply] = frame.moves[frame.next++];
        Frame child;
        child.positions = frame.positions;
        child.values = frame.values;
        child.op = sessions.ops[session][child.positions[session]];
        child.applied = apply;
        if (apply && !applies(ops[child.op], child.values))
            continue;
        ++child.positions[session];
        if (!seen.insert(stateKey(child)).second)
            continue;
        if (++visited > budget) {
            if (witness)
                *witness = SearchWitness();
            return ModelVerdict::Unknown;
        }
        expand(child);
        stack.push_back(std::move(child));
        if (witness && stack.size() - 1 > deepest) {
            deepest = stack.size() - 1;
            recordPath(stack, *witness);
            deepestMoves = stack.back().moves;
            deepestPositions = stack.back().positions;
        }
    }
    if (witness) {
        // A state deeper than the deepest was never reached, so every move from it that would take
        // effect is refused by the values (a skip or a fitting move would have gone deeper).
        for (const auto &[session, apply] : deepestMoves) {
            const auto index = sessions.ops[session][deepestPositions[session]];
            auto values = witness->values;
            if (apply && !applies(ops[index], values))
                witness->blocked.push_back(index);
        }
    }
    return ModelVerdict::Violated;
}

std::vector<RegisterOp> shrinkViolation(std::vector<RegisterOp> ops, int keyCount, bool realTime, std::uint64_t budget)
{
    constexpr std::size_t kShrinkLimit = 200;
    auto violated = [&](const std::vector<RegisterOp> &candidate) {
        std::uint64_t visited = 0;
        return searchOrder(candidate, keyCount, realTime, budget, visited) == ModelVerdict::Violated;
    };
    // The shortest violating prefix in completion order first, then one operation at a time.
    std::vector<std::size_t> order(ops.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return ops[a].ret < ops[b].ret; });
    auto prefix = [&](std::size_t count) {
        std::vector<bool> keep(ops.size(), false);
        for (std::size_t i = 0; i < count; ++i)
            keep[order[i]] = true;
        // With the writes whose values the kept operations read, wherever they complete.
        for (std::size_t i = 0; i < ops.size(); ++i)
            for (std::size_t k = 0; k < ops[i].keys.size() && !keep[i]; ++k)
                for (std::size_t j = 0; j < ops.size() && !keep[i]; ++j)
                    for (std::size_t l = 0; l < ops[j].keys.size(); ++l)
                        if (keep[j] && ops[i].writeValues[k] >= 0 && ops[j].keys[l] == ops[i].keys[k]
                            && ops[j].readValues[l] == ops[i].writeValues[k])
                            keep[i] = true;
        std::vector<RegisterOp> out;
        for (std::size_t i = 0; i < ops.size(); ++i)
            if (keep[i])
                out.push_back(ops[i]);
        return out;
    };
    std::size_t low = 1;
    std::size_t high = ops.size();
    while (low < high) {
        const auto middle = (low + high) / 2;
        if (violated(prefix(middle)))
            high = middle;
        else
            low = middle + 1;
    }
    ops = prefix(high);
    if (ops.size() > kShrinkLimit)
        return ops;
    // A write stays while an operation left reads its value, so the witness never reads from nowhere.
    auto readByOthers = [&](std::size_t i) {
        for (std::size_t k = 0; k < ops[i].keys.size(); ++k) {
            if (ops[i].writeValues[k] < 0)
                continue;
            for (std::size_t j = 0; j < ops.size(); ++j)
                for (std::size_t l = 0; l < ops[j].keys.size(); ++l)
                    if (j != i && ops[j].keys[l] == ops[i].keys[k] && ops[j].readValues[l] == ops[i].writeValues[k])
                        return true;
        }
        return false;
    };
    for (std::size_t i = ops.size(); i-- > 0;) {
        if (readByOthers(i))
            continue;
        auto without = ops;
        without.erase(without.begin() + static_cast<std::ptrdiff_t>(i));
        if (violated(without))
            ops = std::move(without);
    }
    return ops;
}

} // namespace cs
