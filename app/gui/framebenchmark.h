#pragma once

#include <QElapsedTimer>
#include <QString>

#include <vector>

// Measures frame times of the cluster view with 25 nodes and hundreds of messages in flight,
// and the time from process start to the first painted frame; prints medians and percentiles.
int runFrameBenchmark(const QElapsedTimer &sinceStart, int frames);

// Frame times in one line: median, p95, p99 and max in ms, and the frames over 16.7 ms and 33 ms.
QString frameStatistics(const std::vector<double> &frameMs);
