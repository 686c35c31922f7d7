#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "history.h"

namespace cs {

// The consistency models the checker judges, strongest first, as on Jepsen's map.
enum class ConsistencyModel : std::uint8_t {
    Linearizable,
    Sequential,
    Causal,
    Pram,
    ReadYourWrites,
    MonotonicReads,
    MonotonicWrites,
    WritesFollowReads,
    ConsistentPrefix,
    BoundedStaleness,
    Eventual,
};
inline constexpr int kConsistencyModelCount = 11;

// "linearizable", "sequential", "causal", "pram", "read-your-writes", "monotonic-reads",
// "monotonic-writes", "writes-follow-reads", "consistent-prefix", "bounded-staleness", "eventual".
std::string_view consistencyModelName(ConsistencyModel model);
// The models a model implies (Jepsen's hierarchy): sequential implies causal, causal implies PRAM...
std::vector<ConsistencyModel> impliedModels(ConsistencyModel model);
// What a partition lets a model keep: "unavailable", "sticky-available" or "totally-available".
std::string_view modelAvailability(ConsistencyModel model);
// Whether `stronger` implies `weaker`, directly or through the models between them.
bool modelImplies(ConsistencyModel stronger, ConsistencyModel weaker);

// Whether a history satisfies a model; Unknown when a bounded search gave up.
enum class ModelVerdict : std::uint8_t { Holds, Violated, Unknown };

// One reason a model fails: the fewest operations that prove it and one sentence saying why, in
// English and Simplified Chinese ("B read V0 after its own write of V1 completed").
struct ConsistencyAnomaly
{
    ConsistencyModel model = ConsistencyModel::Linearizable;
    // A short name for the kind of anomaly ("stale-read", "lost-write", "cycle"...).
    std::string kind;
    std::vector<OperationId> operations;
    std::string english;
    std::string chinese;
};

// Where an operation took effect in its key's linearization (Porcupine's linearization point): a
// moment within [invoked, completed] (from invoked on for an unknown operation), non-decreasing
// along the key's order; none for an unknown operation that never took effect.
struct LinearizationPoint
{
    OperationId operation = 0;
    std::string key;
    VirtualTime at = kNotCompleted;
    bool tookEffect = true;
};

// An operation no linearization of its key can place: the key's longest linearizable prefix could
// come next to it in real time, but the value the key holds there refuses it.
struct ImpossibleOperation
{
    OperationId operation = 0;
    std::string key;
    // How many operations the longest prefix places, and what the key holds at its end ("" = never written).
    std::size_t prefixLength = 0;
    std::string valueAfterPrefix;
};

// The verdict of every model over one history, Jepsen-style.
struct ConsistencyReport
{
    std::array<ModelVerdict, kConsistencyModelCount> verdicts{};
    // At most one anomaly per model: the first found, minimal.
    std::vector<ConsistencyAnomaly> anomalies;
    // Writes acknowledged ok that no replica's final state or later read reflects (last-writer-wins).
    std::vector<OperationId> lostWrites;
    // Key by key (in order of first use), the points of the key's linearization in its order (of
    // its longest linearizable prefix when it has none), then its unknown operations that never
    // took effect; nothing for a key whose search gave up or when linearizable is not judged.
    std::vector<LinearizationPoint> linearization;
    // The operations that could not extend the longest linearizable prefix of a key that has no linearization.
    std::vector<ImpossibleOperation> impossible;

    bool valid() const;
    ModelVerdict verdict(ConsistencyModel model) const { return verdicts[static_cast<int>(model)]; }
    // Jepsen's `not` (directly = true: the weakest violated models) and `also-not` (the violated
    // models that a weaker violated one already rules out).
    std::vector<ConsistencyModel> ruledOut(bool directly) const;
    const ConsistencyAnomaly *anomaly(ConsistencyModel model) const;
};

// What the checker assumes beyond the history itself.
struct ConsistencyOptions
{
    // Bounded staleness: a read may miss writes completed at most this long before it began.
    VirtualTime stalenessBound = 0;
    // Eventual: reads invoked at or after this time must agree per key (the run's quiescence).
    VirtualTime quiescentFrom = kNotCompleted;
    // Wing-Gong search budget per key, in visited states; past it the verdict is Unknown.
    std::uint64_t searchBudget = 1'000'000;
    // False leaves linearizable Unknown without searching (for long histories judged on the rest).
    bool judgeLinearizable = true;
    // False leaves sequential Unknown without searching.
    bool judgeSequential = true;
    // What a key holds before any write ("x" -> "V0"); a key not listed starts never written ("").
    std::map<std::string, std::string> initialValues;
    // Lost writes: the values each key holds on the replicas when the run ends (any replica, any
    // order); keys not listed are not judged for lost writes.
    std::map<std::string, std::vector<std::string>> finalValues;
};

// Judges an operation history against every model; one checker serves the live views, the CLI and
// the tests. Operations are added as they complete, and each read is labelled with the models that
// still hold for the history up to its completion.
class ConsistencyChecker
{
public:
    explicit ConsistencyChecker(ConsistencyOptions options = {});

    // Judges a whole history at once.
    ConsistencyReport check(const History &history) const;

    // The live form: the labels of every completed read so far, by operation id, one bit per model
    // (bit i set = model i still holds for the history up to that read's completion).
    void observe(const History &history);
    std::uint32_t readLabel(OperationId read) const;
    const ConsistencyReport &report() const { return mReport; }

private:
    ConsistencyOptions mOptions;
    std::map<OperationId, std::uint32_t> mReadLabels;
    ConsistencyReport mReport;
    // The options of a live check at `at`: the searches already settled by then are not run again.
    ConsistencyOptions settledOptions(VirtualTime at) const;
    // Keeps the verdicts and anomalies of the searches a live check skipped, from the last report.
    void carrySettled(ConsistencyReport &report, VirtualTime at) const;

    // Per model, the earliest read completion whose prefix violated it, or for the searched models
    // (linearizable, sequential) left it unknown (kNotCompleted: none yet).
    std::array<VirtualTime, kConsistencyModelCount> mSettledAt{};
};

} // namespace cs
