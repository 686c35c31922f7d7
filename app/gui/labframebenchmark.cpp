#include "labframebenchmark.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <vector>

#include "clientroster.h"
#include "consistencydock.h"
#include "consistencymonitor.h"
#include "framebenchmark.h"
#include "historydock.h"
#include "inspectordock.h"
#include "mainwindow.h"
#include "registry.h"
#include "simulationcontroller.h"
#include "spacetimedock.h"

namespace {

constexpr int kReplicas = 5;
constexpr int kClients = 5;
constexpr double kSpeed = 10;
// Measured after 50 s of playing at 10x (10 s of virtual time, some 250 operations).
constexpr cs::VirtualTime kWarmUp = 10 * cs::kSecond;

// This thread's CPU time in ms: what a frame costs apart from other processes on the machine.
double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

// kv in AP mode: every client reads or writes one of three keys every 200 ms at a node of its
// own, and every 10 s one node is cut off for 4 s, so stale reads and divergent keys come and go.
cs::Scenario labScenario()
{
    const auto &protocol = *cs::findProtocol("kv");
    auto scenario = cs::defaultScenario(protocol);
    scenario.parameters[cs::kParamNodes] = kReplicas;
    scenario.parameters[*cs::parameterIndex(protocol.descriptor().parameters, "mode")] = 1;
    const char *keys[] = {"x", "y", "z"};
    int step = 0;
    for (cs::VirtualTime at = 500 * cs::kMillisecond; at < 400 * cs::kSecond; at += 40 * cs::kMillisecond, ++step) {
        cs::Input input;
        input.at = at;
        input.kind = cs::InputKind::Client;
        input.client = 1 + step % kClients;
        input.node = 1 + (step * 3 + step / kClients) % kReplicas;
        input.key = keys[(step / 2) % 3];
        input.operation = step % 3 == 0 ? cs::OperationKind::Write : cs::OperationKind::Read;
        if (input.operation == cs::OperationKind::Write)
            input.command = "V" + std::to_string(step);
        scenario.inputs.push_back(input);
    }
    for (cs::VirtualTime at = 5 * cs::kSecond; at < 400 * cs::kSecond; at += 10 * cs::kSecond) {
        cs::Input cut;
        cut.at = at;
        cut.kind = cs::InputKind::Partition;
        const auto isolated = 1 + static_cast<int>(at / (10 * cs::kSecond)) % kReplicas;
        cut.groups = {{isolated}, {}};
        for (cs::NodeId node = 1; node <= kReplicas; ++node) {
            if (node != isolated)
                cut.groups.back().push_back(node);
        }
        scenario.inputs.push_back(cut);
        cs::Input heal;
        heal.at = at + 4 * cs::kSecond;
        heal.kind = cs::InputKind::HealAll;
        scenario.inputs.push_back(heal);
    }
    std::stable_sort(scenario.inputs.begin(), scenario.inputs.end(),
                     [](const cs::Input &a, const cs::Input &b) { return a.at < b.at; });
    return scenario;
}

// One run's frames: the whole window rendered after each 16.7 ms of wall time, and the share of
// it spent advancing the simulation (the monitor's checking included).
struct Frames
{
    std::vector<double> frameMs;
    std::vector<double> cpuMs;
    std::vector<double> advanceMs;
    std::size_t operations = 0;
};

Frames measure(MainWindow &window, bool labShown, int frames)
{
    auto &controller = window.controller();
    controller.load(labScenario());
    while (window.clients().clients().size() < static_cast<std::size_t>(kClients))
        window.clients().addClient();
    if (labShown) {
        window.history()->show();
        window.models()->show();
        window.splitDockWidget(window.spaceTime(), window.history(), Qt::Horizontal);
        window.models()->raise();
    } else {
        window.history()->hide();
        window.models()->hide();
        window.inspector()->raise();
    }
    QApplication::processEvents();
    QImage target(window.size(), QImage::Format_ARGB32_Premultiplied);
    controller.advanceTo(kWarmUp);
    controller.setSpeed(kSpeed);
    for (int i = 0; i < 10; ++i)
        controller.advanceWallTime(16667);

    Frames out;
    QElapsedTimer frame;
    for (int i = 0; i < frames; ++i) {
        frame.start();
        const auto cpu = threadCpuMs();
        controller.advanceWallTime(16667);
        const auto advanced = frame.nsecsElapsed();
        {
            QPainter painter(&target);
            window.render(&painter);
        }
        out.frameMs.push_back(static_cast<double>(frame.nsecsElapsed()) / 1e6);
        out.cpuMs.push_back(threadCpuMs() - cpu);
        out.advanceMs.push_back(static_cast<double>(advanced) / 1e6);
    }
    out.operations = window.consistency().history().operations().size();
    return out;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

int runLabFrameBenchmark(int frames)
{
    QTextStream out(stdout);
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QApplication::processEvents();
    const auto live = measure(window, true, frames);
    const auto hidden = measure(window, false, frames);
    out << "lab frame benchmark: kv AP, " << kReplicas << " replicas, " << kClients << " clients, " << kSpeed
        << "x speed after " << kWarmUp / cs::kSecond << " s of virtual time, " << frames << " frames per run ("
        << live.operations << " operations by the end), whole "
        << window.width() << "x" << window.height() << " window rendered per frame (" << QApplication::platformName()
        << ")\n";
    for (const auto &[name, run] : {std::pair{"lab live:  ", &live}, std::pair{"lab hidden:", &hidden}}) {
        out << name << " wall " << frameStatistics(run->frameMs) << "; advancing median "
            << QString::number(median(run->advanceMs), 'f', 2) << " ms\n";
        out << name << " cpu  " << frameStatistics(run->cpuMs) << "\n";
    }
    out << "live / hidden (wall): median " << QString::number(median(live.frameMs) / median(hidden.frameMs), 'f', 2)
        << "x, max "
        << QString::number(*std::max_element(live.frameMs.begin(), live.frameMs.end())
                               / *std::max_element(hidden.frameMs.begin(), hidden.frameMs.end()),
                           'f', 2)
        << "x\n";
    return 0;
}
