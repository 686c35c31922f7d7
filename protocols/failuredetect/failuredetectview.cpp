#include "failuredetectnode.h"

#include <algorithm>
#include <cstdio>

// How a detector node shows itself: the formula's name, the caption and the inspector's fields.
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

std::string seconds(VirtualTime time)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.1fs", static_cast<double>(time) / kSecond);
    return text;
}

} // namespace

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
