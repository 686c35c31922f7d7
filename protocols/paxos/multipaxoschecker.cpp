#include "multipaxoschecker.h"

#include "multipaxosnotes.h"

namespace cs::paxos {

namespace {

std::string ballotText(std::int64_t code)
{
    return "#" + std::to_string(code / 1000) + "." + std::to_string(code % 1000);
}

} // namespace

MultiPaxosChecker::MultiPaxosChecker(int clusterSize, ProgressBound bound)
    : mMajority(clusterSize / 2 + 1)
    , mPromised(static_cast<std::size_t>(clusterSize) + 1, 0)
    , mLeading(static_cast<std::size_t>(clusterSize) + 1, false)
    , mBound(bound)
    , mProgress(clusterSize)
{
}

void MultiPaxosChecker::observeCrash(VirtualTime at, NodeId node)
{
    mLeading[static_cast<std::size_t>(node)] = false;
    mProgress.crash(at, node);
}

void MultiPaxosChecker::observeRestart(VirtualTime at, NodeId node)
{
    mProgress.restart(at, node);
}

void MultiPaxosChecker::observeNetwork(VirtualTime at, const Input &input)
{
    mProgress.network(at, input);
}

void MultiPaxosChecker::observeClient(VirtualTime at, const Input &input)
{
    if (input.node >= 1 && static_cast<std::size_t>(input.node) < mLeading.size()
        && mLeading[static_cast<std::size_t>(input.node)])
        mProgress.submitted(at, input.node, input.request().commandText());
}

void MultiPaxosChecker::finish(VirtualTime end, std::vector<Violation> &out)
{
    if (mProgress.upCount() >= mMajority)
        mProgress.finish(end, mBound, "Commands Learned", out);
}

void MultiPaxosChecker::report(NodeId node, std::string invariant, std::string detail)
{
    mPending.push_back({0, std::move(invariant), node, std::move(detail)});
}

void MultiPaxosChecker::checkChosen(NodeId node, std::int64_t ballot, std::int64_t slot, const std::string &value,
                                    const char *what)
{
    const auto chosen = mChosen.find(slot);
    if (chosen != mChosen.end() && ballot > chosen->second.first && value != chosen->second.second)
        report(node, "Higher Ballots Carry The Chosen Value",
               std::string(what) + " " + ballotText(ballot) + " for slot " + std::to_string(slot) + " carries \"" + value
                   + "\" but \"" + chosen->second.second + "\" was chosen there");
}

void MultiPaxosChecker::observeNote(VirtualTime at, const Note &note)
{
    const auto kind = note.schema->kind;
    const auto node = note.node;
    if (node < 1 || static_cast<std::size_t>(node) >= mPromised.size())
        return;
    auto &promised = mPromised[static_cast<std::size_t>(node)];
    if (kind == kSlotPromiseNote.kind) {
        if (note.number(0) < promised)
            report(node, "Promise Never Decreases",
                   "node " + std::to_string(node) + " promised " + ballotText(note.number(0)) + " after " + ballotText(promised));
        promised = std::max(promised, note.number(0));
    } else if (kind == kSlotProposeNote.kind) {
        mProposed[{note.number(0), note.number(1)}] = note.text;
        checkChosen(node, note.number(0), note.number(1), note.text, "proposal");
    } else if (kind == kSlotAcceptNote.kind) {
        const Key key{note.number(0), note.number(1)};
        if (note.number(0) < promised)
            report(node, "Never Accept Below Promise",
                   "node " + std::to_string(node) + " accepted " + ballotText(note.number(0)) + " after promising "
                       + ballotText(promised));
        promised = std::max(promised, note.number(0));
        const auto proposed = mProposed.find(key);
        if (proposed == mProposed.end() || proposed->second != note.text)
            report(node, "Accepted Value Was Proposed",
                   "slot " + std::to_string(key.second) + ": \"" + note.text + "\" accepted but never proposed at "
                       + ballotText(key.first));
        const auto [it, inserted] = mBallotValue.emplace(key, note.text);
        if (!inserted && it->second != note.text)
            report(node, "One Value Per Ballot", "slot " + std::to_string(key.second) + " at " + ballotText(key.first)
                                                     + " carries both \"" + it->second + "\" and \"" + note.text + "\"");
        checkChosen(node, key.first, key.second, note.text, "accept at");
        auto &by = mAcceptedBy[key];
        by.insert(node);
        if (static_cast<int>(by.size()) >= mMajority) {
            const auto chosen = mChosen.find(key.second);
            if (chosen == mChosen.end())
                mChosen[key.second] = {key.first, note.text};
            else if (chosen->second.second != note.text)
                report(node, "At Most One Chosen Per Slot",
                       "slot " + std::to_string(key.second) + ": \"" + note.text + "\" chosen after \""
                           + chosen->second.second + "\"");
        }
    } else if (kind == kLeaderRoleNote.kind) {
        mLeading[static_cast<std::size_t>(node)] = note.text == "leader";
    } else if (kind == kSlotLearnNote.kind) {
        mProgress.applied(at, node, note.text);
        const auto chosen = mChosen.find(note.number(0));
        if (chosen == mChosen.end() || chosen->second.second != note.text)
            report(node, "Learners Learn Only Chosen",
                   "node " + std::to_string(node) + " learned \"" + note.text + "\" for slot " + std::to_string(note.number(0)));
    }
}

void MultiPaxosChecker::check(VirtualTime, std::vector<Violation> &out)
{
    out.insert(out.end(), mPending.begin(), mPending.end());
    mPending.clear();
}

} // namespace cs::paxos
