#pragma once

#include <QElapsedTimer>

// Measures frame times of the cluster view with 25 nodes and hundreds of messages in flight,
// and the time from process start to the first painted frame; prints medians and percentiles.
int runFrameBenchmark(const QElapsedTimer &sinceStart, int frames);
