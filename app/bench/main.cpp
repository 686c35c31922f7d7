// clusterscope-bench: how fast the engine simulates Raft and how compact its recording is.
//
// A 5-node Raft cluster with one client command every 10 ms of virtual time runs for an hour of
// virtual time (by default), first without and then with trace recording. Each configuration is
// repeated and the median is reported, measured side by side in one process.

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "recordedrun.h"
#include "registry.h"
#include "timeline.h"
#include "tracefile.h"

using namespace cs;

namespace {

// One timed run.
struct Measurement
{
    double wallSeconds = 0;
    std::uint64_t deliveries = 0;
    std::uint64_t steps = 0;
    std::size_t events = 0;
    std::size_t recordBytes = 0;
    std::size_t violations = 0;
};

Scenario loadScenario(VirtualTime length)
{
    auto scenario = defaultScenario(*findProtocol("raft"));
    scenario.seed = 1;
    scenario.until = length;
    int command = 0;
    for (VirtualTime at = 1 * kSecond; at < length; at += 10 * kMillisecond) {
        Input input;
        input.at = at;
        input.kind = InputKind::Client;
        input.node = 1;
        input.command = "k" + std::to_string(command % 16) + "=" + std::to_string(command);
        ++command;
        scenario.inputs.push_back(std::move(input));
    }
    return scenario;
}

Measurement measure(const Scenario &scenario, bool record)
{
    RecordedRun run(scenario, record);
    const auto start = std::chrono::steady_clock::now();
    run.runToEnd();
    const auto stop = std::chrono::steady_clock::now();
    Measurement result;
    result.wallSeconds = std::chrono::duration<double>(stop - start).count();
    result.deliveries = run.simulation().stats().delivered;
    result.steps = run.simulation().stats().steps;
    result.violations = run.simulation().violations().size();
    if (record) {
        result.events = run.recorder().size();
        result.recordBytes = run.recorder().memoryBytes();
    }
    return result;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

double residentMiB()
{
    long pages = 0, resident = 0;
    if (FILE *statm = std::fopen("/proc/self/statm", "r")) {
        if (std::fscanf(statm, "%ld %ld", &pages, &resident) != 2)
            resident = 0;
        std::fclose(statm);
    }
    return static_cast<double>(resident) * 4096.0 / (1024.0 * 1024.0);
}

long peakMemoryKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

void report(const char *label, const std::vector<Measurement> &runs, double virtualSeconds)
{
    std::vector<double> rates, deliveries;
    for (const auto &run : runs) {
        rates.push_back(virtualSeconds / run.wallSeconds);
        deliveries.push_back(static_cast<double>(run.deliveries) / run.wallSeconds);
    }
    const auto &first = runs.front();
    std::printf("%-16s median of %zu: %10.0f virtual s per wall s, %12.0f deliveries per wall s"
                " (%llu deliveries, %llu steps, %zu violations)\n",
                label, runs.size(), median(rates), median(deliveries),
                static_cast<unsigned long long>(first.deliveries), static_cast<unsigned long long>(first.steps),
                first.violations);
}

} // namespace

int main(int argc, char **argv)
{
    double minutes = 60;
    int repeat = 3;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--minutes") == 0 && i + 1 < argc)
            minutes = std::atof(argv[++i]);
        else if (std::strcmp(argv[i], "--repeat") == 0 && i + 1 < argc)
            repeat = std::max(1, std::atoi(argv[++i]));
        else {
            std::fprintf(stderr, "usage: clusterscope-bench [--minutes M] [--repeat N]\n");
            return 2;
        }
    }
    const auto length = static_cast<VirtualTime>(minutes * 60 * kSecond);
    const double virtualSeconds = static_cast<double>(length) / kSecond;
    const auto scenario = loadScenario(length);
    std::printf("5-node Raft, one client command every 10 ms, %.0f s of virtual time, %d repetitions\n",
                virtualSeconds, repeat);

    std::vector<Measurement> plain, recorded;
    for (int i = 0; i < repeat; ++i) {
        plain.push_back(measure(scenario, false));
        recorded.push_back(measure(scenario, true));
    }
    const long peakAfter = peakMemoryKiB();
    report("without trace", plain, virtualSeconds);
    report("with trace", recorded, virtualSeconds);
    std::vector<double> ratios;
    for (int i = 0; i < repeat; ++i)
        ratios.push_back(recorded[static_cast<std::size_t>(i)].wallSeconds / plain[static_cast<std::size_t>(i)].wallSeconds);
    std::printf("recording costs   %.2fx the wall time of not recording (median of paired runs)\n", median(ratios));
    const auto &sample = recorded.front();
    std::printf("recorded events   %zu, %.1f bytes per event in memory\n", sample.events,
                static_cast<double>(sample.recordBytes) / static_cast<double>(sample.events));
    std::printf("peak memory       %.1f MiB (resident, whole process)\n", static_cast<double>(peakAfter) / 1024.0);

    // Seeking: a whole run kept as a timeline with a checkpoint every 2 s of virtual time.
    {
        const double before = residentMiB();
        Simulation start(*scenario.protocol, scenario.parameters, scenario.seed);
        for (const auto &input : scenario.inputs)
            start.schedule(input);
        Timeline timeline(start, 2 * kSecond);
        const auto buildStart = std::chrono::steady_clock::now();
        timeline.advanceTo(length);
        const double buildSeconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - buildStart).count();
        DeterministicRandom random(99);
        std::vector<double> seekMs;
        for (int i = 0; i < 200; ++i) {
            const auto target = random.uniform(0, length);
            const auto seekStart = std::chrono::steady_clock::now();
            const auto state = timeline.stateAt(target);
            seekMs.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - seekStart).count());
            if (state.now() != target)
                return 1;
        }
        std::sort(seekMs.begin(), seekMs.end());
        std::printf("timeline          %zu checkpoints, built in %.2f s while simulating, %.1f MiB resident for it\n",
                    timeline.checkpointCount(), buildSeconds, residentMiB() - before);
        std::printf("seek              200 random times: median %.2f ms, p95 %.2f ms, max %.2f ms\n", seekMs[100],
                    seekMs[190], seekMs.back());
    }

    auto sampleScenario = loadScenario(std::min<VirtualTime>(length, 60 * kSecond));
    RecordedRun sampleRun(sampleScenario, true);
    sampleRun.runToEnd();
    const auto bytes = serializeTrace(sampleRun.document());
    std::printf("trace file        %.1f bytes per event as JSON (first %.0f s)\n",
                static_cast<double>(bytes.size()) / static_cast<double>(sampleRun.recorder().size()),
                static_cast<double>(sampleScenario.until) / kSecond);
    return 0;
}
