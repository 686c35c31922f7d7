#include "quorumnode.h"

#include <algorithm>

#include "quorumnotes.h"

namespace cs::quorum {

std::string versionNoteText(const std::string &key, const VersionSet &set)
{
    return key + " " + idsText(set);
}

QuorumNode::QuorumNode(NodeId id, int clusterSize, Variant variant)
    : mId(id)
    , mClusterSize(clusterSize)
    , mVariant(variant)
{
}

std::unique_ptr<ProtocolNode> QuorumNode::durableRemains() const
{
    // The store, the hints and the clock are on disk; requests in progress are forgotten, so
    // their clients time out.
    auto remains = std::make_unique<QuorumNode>(mId, mClusterSize, mVariant);
    remains->mStore = mStore;
    remains->mHints = mHints;
    remains->mClock = mClock;
    return remains;
}

int QuorumNode::replicas(NodeContext &context) const
{
    return static_cast<int>(std::clamp<std::int64_t>(context.parameter(kParamReplicas), 1, mClusterSize));
}

bool QuorumNode::lastWriterWins(NodeContext &context) const
{
    return context.parameter(kParamReconcile) == kLastWriterWins;
}

std::vector<NodeId> QuorumNode::preferenceList(NodeContext &context, const std::string &key) const
{
    auto ring = ringFrom(key, mClusterSize);
    ring.resize(static_cast<std::size_t>(replicas(context)));
    return ring;
}

void QuorumNode::observe(const VersionSet &versions)
{
    for (const auto &version : versions)
        mClock = std::max(mClock, version.id.stamp);
}

void QuorumNode::send(NodeContext &context, NodeId to, std::shared_ptr<QuorumMessage> message)
{
    context.send(to, std::move(message));
}

void QuorumNode::onMessage(NodeContext &context, NodeId from, const Message &message)
{
    const auto *quorum = dynamic_cast<const QuorumMessage *>(&message);
    if (!quorum)
        return;
    observe(quorum->versions);
    for (const auto &[key, set] : quorum->entries)
        observe(set);
    switch (quorum->kind) {
    case QuorumMessage::Kind::PutAck:
    case QuorumMessage::Kind::GetReply:
        answered(context, quorum->operation, from, quorum->versions);
        break;
    default:
        onReplicaMessage(context, from, *quorum);
        break;
    }
}

void QuorumNode::onTimer(NodeContext &context, int timer)
{
    if (timer == kRequestTimer) {
        onRequestTimer(context);
        return;
    }
    for (const auto &[hint, versions] : mHints) {
        auto message = std::make_shared<QuorumMessage>();
        message->kind = QuorumMessage::Kind::Handoff;
        message->key = hint.second;
        message->hintFor = hint.first;
        message->versions = versions;
        send(context, hint.first, std::move(message));
    }
    sendDigests(context);
    armAntiEntropy(context, false);
}

void QuorumNode::onClientRequest(NodeContext &context, const ClientRequest &request)
{
    // A plain command is read as the store's own words: "key=value" writes, "get key" reads.
    auto kind = request.kind;
    auto key = request.key;
    auto value = request.value;
    if (kind == OperationKind::Command) {
        const auto &text = request.value;
        if (text.rfind("get ", 0) == 0 && text.size() > 4) {
            kind = OperationKind::Read;
            key = text.substr(4);
        } else if (const auto eq = text.find('='); eq != std::string::npos && eq > 0) {
            kind = OperationKind::Write;
            key = text.substr(0, eq);
            value = text.substr(eq + 1);
        } else {
            context.replyFail(request.operation, "not a key-value operation");
            return;
        }
    }
    if (kind == OperationKind::Write)
        startWrite(context, request.operation, key, value);
    else
        startRead(context, request.operation, key);
}

NodeDescription QuorumNode::describe(std::size_t) const
{
    NodeDescription description;
    description.role = !mHints.empty() ? "hinting" : !mRequests.empty() ? "coordinating" : "replica";
    description.term = mClock;
    description.subtitle = std::to_string(mStore.size()) + " keys";
    description.fields.push_back({"keys", std::to_string(mStore.size()), true});
    description.fields.push_back({"hints", std::to_string(mHints.size()), true});
    description.fields.push_back({"clock", std::to_string(mClock), true});
    description.fields.push_back({"requests", std::to_string(mRequests.size()), false});
    for (const auto &[key, set] : mStore) {
        std::string text;
        for (const auto &version : set)
            text += (text.empty() ? "" : "|") + version.value + "@" + version.id.text();
        description.fields.push_back({key, text, true});
    }
    for (const auto &[hint, set] : mHints)
        description.fields.push_back({"hint " + hint.second + " for n" + std::to_string(hint.first), idsText(set), true});
    return description;
}

} // namespace cs::quorum
