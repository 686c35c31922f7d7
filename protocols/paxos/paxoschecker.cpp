#include "paxoschecker.h"

#include "paxosnotes.h"

namespace cs::paxos {

namespace {

std::string ballotText(std::int64_t code)
{
    return "#" + std::to_string(code / 1000) + "." + std::to_string(code % 1000);
}

} // namespace

PaxosChecker::PaxosChecker(int acceptors, int clusterSize, int proposers, VirtualTime bound)
    : mAcceptors(acceptors)
    , mPromised(static_cast<std::size_t>(clusterSize) + 1, 0)
    , mProposers(proposers)
    , mBound(bound)
    , mProgress(clusterSize)
    , mLearnedAt(static_cast<std::size_t>(clusterSize) + 1, -1)
{
}

void PaxosChecker::report(NodeId node, std::string invariant, std::string detail)
{
    mPending.push_back({0, std::move(invariant), node, std::move(detail)});
}

void PaxosChecker::checkAgainstChosen(NodeId node, std::int64_t ballot, const std::string &value, const char *what)
{
    if (mChosenBallot != 0 && ballot > mChosenBallot && value != mChosenValue)
        report(node, "Higher Ballots Carry The Chosen Value",
               std::string(what) + " " + ballotText(ballot) + " carries \"" + value + "\" but \"" + mChosenValue
                   + "\" was chosen at " + ballotText(mChosenBallot));
}

void PaxosChecker::observeCrash(VirtualTime at, NodeId node)
{
    mProgress.crash(at, node);
    mFirstRequest = -1;
}

void PaxosChecker::observeRestart(VirtualTime at, NodeId node)
{
    mProgress.restart(at, node);
    mFirstRequest = -1;
}

void PaxosChecker::observeNetwork(VirtualTime at, const Input &input)
{
    mProgress.network(at, input);
    mFirstRequest = -1;
}

void PaxosChecker::observeClient(VirtualTime at, const Input &input)
{
    const bool proposer = mProposers >= static_cast<int>(mPromised.size()) - 1 || input.node <= mProposers;
    if (mFirstRequest < 0 && proposer && input.node >= 1 && mProgress.up(input.node))
        mFirstRequest = at;
}

void PaxosChecker::finish(VirtualTime end, std::vector<Violation> &out)
{
    const int size = static_cast<int>(mPromised.size()) - 1;
    int acceptorsUp = 0;
    for (NodeId node = size - mAcceptors + 1; node <= size; ++node)
        acceptorsUp += mProgress.up(node) ? 1 : 0;
    if (mFirstRequest < 0 || mFirstRequest + mBound > end || !mProgress.whole() || acceptorsUp * 2 <= mAcceptors)
        return;
    // Proposers are the learners that must learn; an acceptor that missed the one Decide (cut off
    // or crashed when it was sent) may stay ignorant.
    for (NodeId node = 1; node <= std::min(size, mProposers); ++node) {
        const auto learned = mLearnedAt[static_cast<std::size_t>(node)];
        if (mProgress.up(node) && (learned < 0 || learned > mFirstRequest + mBound)) {
            out.push_back({0, "Value Learned", node,
                           "a value was given to a proposer at " + formatDuration(mFirstRequest)
                               + " (faults stopped at " + formatDuration(mProgress.lastFault()) + ") but node "
                               + std::to_string(node) + " had learned nothing within " + formatDuration(mBound)});
            return;
        }
    }
}

void PaxosChecker::observeNote(VirtualTime at, const Note &note)
{
    const auto kind = note.schema->kind;
    const auto node = note.node;
    if (kind == kPromiseNote.kind) {
        auto &promised = mPromised[static_cast<std::size_t>(node)];
        if (note.number(0) < promised)
            report(node, "Promise Never Decreases",
                   "acceptor " + std::to_string(node) + " promised " + ballotText(note.number(0)) + " after promising "
                       + ballotText(promised));
        promised = std::max(promised, note.number(0));
    } else if (kind == kProposeNote.kind) {
        mProposed[note.number(0)] = note.text;
        checkAgainstChosen(node, note.number(0), note.text, "proposal");
    } else if (kind == kAcceptNote.kind) {
        const auto ballot = note.number(0);
        auto &promised = mPromised[static_cast<std::size_t>(node)];
        if (ballot < promised)
            report(node, "Never Accept Below Promise",
                   "acceptor " + std::to_string(node) + " accepted " + ballotText(ballot) + " after promising "
                       + ballotText(promised));
        promised = std::max(promised, ballot);
        const auto proposed = mProposed.find(ballot);
        if (proposed == mProposed.end() || proposed->second != note.text)
            report(node, "Accepted Value Was Proposed",
                   "acceptor " + std::to_string(node) + " accepted \"" + note.text + "\" which no proposer proposed at "
                       + ballotText(ballot));
        const auto [it, inserted] = mBallotValue.emplace(ballot, note.text);
        if (!inserted && it->second != note.text)
            report(node, "One Value Per Ballot",
                   "ballot " + ballotText(ballot) + " carries both \"" + it->second + "\" and \"" + note.text + "\"");
        checkAgainstChosen(node, ballot, note.text, "accept at");
        auto &acceptors = mAcceptedBy[ballot];
        acceptors.insert(node);
        if (static_cast<int>(acceptors.size()) * 2 > mAcceptors) {
            if (mChosenBallot != 0 && mChosenValue != note.text)
                report(node, "At Most One Chosen",
                       "\"" + note.text + "\" chosen at " + ballotText(ballot) + " after \"" + mChosenValue + "\" at "
                           + ballotText(mChosenBallot));
            if (mChosenBallot == 0 || ballot < mChosenBallot) {
                mChosenBallot = ballot;
                mChosenValue = note.text;
            }
        }
    } else if (kind == kLearnNote.kind) {
        auto &learned = mLearnedAt[static_cast<std::size_t>(node)];
        if (learned < 0)
            learned = at;
        if (mChosenBallot == 0 || note.text != mChosenValue)
            report(node, "Learners Learn Only Chosen",
                   "node " + std::to_string(node) + " learned \"" + note.text + "\""
                       + (mChosenBallot ? " but \"" + mChosenValue + "\" was chosen" : " before anything was chosen"));
    }
}

void PaxosChecker::check(VirtualTime, std::vector<Violation> &out)
{
    out.insert(out.end(), mPending.begin(), mPending.end());
    mPending.clear();
}

} // namespace cs::paxos
