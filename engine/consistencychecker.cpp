#include "consistencychecker.h"

#include "anomalytext.h"
#include "linearizationpoints.h"

#include <algorithm>
#include <tuple>

namespace cs {

namespace {

using M = ConsistencyModel;

void set(ConsistencyReport &report, ConsistencyModel model, ModelVerdict verdict)
{
    report.verdicts[static_cast<int>(model)] = verdict;
}

// Linearizable per key (P-compositionality), sequential over the whole history (it does not compose).
void judgeOrders(const RegisterHistory &registers, const ConsistencyOptions &options, ConsistencyReport &report)
{
    const int keys = static_cast<int>(registers.keyNames.size());
    ModelVerdict linearizable = options.judgeLinearizable ? ModelVerdict::Holds : ModelVerdict::Unknown;
    // Every key is searched, for its linearization points; the first violated one gives the anomaly.
    for (int key = 0; key < keys && options.judgeLinearizable; ++key) {
        const auto ops = projectOnKey(registers.ops, key);
        std::uint64_t visited = 0;
        SearchWitness witness;
        const auto verdict = searchOrder(ops, 1, true, options.searchBudget, visited, &witness);
        const auto &name = registers.keyNames[static_cast<std::size_t>(key)];
        if (verdict != ModelVerdict::Unknown) {
            const auto points = linearizationPoints(ops, witness, name);
            report.linearization.insert(report.linearization.end(), points.begin(), points.end());
        }
        if (verdict == ModelVerdict::Violated) {
            const int value = witness.values.empty() ? 0 : witness.values[0];
            auto valueName = value == 0 ? registers.initialNames[static_cast<std::size_t>(key)]
                                        : registers.valueNames[static_cast<std::size_t>(value)];
            if (valueName == std::string(1, '\0'))
                valueName.clear();
            for (const auto index : witness.blocked)
                report.impossible.push_back({ops[index].id, name, witness.order.size(), valueName});
        }
        if (verdict == ModelVerdict::Violated && linearizable != ModelVerdict::Violated)
            report.anomalies.push_back(describeNoOrder(M::Linearizable, registers,
                                                       shrinkViolation(ops, 1, true, options.searchBudget)));
        if (verdict != ModelVerdict::Holds && linearizable != ModelVerdict::Violated)
            linearizable = verdict;
    }
    set(report, M::Linearizable, linearizable);
    if (!options.judgeSequential) {
        set(report, M::Sequential, ModelVerdict::Unknown);
        return;
    }
    // Linearizability composes (Herlihy and Wing), so with single-key operations only a history
    // linearizable per key is sequential. A real-time order of the whole history would linearize
    // every key, so once a key is not linearizable only the search without real time can succeed;
    // while undecided, the narrow real-time search is tried first.
    const bool singleKeys = std::all_of(registers.ops.begin(), registers.ops.end(),
                                        [](const RegisterOp &op) { return op.keys.size() == 1; });
    std::uint64_t visited = 0;
    auto sequential = linearizable == ModelVerdict::Holds && singleKeys ? ModelVerdict::Holds : ModelVerdict::Unknown;
    if (sequential == ModelVerdict::Unknown && linearizable != ModelVerdict::Violated)
        sequential = searchOrder(registers.ops, keys, true, options.searchBudget, visited);
    if (sequential != ModelVerdict::Holds) {
        visited = 0;
        sequential = searchOrder(registers.ops, keys, false, options.searchBudget, visited);
    }
    set(report, M::Sequential, sequential);
    if (sequential == ModelVerdict::Violated)
        report.anomalies.push_back(describeNoOrder(M::Sequential, registers,
                                                   shrinkViolation(registers.ops, keys, false, options.searchBudget)));
}

void judgeSessions(const RegisterHistory &registers, ConsistencyReport &report)
{
    // Each model's rules, and the rules searched: a client's causal past already holds its own
    // writes, what it read, and each seen write's writer's earlier writes and reads.
    const std::tuple<ConsistencyModel, unsigned, unsigned> models[] = {
        {M::Causal, OwnWrites | ObservedWrites | WriterOrder | WriterReads | CausalPast, CausalPast},
        {M::Pram, OwnWrites | ObservedWrites | WriterOrder, OwnWrites | ObservedWrites | WriterOrder},
        {M::ReadYourWrites, OwnWrites, OwnWrites},
        {M::MonotonicReads, ObservedWrites, ObservedWrites},
        {M::MonotonicWrites, WriterOrder, WriterOrder},
        {M::WritesFollowReads, WriterReads, WriterReads},
    };
    // A rule set's graph is a subgraph of a larger set's, so a model holds when one with more rules
    // held: the weaker models are searched only when the stronger ones fail.
    std::vector<unsigned> held;
    for (const auto &[model, rules, searched] : models) {
        if (std::any_of(held.begin(), held.end(), [rules](unsigned more) { return (rules & more) == rules; })) {
            set(report, model, ModelVerdict::Holds);
            continue;
        }
        const auto violation = findSessionViolation(registers, searched);
        if (!violation)
            held.push_back(rules);
        set(report, model, violation ? ModelVerdict::Violated : ModelVerdict::Holds);
        if (violation)
            report.anomalies.push_back(describeSessionViolation(model, registers, *violation));
    }
}

void judgeWriteOrder(const RegisterHistory &registers, const ConsistencyOptions &options, ConsistencyReport &report)
{
    const auto prefix = findPrefixViolation(registers);
    set(report, M::ConsistentPrefix, prefix ? ModelVerdict::Violated : ModelVerdict::Holds);
    if (prefix)
        report.anomalies.push_back(describePrefixViolation(registers, *prefix));
    const auto stale = findStaleRead(registers, options.stalenessBound);
    set(report, M::BoundedStaleness, stale ? ModelVerdict::Violated : ModelVerdict::Holds);
    if (stale)
        report.anomalies.push_back(describeStaleRead(registers, *stale, options.stalenessBound));
    const auto divergence = findDivergence(registers, options.quiescentFrom);
    set(report, M::Eventual, divergence ? ModelVerdict::Violated : ModelVerdict::Holds);
    if (divergence)
        report.anomalies.push_back(describeDivergence(registers, *divergence));
    for (const auto index : findLostWrites(registers, options.finalValues))
        report.lostWrites.push_back(registers.ops[index].id);
}

// A model is violated when a model it implies is (Jepsen's also-not), with that model's anomaly.
void propagate(ConsistencyReport &report)
{
    for (int m = kConsistencyModelCount; m-- > 0;) {
        const auto model = static_cast<ConsistencyModel>(m);
        if (report.verdict(model) == ModelVerdict::Violated)
            continue;
        for (int w = 0; w < kConsistencyModelCount; ++w) {
            const auto weaker = static_cast<ConsistencyModel>(w);
            if (!modelImplies(model, weaker) || report.verdict(weaker) != ModelVerdict::Violated)
                continue;
            set(report, model, ModelVerdict::Violated);
            if (const auto *found = report.anomaly(weaker)) {
                auto copy = *found;
                copy.model = model;
                report.anomalies.push_back(copy);
            }
            break;
        }
    }
    std::stable_sort(report.anomalies.begin(), report.anomalies.end(),
                     [](const ConsistencyAnomaly &a, const ConsistencyAnomaly &b) { return a.model < b.model; });
}

// The history as it stood when `at` passed: operations invoked by then, those completing later pending.
History prefixAt(const History &history, VirtualTime at)
{
    History prefix;
    for (const auto &operation : history.operations()) {
        if (operation.invokedAt > at)
            continue;
        PendingOperation pending;
        pending.request.operation = operation.id;
        pending.request.client = operation.client;
        pending.request.kind = operation.kind;
        pending.node = operation.node;
        pending.invokedAt = operation.invokedAt;
        pending.deadline = operation.completedAt;
        std::string keys;
        for (std::size_t k = 0; k < operation.keys.size(); ++k)
            keys += (k ? "," : "") + operation.keys[k];
        pending.request.key = keys;
        pending.request.expected = operation.expected;
        if (operation.kind != OperationKind::Read && !operation.values.empty())
            pending.request.value = operation.values[0];
        prefix.invoke(operation.invokedAt, pending);
        if (operation.pending || operation.completedAt > at)
            continue;
        OperationOutcome outcome;
        outcome.result = operation.result;
        if (operation.kind == OperationKind::Read)
            for (std::size_t k = 0; k < operation.values.size(); ++k)
                outcome.value += (k ? "," : "") + operation.values[k];
        prefix.complete(operation.completedAt, pending, outcome);
    }
    return prefix;
}

} // namespace

ConsistencyChecker::ConsistencyChecker(ConsistencyOptions options)
    : mOptions(std::move(options))
{
    mSettledAt.fill(kNotCompleted);
}

ConsistencyReport ConsistencyChecker::check(const History &history) const
{
    ConsistencyReport report;
    const auto registers = registerHistory(history, mOptions.initialValues);
    judgeOrders(registers, mOptions, report);
    judgeSessions(registers, report);
    judgeWriteOrder(registers, mOptions, report);
    propagate(report);
    return report;
}

ConsistencyOptions ConsistencyChecker::settledOptions(VirtualTime at) const
{
    auto options = mOptions;
    options.judgeLinearizable = options.judgeLinearizable && mSettledAt[static_cast<int>(M::Linearizable)] > at;
    options.judgeSequential = options.judgeSequential && mSettledAt[static_cast<int>(M::Sequential)] > at;
    return options;
}

void ConsistencyChecker::carrySettled(ConsistencyReport &report, VirtualTime at) const
{
    for (const auto model : {M::Linearizable, M::Sequential}) {
        if (mSettledAt[static_cast<int>(model)] > at)
            continue;
        const auto before = mReport.verdict(model);
        set(report, model, before == ModelVerdict::Holds ? ModelVerdict::Unknown : before);
        std::erase_if(report.anomalies, [model](const ConsistencyAnomaly &anomaly) { return anomaly.model == model; });
        if (const auto *found = mReport.anomaly(model))
            report.anomalies.push_back(*found);
    }
    std::stable_sort(report.anomalies.begin(), report.anomalies.end(),
                     [](const ConsistencyAnomaly &a, const ConsistencyAnomaly &b) { return a.model < b.model; });
}

void ConsistencyChecker::observe(const History &history)
{
    std::vector<const HistoryOperation *> reads;
    for (const auto &operation : history.operations()) {
        if (operation.kind == OperationKind::Read && !operation.pending && operation.result == OperationResult::Ok
            && !mReadLabels.contains(operation.id))
            reads.push_back(&operation);
    }
    std::stable_sort(reads.begin(), reads.end(), [](const HistoryOperation *a, const HistoryOperation *b) {
        return a->completedAt < b->completedAt;
    });
    // The searches (linearizable, sequential) that a shorter history already violated, or left
    // unknown when their budget ran out, are not run again: a violation stays, and a longer history
    // costs more to search, not less.
    constexpr VirtualTime kWhole = kNotCompleted - 1;
    auto report = ConsistencyChecker(settledOptions(kWhole)).check(history);
    carrySettled(report, kWhole);
    // A model that holds for the whole history holds for each of its prefixes, and one violated by
    // a prefix stays violated for every longer one: only the models in between are judged again on
    // the read's own prefix, so a frame of the live view costs one check, not one per new read.
    std::uint32_t holds = 0;
    for (int m = 0; m < kConsistencyModelCount; ++m)
        if (report.verdicts[static_cast<std::size_t>(m)] == ModelVerdict::Holds)
            holds |= 1u << m;
    for (const auto *read : reads) {
        std::uint32_t label = holds;
        std::uint32_t open = 0;
        for (int m = 0; m < kConsistencyModelCount; ++m)
            if ((holds & (1u << m)) == 0 && mSettledAt[static_cast<std::size_t>(m)] > read->completedAt)
                open |= 1u << m;
        if (open) {
            const auto verdicts =
                ConsistencyChecker(settledOptions(read->completedAt)).check(prefixAt(history, read->completedAt)).verdicts;
            for (int m = 0; m < kConsistencyModelCount; ++m) {
                const auto model = static_cast<ConsistencyModel>(m);
                const auto verdict = verdicts[static_cast<std::size_t>(m)];
                if ((open & (1u << m)) && verdict == ModelVerdict::Holds)
                    label |= 1u << m;
                const bool searched = model == M::Linearizable || model == M::Sequential;
                auto &settledAt = mSettledAt[static_cast<std::size_t>(m)];
                if ((open & (1u << m))
                    && (verdict == ModelVerdict::Violated || (searched && verdict == ModelVerdict::Unknown)))
                    settledAt = std::min(settledAt, read->completedAt);
            }
        }
        mReadLabels[read->id] = label;
    }
    mReport = std::move(report);
}

std::uint32_t ConsistencyChecker::readLabel(OperationId read) const
{
    const auto it = mReadLabels.find(read);
    return it == mReadLabels.end() ? 0 : it->second;
}

} // namespace cs
