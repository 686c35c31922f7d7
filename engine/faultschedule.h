#pragma once

#include <cstdint>
#include <vector>

#include "scenario.h"

namespace cs {

// Which faults a random schedule may use: "random" is all of them, "crashes" crashes and restarts only.
enum class FaultMix { All, CrashesOnly };

// Random faults for a sweep: a safety phase of crashes, restarts, partitions, cut links, loss,
// garbage-collection pauses and slow links with a steady client load, then at faultsEnd
// everything is repaired (pauses are over by then) so liveness can be judged;
// the client load stops halfway between faultsEnd and the end of the run. The load is commands, or
// for a key-value protocol (ProtocolDescriptor::keyValueClients) reads and writes of a few keys by
// a few clients.
std::vector<Input> randomFaultSchedule(const Scenario &scenario, VirtualTime faultsEnd, FaultMix mix = FaultMix::All);

// The moment random faults stop for a run of the given length.
VirtualTime defaultFaultsEnd(VirtualTime until);

} // namespace cs
