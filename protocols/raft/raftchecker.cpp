#include "raftchecker.h"

#include "raftnode.h"
#include "raftnotes.h"

namespace cs::raft {

namespace {

std::string entryText(std::int64_t index, std::int64_t term, const std::string &command)
{
    return std::to_string(index) + "@t" + std::to_string(term) + " \"" + command + "\"";
}

} // namespace

RaftChecker::RaftChecker(int clusterSize, ProgressBound bound)
    : mNodes(static_cast<std::size_t>(clusterSize) + 1)
    , mBound(bound)
    , mProgress(clusterSize)
{
}

std::unique_ptr<InvariantChecker> RaftChecker::clone() const
{
    return std::make_unique<RaftChecker>(*this);
}

void RaftChecker::report(NodeId node, std::string invariant, std::string detail)
{
    mPending.push_back(Violation{0, std::move(invariant), node, std::move(detail)});
}

void RaftChecker::observeNote(VirtualTime at, const Note &note)
{
    if (note.node < 1 || static_cast<std::size_t>(note.node) >= mNodes.size())
        return;
    auto &shadow = mNodes[static_cast<std::size_t>(note.node)];
    const auto kind = note.schema->kind;
    if (kind == kRoleNote.kind)
        onRole(note.node, shadow, note.number(0), note.text);
    else if (kind == kAppendNote.kind)
        onAppend(note.node, shadow, note.number(0), note.number(1), note.text);
    else if (kind == kTruncateNote.kind)
        onTruncate(note.node, shadow, note.number(0));
    else if (kind == kCommitNote.kind)
        onCommit(note.node, shadow, note.number(0));
    else if (kind == kRejectNote.kind)
        mProgress.refused(note.text);
    else if (kind == kApplyNote.kind) {
        onApply(note.node, shadow, note.number(0), note.number(1), note.text);
        mProgress.applied(at, note.node, note.text);
    }
}

void RaftChecker::observeCrash(VirtualTime at, NodeId node)
{
    mProgress.crash(at, node);
    auto &shadow = mNodes[static_cast<std::size_t>(node)];
    shadow.role = "down";
    shadow.commitIndex = 0;
    shadow.lastApplied = 0;
}

void RaftChecker::observeRestart(VirtualTime at, NodeId node)
{
    mProgress.restart(at, node);
}

void RaftChecker::observeNetwork(VirtualTime at, const Input &input)
{
    mProgress.network(at, input);
}

void RaftChecker::observeClient(VirtualTime at, const Input &input)
{
    // Followers forward commands to the leader they know, so a command to any live node counts.
    mProgress.submitted(at, input.node, input.request().commandText());
}

void RaftChecker::finish(VirtualTime end, std::vector<Violation> &out)
{
    if (mProgress.upCount() * 2 > static_cast<int>(mNodes.size()) - 1)
        mProgress.finish(end, mBound, "Commands Applied", out);
}

void RaftChecker::onRole(NodeId node, Shadow &shadow, std::int64_t term, const std::string &role)
{
    if (term < shadow.term)
        report(node, "Monotonic Term",
               "term went from " + std::to_string(shadow.term) + " back to " + std::to_string(term));
    shadow.term = term;
    shadow.role = role;
    if (role != "leader")
        return;
    auto [it, inserted] = mLeaders.emplace(term, node);
    if (!inserted && it->second != node)
        report(node, "Election Safety",
               "node " + std::to_string(node) + " became leader of term " + std::to_string(term)
                   + " which already had leader " + std::to_string(it->second));
    checkLeaderCompleteness(node, shadow);
}

void RaftChecker::checkLeaderCompleteness(NodeId node, const Shadow &shadow)
{
    for (std::size_t i = 0; i < mCommitted.size(); ++i) {
        const auto index = static_cast<std::int64_t>(i) + 1;
        const auto &committed = mCommitted[i];
        if (mCommittedInTerm[i] >= shadow.term)
            return;
        if (i >= shadow.log.size() || shadow.log[i] != committed) {
            report(node, "Leader Completeness",
                   "leader of term " + std::to_string(shadow.term) + " lacks committed entry "
                       + entryText(index, committed.first, committed.second));
            return;
        }
    }
}

void RaftChecker::onAppend(NodeId node, Shadow &shadow, std::int64_t index, std::int64_t term,
                           const std::string &command)
{
    if (index != static_cast<std::int64_t>(shadow.log.size()) + 1) {
        report(node, "Log Continuity",
               "appended index " + std::to_string(index) + " to a log of " + std::to_string(shadow.log.size()));
        return;
    }
    const std::int64_t previousTerm = shadow.log.empty() ? 0 : shadow.log.back().first;
    shadow.log.push_back(std::make_pair(term, command));
    const auto slot = static_cast<std::size_t>(index - 1);
    while (mEntries.size() <= slot)
        mEntries.push_back({});
    for (const auto &seen : mEntries[slot]) {
        if (seen.term != term)
            continue;
        if (seen.command != command || seen.previousTerm != previousTerm)
            report(node, "Log Matching",
                   "entry " + entryText(index, term, command) + " after a term-" + std::to_string(previousTerm)
                       + " entry differs from the same index and term elsewhere (\"" + seen.command + "\" after term "
                       + std::to_string(seen.previousTerm) + ")");
        return;
    }
    auto identities = mEntries[slot];
    identities.push_back(EntryIdentity{term, command, previousTerm});
    mEntries.set(slot, std::move(identities));
}

void RaftChecker::onTruncate(NodeId node, Shadow &shadow, std::int64_t from)
{
    if (shadow.role == "leader")
        report(node, "Leader Append-Only",
               "leader of term " + std::to_string(shadow.term) + " removed entries from index " + std::to_string(from));
    if (from <= shadow.commitIndex)
        report(node, "State Machine Safety",
               "removed committed entries from index " + std::to_string(from) + " (commit index "
                   + std::to_string(shadow.commitIndex) + ")");
    if (from >= 1 && from <= static_cast<std::int64_t>(shadow.log.size()) + 1)
        shadow.log.truncate(static_cast<std::size_t>(from - 1));
}

void RaftChecker::onCommit(NodeId node, Shadow &shadow, std::int64_t index)
{
    if (index < shadow.commitIndex)
        report(node, "Monotonic Commit",
               "commit index went from " + std::to_string(shadow.commitIndex) + " back to " + std::to_string(index));
    if (index > static_cast<std::int64_t>(shadow.log.size())) {
        report(node, "Commit Within Log",
               "commit index " + std::to_string(index) + " beyond a log of " + std::to_string(shadow.log.size()));
        return;
    }
    if (shadow.role == "leader" && index > shadow.commitIndex)
        checkCommitRule(node, shadow, index);
    for (auto i = std::max<std::int64_t>(shadow.commitIndex, 0); i < index; ++i) {
        const auto &entry = shadow.log[static_cast<std::size_t>(i)];
        if (static_cast<std::size_t>(i) < mCommitted.size()) {
            if (mCommitted[static_cast<std::size_t>(i)] != entry)
                report(node, "State Machine Safety",
                       "committed " + entryText(i + 1, entry.first, entry.second) + " where "
                           + entryText(i + 1, mCommitted[static_cast<std::size_t>(i)].first,
                                       mCommitted[static_cast<std::size_t>(i)].second)
                           + " was committed before");
        } else {
            mCommitted.push_back(entry);
            mCommittedInTerm.push_back(shadow.term);
        }
    }
    shadow.commitIndex = std::max(shadow.commitIndex, index);
}

void RaftChecker::checkCommitRule(NodeId node, const Shadow &shadow, std::int64_t index)
{
    const auto &entry = shadow.log[static_cast<std::size_t>(index - 1)];
    if (entry.first != shadow.term)
        report(node, "Leader Commits Own Term",
               "leader of term " + std::to_string(shadow.term) + " committed up to "
                   + entryText(index, entry.first, entry.second) + ", an entry of an earlier term");
    int holders = 0;
    for (const auto &other : mNodes) {
        holders += static_cast<std::int64_t>(other.log.size()) >= index
                   && other.log[static_cast<std::size_t>(index - 1)].first == entry.first;
    }
    const int cluster = static_cast<int>(mNodes.size()) - 1;
    if (holders * 2 <= cluster)
        report(node, "Commit By Majority",
               "leader of term " + std::to_string(shadow.term) + " committed " + entryText(index, entry.first, entry.second)
                   + ", held by " + std::to_string(holders) + " of " + std::to_string(cluster) + " nodes");
}

void RaftChecker::onApply(NodeId node, Shadow &shadow, std::int64_t index, std::int64_t term,
                          const std::string &command)
{
    if (index != shadow.lastApplied + 1)
        report(node, "Apply In Order",
               "applied index " + std::to_string(index) + " after " + std::to_string(shadow.lastApplied));
    if (index > shadow.commitIndex)
        report(node, "Apply Only Committed",
               "applied index " + std::to_string(index) + " beyond commit index " + std::to_string(shadow.commitIndex));
    shadow.lastApplied = index;
    const auto slot = static_cast<std::size_t>(index - 1);
    if (index >= 1 && slot < mCommitted.size() && mCommitted[slot] != std::make_pair(term, command))
        report(node, "State Machine Safety",
               "applied " + entryText(index, term, command) + " where others applied "
                   + entryText(index, mCommitted[slot].first, mCommitted[slot].second));
}

void RaftChecker::check(VirtualTime, std::vector<Violation> &out)
{
    if (mPending.empty())
        return;
    out.insert(out.end(), mPending.begin(), mPending.end());
    mPending.clear();
}

void RaftChecker::crossCheck(VirtualTime, NodeId node, const ProtocolNode &state, std::vector<Violation> &out)
{
    const auto &raft = static_cast<const RaftNode &>(state);
    const auto &shadow = mNodes[static_cast<std::size_t>(node)];
    const auto shadowLastTerm = shadow.log.empty() ? 0 : shadow.log.back().first;
    if (raft.currentTerm() != shadow.term || roleName(raft.role()) != shadow.role
        || raft.lastLogIndex() != static_cast<std::int64_t>(shadow.log.size()) || raft.lastLogTerm() != shadowLastTerm
        || raft.commitIndex() != shadow.commitIndex) {
        out.push_back(Violation{0, "Notes Match State", node,
                                "node " + std::to_string(node) + " is a " + roleName(raft.role()) + " of term "
                                    + std::to_string(raft.currentTerm()) + " with log " + std::to_string(raft.lastLogIndex())
                                    + " and commit " + std::to_string(raft.commitIndex())
                                    + ", but its notes say otherwise"});
    }
}

} // namespace cs::raft
