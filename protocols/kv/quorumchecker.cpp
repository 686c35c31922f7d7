#include "quorumchecker.h"

#include <algorithm>
#include <sstream>

#include "quorumnotes.h"

namespace cs::quorum {

namespace {

// "key 1,3" -> key and nodes.
std::pair<std::string, std::vector<NodeId>> keyAndNodes(const std::string &text)
{
    const auto space = text.find(' ');
    std::pair<std::string, std::vector<NodeId>> result{text.substr(0, space), {}};
    if (space == std::string::npos)
        return result;
    std::stringstream in(text.substr(space + 1));
    std::string part;
    while (std::getline(in, part, ',')) {
        if (part != "-")
            result.second.push_back(std::stoi(part));
    }
    return result;
}

std::string nodesText(const std::vector<NodeId> &nodes)
{
    std::string text;
    for (const auto node : nodes)
        text += (text.empty() ? "n" : ", n") + std::to_string(node);
    return text;
}

} // namespace

QuorumChecker::QuorumChecker(const ParameterValues &parameters, VirtualTime settle)
    : mSize(static_cast<int>(parameters[kParamNodes]))
    , mReplicas(static_cast<int>(std::clamp<std::int64_t>(parameters[kParamReplicas], 1, mSize)))
    , mWriteQuorum(static_cast<int>(std::clamp<std::int64_t>(parameters[kParamWriteQuorum], 1, mReplicas)))
    , mReadQuorum(static_cast<int>(std::clamp<std::int64_t>(parameters[kParamReadQuorum], 1, mReplicas)))
    , mSettle(settle)
    , mProgress(mSize)
{
}

void QuorumChecker::observeParameter(VirtualTime, int parameter, std::int64_t value)
{
    // W and R change while the store runs; the coordinators count replies against the new value.
    if (parameter == kParamWriteQuorum)
        mWriteQuorum = static_cast<int>(std::clamp<std::int64_t>(value, 1, mReplicas));
    else if (parameter == kParamReadQuorum)
        mReadQuorum = static_cast<int>(std::clamp<std::int64_t>(value, 1, mReplicas));
}

std::vector<NodeId> QuorumChecker::preference(const std::string &key) const
{
    auto ring = ringFrom(key, mSize);
    ring.resize(static_cast<std::size_t>(mReplicas));
    return ring;
}

void QuorumChecker::fail(VirtualTime at, const char *invariant, NodeId node, std::string detail)
{
    mPending.push_back({at, invariant, node, std::move(detail)});
}

void QuorumChecker::observeNote(VirtualTime at, const Note &note)
{
    if (note.schema == &kVersionNote) {
        const auto space = note.text.find(' ');
        const Replica replica{note.node, note.text.substr(0, space)};
        const VersionId id{note.number(1), static_cast<NodeId>(note.number(2))};
        const auto previous = mNewest[replica];
        if (id < previous)
            fail(at, "Versions Never Go Back", note.node,
                 "n" + std::to_string(note.node) + " went from version " + previous.text() + " of " + replica.second
                     + " back to " + id.text());
        mNewest[replica] = id;
        mHeld[replica] = note.text.substr(space + 1);
        mKeys.insert(replica.second);
    } else if (note.schema == &kHintNote) {
        const Replica holder{note.node, note.text};
        mHinted[holder] = std::max(mHinted[holder], VersionId{note.number(1), static_cast<NodeId>(note.number(2))});
        mOpenHints.insert({note.node, static_cast<NodeId>(note.number(0)), note.text});
    } else if (note.schema == &kHandoffNote) {
        mOpenHints.erase({note.node, static_cast<NodeId>(note.number(0)), note.text});
    } else if (note.schema == &kWrittenNote) {
        checkWritten(at, note);
    } else if (note.schema == &kReadNote) {
        checkRead(at, note);
    }
}

void QuorumChecker::checkWritten(VirtualTime at, const Note &note)
{
    const auto [key, acks] = keyAndNodes(note.text);
    const VersionId id{note.number(1), static_cast<NodeId>(note.number(2))};
    const auto where = "op" + std::to_string(note.number(0)) + " (" + key + " " + id.text() + ")";
    std::set<NodeId> distinct(acks.begin(), acks.end());
    if (static_cast<int>(distinct.size()) < mWriteQuorum || distinct.size() != acks.size()) {
        fail(at, "Write Quorum", note.node,
             where + " acknowledged after " + std::to_string(distinct.size()) + " distinct acks (" + nodesText(acks)
                 + "), W is " + std::to_string(mWriteQuorum));
        return;
    }
    const auto owners = preference(key);
    for (const auto node : acks) {
        const bool owner = std::find(owners.begin(), owners.end(), node) != owners.end();
        const Replica replica{node, key};
        const bool holds = owner ? mNewest[replica] >= id : mHinted[replica] >= id;
        if (!holds) {
            fail(at, "Write Quorum", note.node,
                 where + " counted an ack from n" + std::to_string(node) + ", which holds no such version"
                     + (owner ? "" : " nor a hint for it"));
            return;
        }
    }
}

void QuorumChecker::checkRead(VirtualTime at, const Note &note)
{
    const auto [key, replies] = keyAndNodes(note.text);
    const std::set<NodeId> distinct(replies.begin(), replies.end());
    if (static_cast<int>(distinct.size()) < mReadQuorum || distinct.size() != replies.size())
        fail(at, "Read Quorum", note.node,
             "op" + std::to_string(note.number(0)) + " (read " + key + ") answered after "
                 + std::to_string(distinct.size()) + " distinct replies (" + nodesText(replies) + "), R is "
                 + std::to_string(mReadQuorum));
}

void QuorumChecker::check(VirtualTime, std::vector<Violation> &out)
{
    out.insert(out.end(), mPending.begin(), mPending.end());
    mPending.clear();
}

void QuorumChecker::finish(VirtualTime end, std::vector<Violation> &out)
{
    // Judged only when the whole cluster is up and connected and has been quiet long enough.
    const VirtualTime quietSince = std::max(mProgress.lastFault(), mLastClient);
    if (!mProgress.whole() || mProgress.upCount() != mSize || end - quietSince < mSettle)
        return;
    for (const auto &key : mKeys) {
        const auto owners = preference(key);
        std::string first;
        std::string detail;
        bool differ = false;
        for (const auto node : owners) {
            const auto it = mHeld.find({node, key});
            const auto held = it == mHeld.end() ? std::string("-") : it->second;
            detail += (detail.empty() ? "" : ", ") + ("n" + std::to_string(node)) + " " + held;
            differ = differ || (node != owners.front() && held != first);
            if (node == owners.front())
                first = held;
        }
        if (differ) {
            out.push_back({end, "Replicas Converge", owners.front(),
                           "the replicas of " + key + " still differ " + formatDuration(end - quietSince)
                               + " after faults and clients stopped: " + detail});
            return;
        }
    }
    if (!mOpenHints.empty()) {
        const auto &[holder, owner, key] = *mOpenHints.begin();
        out.push_back({end, "Replicas Converge", holder,
                       "n" + std::to_string(holder) + " still holds a hint of " + key + " for n" + std::to_string(owner)});
    }
}

} // namespace cs::quorum
