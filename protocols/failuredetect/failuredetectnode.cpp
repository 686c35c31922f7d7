#include "failuredetectnode.h"

#include <cmath>
#include <cstdio>

#include "failuredetectnotes.h"

namespace cs::failuredetect {

const char *formulaName(Formula formula)
{
    switch (formula) {
    case Formula::FixedTimeout: return "fixed";
    case Formula::PhiNormal: return "phi-normal";
    case Formula::PhiLogistic: return "phi-logistic";
    }
    return "unknown";
}

namespace {

std::string hundredths(double value)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.2f", std::min(value, 999.0));
    return text;
}

std::int64_t asHundredths(double value)
{
    return static_cast<std::int64_t>(std::llround(std::min(value, 99999.0) * 100.0));
}

std::string seconds(VirtualTime time)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.1fs", static_cast<double>(time) / kSecond);
    return text;
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

std::string DetectorNode::shortLevel(NodeId id) const
{
    // Short enough for a node's caption: "n3 φ6.5" or "n3 1.2s".
    const double level = mPeers[static_cast<std::size_t>(id)].level;
    if (mSettings.formula == Formula::FixedTimeout)
        return seconds(static_cast<VirtualTime>(level * static_cast<double>(mSettings.timeout)));
    char text[32];
    std::snprintf(text, sizeof text, level >= 99.5 ? "\u03c6>99" : "\u03c6%.1f", level);
    return text;
}

std::string DetectorNode::levelText(NodeId id) const
{
    const auto &peer = mPeers[static_cast<std::size_t>(id)];
    if (mSettings.formula == Formula::FixedTimeout)
        return seconds(static_cast<VirtualTime>(peer.level * static_cast<double>(mSettings.timeout))) + " / "
               + seconds(mSettings.timeout);
    return "\u03c6 " + hundredths(peer.level) + " / " + std::to_string(mSettings.threshold);
}

NodeDescription DetectorNode::describe(std::size_t) const
{
    NodeDescription description;
    description.role = mSuspectedCount > 0 ? "suspecting" : "trusting";
    description.term = mSuspectedCount > 0 ? mSuspectedCount : 0;
    // The caption: the most suspected peer against the threshold.
    NodeId worst = 0;
    std::string suspected;
    for (NodeId id = 1; id <= mClusterSize; ++id) {
        if (id == mId)
            continue;
        if (worst == 0 || mPeers[static_cast<std::size_t>(id)].level > mPeers[static_cast<std::size_t>(worst)].level)
            worst = id;
        if (suspects(id))
            suspected += (suspected.empty() ? "n" : ",n") + std::to_string(id);
    }
    if (worst != 0)
        description.subtitle = "n" + std::to_string(worst) + " " + shortLevel(worst);
    description.fields.push_back({"detector", formulaName(mSettings.formula), false});
    description.fields.push_back({"suspects", suspected.empty() ? "none" : suspected, false});
    for (NodeId id = 1; id <= mClusterSize; ++id) {
        if (id == mId)
            continue;
        const auto &peer = mPeers[static_cast<std::size_t>(id)];
        std::string value = levelText(id);
        if (peer.suspected)
            value += " suspected";
        else if (peer.probes > 0)
            value += " probe " + std::to_string(peer.probes);
        description.fields.push_back({"n" + std::to_string(id), value, false});
    }
    description.fields.push_back({"suspicions raised", std::to_string(mSuspicions), false});
    description.fields.push_back({"suspicions withdrawn", std::to_string(mWithdrawn), false});
    return description;
}

} // namespace cs::failuredetect
