#pragma once

// Measures frame times of the consistency lab: kv with 5 replicas and 5 clients reading and writing
// at 10x speed, once with the history, the model map, the counters and the read badges all live and
// once with the lab's docks hidden; prints both side by side.
int runLabFrameBenchmark(int frames);
