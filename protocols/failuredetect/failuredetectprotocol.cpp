#include "failuredetectprotocol.h"

#include <algorithm>

#include "failuredetectchecker.h"
#include "failuredetectnode.h"
#include "failuredetectnotes.h"

namespace cs::failuredetect {

FailureDetectProtocol::FailureDetectProtocol()
{
    mDescriptor.name = "failure-detector";
    mDescriptor.title = "Failure detection (heartbeats)";
    mDescriptor.summary = "Every node sends heartbeats to every other; a monitor suspects a silent peer after a fixed "
                          "timeout, or when phi, the accrual detector's suspicion level, reaches its threshold.";
    mDescriptor.parameters = networkParameterSpecs();
    auto &specs = mDescriptor.parameters;
    specs.push_back({"detector", "Detector", ParameterUnit::Choice, 1, 0, 2,
                     "Fixed timeout, or phi from the normal distribution or from Akka's logistic approximation.",
                     false, {"fixed", "phi-normal", "phi-logistic"}});
    specs.push_back({"heartbeatInterval", "Heartbeat interval", ParameterUnit::Duration, kSecond, 10 * kMillisecond,
                     60 * kSecond, "How often every node tells every other node it is alive.", false});
    specs.push_back({"timeout", "Fixed timeout", ParameterUnit::Duration, 1500 * kMillisecond, 10 * kMillisecond,
                     600 * kSecond, "The fixed detector suspects a peer silent for this long.", false});
    specs.push_back({"phiThreshold", "Phi threshold", ParameterUnit::Count, 8, 1, 30,
                     "The phi detectors suspect a peer when phi reaches this level (8 in Akka and Cassandra).", false});
    specs.push_back({"window", "Arrival window", ParameterUnit::Count, 10, 1, 1000,
                     "How many recent heartbeat intervals phi's mean and deviation are computed from.", false});
    specs.push_back({"minDeviation", "Minimum deviation", ParameterUnit::Duration, 100 * kMillisecond,
                     kMillisecond, 60 * kSecond,
                     "The smallest standard deviation phi assumes, however regular the heartbeats.", false});
    specs.push_back({"maxInterval", "Longest counted interval", ParameterUnit::Duration, 2 * kSecond,
                     10 * kMillisecond, 600 * kSecond,
                     "Longer gaps between heartbeats (a partition, a pause) are left out of the window.", false});
    specs.push_back({"retries", "Probe retries", ParameterUnit::Count, 0, 0, 10,
                     "How many direct probes a monitor sends a silent peer before it suspects it.", false});
    specs.push_back({"probeTimeout", "Probe timeout", ParameterUnit::Duration, 300 * kMillisecond, kMillisecond,
                     60 * kSecond, "How long a monitor waits for the answer to one probe.", false});
    specs.push_back({"sampleInterval", "Display refresh", ParameterUnit::Duration, 100 * kMillisecond, 0, 10 * kSecond,
                     "How often each node recomputes the levels it shows (0: only when a message arrives).", false});
    mDescriptor.roles = {{"trusting", "#2fa84f"}, {"suspecting", "#d9534f"}};
    mDescriptor.timers = {"heartbeat", "deadline", "refresh"};
    mDescriptor.notes = {&kSuspectNote, &kTrustNote, &kProbeNote, &kRoleNote};
    mDescriptor.invariants = {"Crash Eventually Suspected"};
    mDescriptor.view.progressTimer = kHeartbeatTimer;
    mDescriptor.meanings = {
        {.meaning = Meaning::RoleChange, .note = &kRoleNote},
        {.meaning = Meaning::Decision, .note = &kSuspectNote, .key = 0,
         .words = {"Run until the next suspicion", "Suspicions", "suspicions", "No node was suspected"}},
    };
}

std::unique_ptr<ProtocolNode> FailureDetectProtocol::createNode(NodeId id, int clusterSize) const
{
    return std::make_unique<DetectorNode>(id, clusterSize);
}

std::unique_ptr<InvariantChecker> FailureDetectProtocol::createChecker(const ParameterValues &parameters) const
{
    // Once faults stop, a crashed peer's last heartbeat is at most one latency old, and the window
    // holds intervals no longer than maxInterval, so phi crosses its threshold within the time a
    // window of such intervals allows (a deviation of maxInterval bounds any window of them);
    // then come the probes.
    DetectorSettings settings;
    settings.formula = static_cast<Formula>(parameters[kParamFormula]);
    settings.timeout = parameters[kParamTimeout];
    settings.threshold = parameters[kParamThreshold];
    settings.minDeviation = std::max(parameters[kParamMinDeviation], parameters[kParamMaxInterval]);
    const ArrivalWindow widest(1, std::max(parameters[kParamMaxInterval], parameters[kParamHeartbeat]));
    const VirtualTime quiet = crossingTime(settings, widest) + parameters[kParamLatencyMax]
                              + parameters[kParamHeartbeat]
                              + (parameters[kParamRetries] + 1) * parameters[kParamProbeTimeout];
    return std::make_unique<DetectorChecker>(static_cast<int>(parameters[kParamNodes]), quiet);
}

} // namespace cs::failuredetect
