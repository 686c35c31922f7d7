#include "commitchecker.h"

#include "commitnotes.h"

namespace cs::commit {

namespace {

const char *word(bool commit)
{
    return commit ? "commit" : "abort";
}

} // namespace

CommitChecker::CommitChecker(int clusterSize, bool threePhase, ProgressBound bound)
    : mParticipants(clusterSize - 1)
    , mThreePhase(threePhase)
    , mBound(bound)
    , mProgress(clusterSize)
{
}

void CommitChecker::finish(VirtualTime end, std::vector<Violation> &out)
{
    if (!mProgress.up(kCoordinator) || !mProgress.whole())
        return;
    const auto before = out.size();
    mProgress.finish(end, mBound, "Transactions Decided", out);
    if (out.size() != before || mProgress.lastFault() + mBound.settle + mBound.bound > end)
        return;
    // A transaction begun before the faults stopped must be settled too, at the coordinator and at
    // every participant that voted (presumed abort tells no one who never voted).
    for (const auto &[tx, transaction] : mTransactions) {
        if (transaction.command.empty())
            continue;
        for (NodeId node = 1; node <= mParticipants + 1; ++node) {
            const bool involved = node == kCoordinator || transaction.votes.count(node) != 0;
            if (involved && mProgress.up(node) && transaction.settled.count(node) == 0) {
                out.push_back({0, "Transactions Decided", node,
                               "tx " + std::to_string(tx) + " (\"" + transaction.command + "\") is still undecided on node "
                                   + std::to_string(node) + ", " + formatDuration(end - mProgress.lastFault())
                                   + " after faults stopped"});
                return;
            }
        }
    }
}

std::unique_ptr<InvariantChecker> CommitChecker::clone() const
{
    return std::make_unique<CommitChecker>(*this);
}

void CommitChecker::report(NodeId node, std::string invariant, std::string detail)
{
    mPending.push_back(Violation{0, std::move(invariant), node, std::move(detail)});
}

bool CommitChecker::allVotedYes(const Transaction &transaction) const
{
    int yes = 0;
    for (const auto &[node, vote] : transaction.votes)
        yes += vote ? 1 : 0;
    return yes == mParticipants;
}

void CommitChecker::onDecision(NodeId node, std::int64_t tx, bool commit)
{
    auto &transaction = mTransactions[tx];
    const std::string value = word(commit);
    if (transaction.firstDecision.empty()) {
        transaction.firstDecision = value;
        transaction.firstDecider = node;
    } else if (transaction.firstDecision != value) {
        std::string detail = "node " + std::to_string(node) + " decided " + value + " for tx " + std::to_string(tx)
                             + " but node " + std::to_string(transaction.firstDecider) + " decided "
                             + transaction.firstDecision;
        if (mThreePhase)
            detail += " (the known limitation of 3PC: under a network partition each side can decide alone)";
        report(node, "Atomic Agreement", detail);
        transaction.firstDecider = node;
        transaction.firstDecision = value;
    }
    if (commit && !allVotedYes(transaction))
        report(node, "Commit Needs Every Yes",
               "tx " + std::to_string(tx) + " committed with " + std::to_string(transaction.votes.size()) + " votes of "
                   + std::to_string(mParticipants) + ", not all yes");
}

void CommitChecker::observeNote(VirtualTime at, const Note &note)
{
    const auto kind = note.schema->kind;
    const auto tx = note.number(0);
    if (kind == kDecideNote.kind || kind == kOutcomeNote.kind) {
        const auto known = mTransactions.find(tx);
        if (known != mTransactions.end()) {
            mProgress.applied(at, note.node, known->second.command);
            known->second.settled.insert(note.node);
        }
    }
    if (kind == kBeginNote.kind) {
        mTransactions[tx].command = note.text;
        mProgress.submitted(at, note.node, note.text);
    } else if (kind == kVoteNote.kind) {
        mTransactions[tx].votes[note.node] = note.text == "yes";
    } else if (kind == kDecideNote.kind) {
        const bool commit = note.text == "commit";
        if (!commit && note.number(3) == kReasonVotes && note.number(1) == note.number(2))
            report(note.node, "Commit When All Vote Yes",
                   "tx " + std::to_string(tx) + " aborted with all " + std::to_string(note.number(2)) + " yes votes in hand");
        onDecision(note.node, tx, commit);
    } else if (kind == kOutcomeNote.kind) {
        auto &transaction = mTransactions[tx];
        const bool commit = note.text == "commit";
        const auto previous = transaction.outcomes.find(note.node);
        if (previous != transaction.outcomes.end() && previous->second != commit)
            report(note.node, "No Reversal",
                   "node " + std::to_string(note.node) + " changed its outcome of tx " + std::to_string(tx) + " from "
                       + word(previous->second) + " to " + word(commit));
        transaction.outcomes[note.node] = commit;
        const auto vote = transaction.votes.find(note.node);
        const bool votedYes = vote != transaction.votes.end() && vote->second;
        // An uncertain participant may only adopt a decision someone else already made (the
        // coordinator, or a peer that aborted before voting); it never decides alone.
        if (!mThreePhase && votedYes && transaction.firstDecision.empty())
            report(note.node, "No Decision While Uncertain",
                   "node " + std::to_string(note.node) + " voted yes for tx " + std::to_string(tx) + " and decided "
                       + word(commit) + " before anyone else had decided");
        onDecision(note.node, tx, commit);
    }
}

void CommitChecker::check(VirtualTime, std::vector<Violation> &out)
{
    if (mPending.empty())
        return;
    out.insert(out.end(), mPending.begin(), mPending.end());
    mPending.clear();
}

} // namespace cs::commit
