#include <algorithm>

#include "quorumnode.h"
#include "quorumnotes.h"

namespace cs::quorum {

VersionSet QuorumNode::acceptPut(NodeContext &context, OperationId operation, const std::string &key,
                                 const VersionSet &versions, NodeId hintFor)
{
    const auto id = newest(versions);
    if (hintFor) {
        storeHint(context, hintFor, key, versions);
        context.note({&kHintNote, 0, {hintFor, id.stamp, id.writer, static_cast<std::int64_t>(operation)}, key});
        return mHints[{hintFor, key}];
    }
    storeVersions(context, key, versions);
    context.note({&kStoredNote, 0, {static_cast<std::int64_t>(operation), id.stamp, id.writer}, key});
    const auto it = mStore.find(key);
    return it == mStore.end() ? VersionSet{} : it->second;
}

void QuorumNode::storeVersions(NodeContext &context, const std::string &key, const VersionSet &versions)
{
    auto &set = mStore[key];
    MergeResult result;
    if (mVariant == Variant::OverwritesBlindly) {
        result.changed = idsText(set) != idsText(versions);
        set = versions;
    } else {
        result = merge(set, versions, lastWriterWins(context));
    }
    for (const auto &[lost, kept] : result.lost)
        context.note({&kLostNote, 0, {lost.stamp, lost.writer, kept.stamp, kept.writer}, key});
    if (result.changed) {
        const auto id = newest(set);
        context.note({&kVersionNote, 0, {static_cast<std::int64_t>(set.size()), id.stamp, id.writer},
                      versionNoteText(key, set)});
    }
    if (set.empty())
        mStore.erase(key);
}

void QuorumNode::storeHint(NodeContext &context, NodeId owner, const std::string &key, const VersionSet &versions)
{
    merge(mHints[{owner, key}], versions, lastWriterWins(context));
}

void QuorumNode::handOff(NodeContext &context, NodeId owner, const std::string &key, const VersionSet &delivered)
{
    // The owner has what this node held for it: the hint is dropped, unless a newer write
    // arrived for the owner meanwhile (the next round hands that off).
    const auto it = mHints.find({owner, key});
    if (it == mHints.end())
        return;
    const bool covered = std::all_of(it->second.begin(), it->second.end(), [&](const Version &held) {
        return std::any_of(delivered.begin(), delivered.end(), [&](const Version &sent) { return sent.id == held.id; });
    });
    if (!covered)
        return;
    const auto id = newest(it->second);
    mHints.erase(it);
    context.note({&kHandoffNote, 0, {owner, id.stamp, id.writer}, key});
}

void QuorumNode::sendDigests(NodeContext &context)
{
    // Each node tells every other replica of its keys which versions it holds; the peer answers
    // with what differs.
    for (NodeId peer = 1; peer <= mClusterSize; ++peer) {
        if (peer == mId)
            continue;
        auto message = std::make_shared<QuorumMessage>();
        message->kind = QuorumMessage::Kind::Digest;
        for (const auto &[key, set] : mStore) {
            const auto preference = preferenceList(context, key);
            if (std::find(preference.begin(), preference.end(), peer) == preference.end())
                continue;
            auto &ids = message->digest[key];
            for (const auto &version : set)
                ids.push_back(version.id);
        }
        if (!message->digest.empty())
            send(context, peer, std::move(message));
    }
}

void QuorumNode::answerDigest(NodeContext &context, NodeId from, const QuorumMessage &digest)
{
    auto reply = std::make_shared<QuorumMessage>();
    reply->kind = QuorumMessage::Kind::DigestReply;
    for (const auto &[key, ids] : digest.digest) {
        const auto preference = preferenceList(context, key);
        if (std::find(preference.begin(), preference.end(), mId) == preference.end())
            continue;
        const auto it = mStore.find(key);
        std::vector<VersionId> mine;
        if (it != mStore.end()) {
            for (const auto &version : it->second)
                mine.push_back(version.id);
        }
        if (mine == ids)
            continue;
        if (!mine.empty())
            reply->entries[key] = it->second;
        if (std::any_of(ids.begin(), ids.end(),
                        [&](const VersionId &id) { return std::find(mine.begin(), mine.end(), id) == mine.end(); }))
            reply->wanted.push_back(key);
    }
    // Keys this node holds that the digest's sender replicates too but did not list.
    for (const auto &[key, set] : mStore) {
        if (digest.digest.contains(key))
            continue;
        const auto preference = preferenceList(context, key);
        if (std::find(preference.begin(), preference.end(), from) != preference.end())
            reply->entries[key] = set;
    }
    if (!reply->entries.empty() || !reply->wanted.empty())
        send(context, from, std::move(reply));
}

void QuorumNode::onReplicaMessage(NodeContext &context, NodeId from, const QuorumMessage &message)
{
    using Kind = QuorumMessage::Kind;
    switch (message.kind) {
    case Kind::Put: {
        auto ack = std::make_shared<QuorumMessage>();
        ack->kind = Kind::PutAck;
        ack->operation = message.operation;
        ack->key = message.key;
        ack->versions = acceptPut(context, message.operation, message.key, message.versions, message.hintFor);
        send(context, from, std::move(ack));
        break;
    }
    case Kind::Get: {
        auto reply = std::make_shared<QuorumMessage>();
        reply->kind = Kind::GetReply;
        reply->operation = message.operation;
        reply->key = message.key;
        if (const auto it = mStore.find(message.key); it != mStore.end())
            reply->versions = it->second;
        send(context, from, std::move(reply));
        break;
    }
    case Kind::Repair:
        storeVersions(context, message.key, message.versions);
        break;
    case Kind::Handoff: {
        storeVersions(context, message.key, message.versions);
        auto ack = std::make_shared<QuorumMessage>();
        ack->kind = Kind::HandoffAck;
        ack->key = message.key;
        ack->hintFor = mId;
        ack->versions = message.versions;
        send(context, from, std::move(ack));
        break;
    }
    case Kind::HandoffAck:
        handOff(context, message.hintFor, message.key, message.versions);
        break;
    case Kind::Digest:
        answerDigest(context, from, message);
        break;
    case Kind::DigestReply: {
        for (const auto &[key, set] : message.entries)
            storeVersions(context, key, set);
        auto push = std::make_shared<QuorumMessage>();
        push->kind = Kind::Push;
        for (const auto &key : message.wanted) {
            if (const auto it = mStore.find(key); it != mStore.end())
                push->entries[key] = it->second;
        }
        if (!push->entries.empty())
            send(context, from, std::move(push));
        break;
    }
    case Kind::Push:
        for (const auto &[key, set] : message.entries)
            storeVersions(context, key, set);
        break;
    case Kind::PutAck:
    case Kind::GetReply:
        break;
    }
}

void QuorumNode::armAntiEntropy(NodeContext &context, bool first)
{
    if (mVariant == Variant::WritesOnlyQuorum)
        return;
    const auto interval = context.parameter(kParamAntiEntropy);
    // Nodes start their rounds at different moments so digests do not cross in lockstep.
    const auto delay = first ? interval * mId / (mClusterSize + 1) : interval;
    context.startTimer(kAntiEntropyTimer, std::max<VirtualTime>(delay, 1));
}

} // namespace cs::quorum
