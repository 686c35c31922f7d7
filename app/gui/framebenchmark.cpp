#include "framebenchmark.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QTextStream>

#include <algorithm>
#include <vector>

#include "clusterview.h"
#include "mainwindow.h"
#include "registry.h"
#include "simulationcontroller.h"

namespace {

double percentile(std::vector<double> values, double fraction)
{
    std::sort(values.begin(), values.end());
    const auto index = static_cast<std::size_t>(fraction * static_cast<double>(values.size() - 1));
    return values[index];
}

} // namespace

QString frameStatistics(const std::vector<double> &frameMs)
{
    const auto over = [&frameMs](double limit) {
        return std::count_if(frameMs.begin(), frameMs.end(), [limit](double ms) { return ms > limit; });
    };
    return QStringLiteral("median %1, p95 %2, p99 %3, max %4 ms; over 16.7 ms: %5, over 33 ms: %6 of %7 frames")
        .arg(percentile(frameMs, 0.5), 0, 'f', 2)
        .arg(percentile(frameMs, 0.95), 0, 'f', 2)
        .arg(percentile(frameMs, 0.99), 0, 'f', 2)
        .arg(percentile(frameMs, 1.0), 0, 'f', 2)
        .arg(over(16.7))
        .arg(over(33.3))
        .arg(frameMs.size());
}

int runFrameBenchmark(const QElapsedTimer &sinceStart, int frames)
{
    QTextStream out(stdout);
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    auto *view = window.clusterView();
    QImage target(view->viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    // Each frame renders the view into an image, so the figure is the real painting cost.
    auto renderFrame = [&] {
        QPainter painter(&target);
        view->render(&painter, QRectF(), view->viewport()->rect());
    };
    renderFrame();
    const double coldStartMs = static_cast<double>(sinceStart.nsecsElapsed()) / 1e6;

    auto &controller = window.controller();
    auto scenario = cs::defaultScenario(*cs::findProtocol("raft"));
    scenario.parameters[cs::kParamNodes] = 25;
    scenario.parameters[cs::kParamLatencyMin] = 250 * cs::kMillisecond;
    scenario.parameters[cs::kParamLatencyMax] = 400 * cs::kMillisecond;
    scenario.parameters[*cs::parameterIndex(scenario.protocol->descriptor().parameters, "electionTimeoutMin")] = 1 * cs::kSecond;
    scenario.parameters[*cs::parameterIndex(scenario.protocol->descriptor().parameters, "electionTimeoutMax")] = 2 * cs::kSecond;
    for (cs::VirtualTime at = 3 * cs::kSecond; at < 60 * cs::kSecond; at += 12 * cs::kMillisecond) {
        cs::Input input;
        input.at = at;
        input.kind = cs::InputKind::Client;
        input.node = 1 + static_cast<int>((at / cs::kMillisecond) % 25);
        input.command = "k=" + std::to_string(at);
        scenario.inputs.push_back(input);
    }
    controller.load(scenario);
    controller.setSpeed(5);
    // Warm up until the cluster has a leader and a full pipeline of messages.
    while (controller.simulation().now() < 5 * cs::kSecond)
        controller.advanceWallTime(16667);

    std::vector<double> frameMs;
    std::size_t minInFlight = SIZE_MAX, maxInFlight = 0;
    QElapsedTimer frame;
    for (int i = 0; i < frames; ++i) {
        frame.start();
        controller.advanceWallTime(16667);
        renderFrame();
        frameMs.push_back(static_cast<double>(frame.nsecsElapsed()) / 1e6);
        const auto inFlight = controller.simulation().inFlight().size();
        minInFlight = std::min(minInFlight, inFlight);
        maxInFlight = std::max(maxInFlight, inFlight);
    }
    out << "frame benchmark: 25 nodes, " << minInFlight << " to " << maxInFlight << " messages in flight, "
        << frames << " frames, view " << target.width() << "x" << target.height() << " in a 1280x800 window ("
        << QApplication::platformName() << ")\n";
    out << QStringLiteral("frame time: %1\n").arg(frameStatistics(frameMs));
    out << QStringLiteral("cold start to first frame: %1 ms\n").arg(coldStartMs, 0, 'f', 1);
    return 0;
}
