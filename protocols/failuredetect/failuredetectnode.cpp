#include "failuredetectnode.h"

#include <cmath>
#include <cstdio>

#include "failuredetectnotes.h"

namespace cs::failuredetect {

namespace {

std::int64_t asHundredths(double value)
{
    return static_cast<std::int64_t>(std::llround(std::min(value, 99999.0) * 100.0));
}

} // namespace

DetectorNode::DetectorNode(NodeId id, int clusterSize)
    : mId(id)
    , mClusterSize(clusterSize)
    , mPeers(static_cast<std::size_t>(clusterSize) + 1)
{
}

std::unique_ptr<ProtocolNode> DetectorNode::durableRemains() const
{
    // A detector keeps nothing on stable storage: a recovered node starts with no history.
    return std::make_unique<DetectorNode>(mId, mClusterSize);
}

DetectorSettings DetectorNode::settings(const NodeContext &context) const
{
    DetectorSettings settings;
    settings.formula = static_cast<Formula>(context.parameter(kParamFormula));
    settings.timeout = context.parameter(kParamTimeout);
    settings.threshold = context.parameter(kParamThreshold);
    settings.minDeviation = context.parameter(kParamMinDeviation);
    return settings;
}

void DetectorNode::start(NodeContext &context)
{
    mSettings = settings(context);
    const auto window = static_cast<std::size_t>(context.parameter(kParamWindow));
    for (NodeId peer = 1; peer <= mClusterSize; ++peer) {
        if (peer == mId)
            continue;
        // Until the first two heartbeats give an interval, the period is the only estimate.
        auto &state = mPeers[static_cast<std::size_t>(peer)];
        state = Peer{ArrivalWindow(window, context.parameter(kParamHeartbeat))};
        state.lastArrival = context.now();
        state.deadline = context.now() + crossingTime(mSettings, state.window);
    }
    noteRole(context);
    onTimer(context, kHeartbeatTimer);
    if (context.parameter(kParamSampleInterval) > 0)
        context.startTimer(kSampleTimer, context.parameter(kParamSampleInterval));
    rearm(context);
}

void DetectorNode::send(NodeContext &context, NodeId to, DetectorMessage::Kind kind, std::int64_t sequence)
{
    auto message = std::make_shared<DetectorMessage>();
    message->kind = kind;
    message->sequence = sequence;
    context.send(to, message);
}

void DetectorNode::noteRole(NodeContext &context)
{
    std::int64_t count = 0;
    for (NodeId peer = 1; peer <= mClusterSize; ++peer)
        count += peer != mId && suspects(peer) ? 1 : 0;
    if ((count > 0) != (mSuspectedCount > 0) || mSuspectedCount < 0)
        context.note({&kRoleNote, 0, {count}, count > 0 ? "suspecting" : "trusting"});
    mSuspectedCount = count;
}

void DetectorNode::heard(NodeContext &context, NodeId from, bool heartbeat)
{
    auto &peer = mPeers[static_cast<std::size_t>(from)];
    const VirtualTime now = context.now();
    // Intervals longer than the largest plausible one (a partition, a pause) are left out, as
    // Cassandra does, so one long silence does not blind the detector for the rest of the run.
    if (heartbeat && peer.counting && now - peer.lastArrival <= context.parameter(kParamMaxInterval))
        peer.window.add(now - peer.lastArrival);
    // A probe's answer proves life but is not a heartbeat: the next heartbeat starts a new interval.
    peer.counting = heartbeat;
    peer.lastArrival = now;
    peer.probes = 0;
    peer.level = suspicionLevel(mSettings, peer.window, 0);
    peer.deadline = now + crossingTime(mSettings, peer.window);
    if (peer.suspected) {
        peer.suspected = false;
        ++mWithdrawn;
        context.note({&kTrustNote, 0, {from, now - peer.suspectedAt}, {}});
        noteRole(context);
    }
    rearm(context);
}

void DetectorNode::expire(NodeContext &context, NodeId id)
{
    auto &peer = mPeers[static_cast<std::size_t>(id)];
    const VirtualTime now = context.now();
    peer.level = suspicionLevel(mSettings, peer.window, now - peer.lastArrival);
    // The limited retries: before suspecting, ask the silent peer directly a few times.
    if (peer.probes < context.parameter(kParamRetries)) {
        ++peer.probes;
        context.note({&kProbeNote, 0, {id, peer.probes, asHundredths(peer.level)}, {}});
        send(context, id, DetectorMessage::Kind::Probe, peer.probes);
        peer.deadline = now + context.parameter(kParamProbeTimeout);
        return;
    }
    peer.suspected = true;
    peer.suspectedAt = now;
    ++mSuspicions;
    context.note({&kSuspectNote, 0, {id, asHundredths(peer.level), now - peer.lastArrival}, {}});
    noteRole(context);
}

void DetectorNode::sample(const NodeContext &context)
{
    for (NodeId id = 1; id <= mClusterSize; ++id) {
        auto &peer = mPeers[static_cast<std::size_t>(id)];
        if (id != mId)
            peer.level = suspicionLevel(mSettings, peer.window, context.now() - peer.lastArrival);
    }
}

void DetectorNode::rearm(NodeContext &context)
{
    VirtualTime next = -1;
    for (NodeId id = 1; id <= mClusterSize; ++id) {
        const auto &peer = mPeers[static_cast<std::size_t>(id)];
        if (id != mId && !peer.suspected && (next < 0 || peer.deadline < next))
            next = peer.deadline;
    }
    if (next < 0)
        context.cancelTimer(kDeadlineTimer);
    else
        context.startTimer(kDeadlineTimer, next - context.now());
}

void DetectorNode::onMessage(NodeContext &context, NodeId from, const Message &raw)
{
    const auto &message = static_cast<const DetectorMessage &>(raw);
    switch (message.kind) {
    case DetectorMessage::Kind::Heartbeat:
        heard(context, from, true);
        break;
    case DetectorMessage::Kind::Probe:
        send(context, from, DetectorMessage::Kind::ProbeAck, message.sequence);
        break;
    case DetectorMessage::Kind::ProbeAck:
        heard(context, from, false);
        break;
    }
}

void DetectorNode::onTimer(NodeContext &context, int timer)
{
    switch (timer) {
    case kHeartbeatTimer:
        ++mSequence;
        for (NodeId peer = 1; peer <= mClusterSize; ++peer) {
            if (peer != mId)
                send(context, peer, DetectorMessage::Kind::Heartbeat, mSequence);
        }
        context.startTimer(kHeartbeatTimer, context.parameter(kParamHeartbeat));
        break;
    case kDeadlineTimer:
        for (NodeId id = 1; id <= mClusterSize; ++id) {
            const auto &peer = mPeers[static_cast<std::size_t>(id)];
            if (id != mId && !peer.suspected && peer.deadline <= context.now())
                expire(context, id);
        }
        rearm(context);
        break;
    case kSampleTimer:
        sample(context);
        context.startTimer(kSampleTimer, context.parameter(kParamSampleInterval));
        break;
    }
}

void DetectorNode::onClientRequest(NodeContext &context, const ClientRequest &request)
{
    context.replyFail(request.operation, "not supported");
}

} // namespace cs::failuredetect
