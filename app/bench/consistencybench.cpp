// clusterscope-consistency-bench: how fast the consistency checker judges a history.
//
// A linearizable register store is simulated directly: 5 clients, each invoking one operation after
// another on a few keys (writes of fresh values, reads, the odd compare-and-set), each taking
// effect at a random moment between its invocation and its completion. The checker then judges
// every model but linearizable on 10,000 operations, and linearizable alone on 1,000; each is
// repeated and the median reported. Linearizable also places every linearization point, and on a
// broken copy of the 1,000 operations (one read made stale) finds the longest linearizable prefix
// and the impossible operations, as the history view does at every moment shown.

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <string>
#include <vector>

#include "consistencychecker.h"
#include "deterministicrandom.h"

using namespace cs;

namespace {

constexpr int kClients = 5;
constexpr int kKeys = 8;

// One operation of the generated history, before it is fed to a History in invocation order.
struct Planned
{
    ClientRequest request;
    VirtualTime invoked = 0;
    VirtualTime effect = 0;
    VirtualTime completed = 0;
    std::string result;
};

// `staleRead`: the first read at or after that index returns what its key held before its last write.
History generate(int operations, std::uint64_t seed, int staleRead = -1)
{
    DeterministicRandom random(seed);
    std::vector<Planned> planned;
    std::vector<VirtualTime> freeAt(kClients + 1, 0);
    int written = 0;
    for (int i = 0; i < operations; ++i) {
        const auto client = static_cast<ClientId>(1 + i % kClients);
        Planned op;
        op.invoked = freeAt[static_cast<std::size_t>(client)] + random.uniform(1, 5) * kMillisecond;
        op.completed = op.invoked + random.uniform(1, 20) * kMillisecond;
        op.effect = random.uniform(op.invoked, op.completed - 1);
        freeAt[static_cast<std::size_t>(client)] = op.completed;
        op.request.client = client;
        op.request.key = "k" + std::to_string(random.uniform(0, kKeys - 1));
        op.request.kind = random.uniform(0, 1) ? OperationKind::Read : OperationKind::Write;
        if (op.request.kind == OperationKind::Write)
            op.request.value = std::to_string(++written);
        planned.push_back(std::move(op));
    }
    // Apply the effects in effect order: what each read returns.
    std::vector<std::size_t> byEffect(planned.size());
    for (std::size_t i = 0; i < byEffect.size(); ++i)
        byEffect[i] = i;
    std::stable_sort(byEffect.begin(), byEffect.end(),
                     [&](std::size_t a, std::size_t b) { return planned[a].effect < planned[b].effect; });
    std::map<std::string, std::string> store;
    std::map<std::string, std::string> before;
    bool staled = false;
    for (const auto index : byEffect) {
        auto &op = planned[index];
        if (op.request.kind == OperationKind::Write) {
            before[op.request.key] = store[op.request.key];
            store[op.request.key] = op.request.value;
        } else if (!staled && staleRead >= 0 && static_cast<int>(index) >= staleRead && store[op.request.key] != before[op.request.key]) {
            op.result = before[op.request.key];
            staled = true;
        } else {
            op.result = store[op.request.key];
        }
    }
    std::stable_sort(planned.begin(), planned.end(), [](const Planned &a, const Planned &b) { return a.invoked < b.invoked; });
    History history;
    OperationId next = 1;
    for (auto &op : planned) {
        op.request.operation = next++;
        history.invoke(op.invoked, PendingOperation{op.request, 1, op.invoked, op.completed});
    }
    for (const auto &op : planned)
        history.complete(op.completed, PendingOperation{op.request, 1, op.invoked, op.completed},
                         OperationOutcome{OperationResult::Ok, op.result, {}, 0});
    return history;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

void bench(const char *label, const History &history, ConsistencyOptions options, int repeat)
{
    std::vector<double> seconds;
    ConsistencyReport report;
    for (int r = 0; r < repeat; ++r) {
        const auto start = std::chrono::steady_clock::now();
        report = ConsistencyChecker(options).check(history);
        seconds.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    }
    std::string verdicts;
    for (int m = 0; m < kConsistencyModelCount; ++m) {
        const auto verdict = report.verdicts[static_cast<std::size_t>(m)];
        verdicts += verdict == ModelVerdict::Holds ? '+' : verdict == ModelVerdict::Violated ? 'x' : '?';
    }
    std::printf("%-34s %6zu operations: median of %d %8.3f s (min %.3f, max %.3f)  verdicts %s", label,
                history.operations().size(), repeat, median(seconds), *std::min_element(seconds.begin(), seconds.end()),
                *std::max_element(seconds.begin(), seconds.end()), verdicts.c_str());
    if (options.judgeLinearizable)
        std::printf("  points %zu, impossible %zu", report.linearization.size(), report.impossible.size());
    std::printf("\n");
}

} // namespace

int main(int argc, char **argv)
{
    int repeat = 5;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--repeat") == 0 && i + 1 < argc) {
            repeat = std::max(1, std::atoi(argv[++i]));
        } else {
            std::fprintf(stderr, "usage: clusterscope-consistency-bench [--repeat N]\n");
            return 2;
        }
    }
    ConsistencyOptions allButLinearizable;
    allButLinearizable.judgeLinearizable = false;
    allButLinearizable.stalenessBound = 100 * kMillisecond;
    bench("every model but linearizable", generate(10'000, 1), allButLinearizable, repeat);
    ConsistencyOptions everything;
    everything.stalenessBound = 100 * kMillisecond;
    bench("every model, linearizable too", generate(1'000, 2), everything, repeat);
    bench("the same with one stale read", generate(1'000, 2, 500), everything, repeat);
    return 0;
}
