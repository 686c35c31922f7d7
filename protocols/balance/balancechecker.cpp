#include "balancechecker.h"

#include <cstdio>

#include "balancenotes.h"

namespace cs::balance {

namespace {

// The numbers after "->" in a smooth pick's working: the current weights once the pick paid back.
std::vector<std::int64_t> paidBack(const std::string &why)
{
    std::vector<std::int64_t> values;
    const auto arrow = why.find("-> ");
    if (why.rfind("cw ", 0) != 0 || arrow == std::string::npos)
        return values;
    std::size_t at = arrow + 3;
    while (at < why.size() && why[at] != ' ') {
        std::size_t used = 0;
        values.push_back(std::stoll(why.substr(at), &used));
        at += used;
        if (at < why.size() && why[at] == ',')
            ++at;
    }
    return values;
}

std::string percent(std::int64_t part, std::int64_t whole)
{
    return std::to_string(whole > 0 ? (part * 100 + whole / 2) / whole : 0) + "%";
}

} // namespace

BalanceChecker::BalanceChecker(BalanceLimits limits)
    : mLimits(limits)
    , mResting(static_cast<std::size_t>(limits.servers))
{
}

void BalanceChecker::observeNote(VirtualTime at, const Note &note)
{
    const auto kind = note.schema->kind;
    if (kind == kRequestNote.kind) {
        ++mRequests;
        mWaiting[note.number(0)] = at;
    } else if (kind == kPickNote.kind) {
        observePick(at, note);
    } else if (kind == kFailNote.kind || kind == kDownNote.kind || kind == kUpNote.kind) {
        const auto server = static_cast<std::size_t>(note.number(0));
        if (server >= mResting.size())
            return;
        if (kind == kFailNote.kind)
            mResting[server].checked = at;
        else
            mResting[server].down = kind == kDownNote.kind;
    } else if (kind == kReplyNote.kind) {
        ++(note.number(1) != 0 ? mOk : mFailed);
        if (!mReplied.insert(note.number(0)).second)
            mPending.push_back({at, "Answered At Most Once", note.node,
                                "request " + std::to_string(note.number(0)) + " answered a second time"});
    } else if (kind == kServedNote.kind) {
        if (++mServed[note.number(0)] == 2)
            ++mServedTwice;
        mSessionsLost += note.number(3);
        mLatencies.push_back(note.number(1));
    } else if (kind == kAnswerNote.kind) {
        const auto found = mWaiting.find(note.number(0));
        if (found == mWaiting.end())
            return;
        if (note.number(1) < 0)
            mTimedOut.emplace_back(note.number(0), found->second);
        mWaiting.erase(found);
    } else if (kind == kMovedNote.kind) {
        mMoved = note.number(1);
        mMovedKeys = note.number(2);
        mMovedServers = note.number(3);
    }
}

void BalanceChecker::observePick(VirtualTime at, const Note &note)
{
    const auto weights = paidBack(note.text);
    if (!weights.empty()) {
        std::int64_t sum = 0;
        for (const auto weight : weights)
            sum += weight;
        mCurrentWeights = joined(weights);
        if (sum != 0)
            mPending.push_back({at, "Current Weights Sum To Zero", note.node,
                                "after the pick the current weights are " + mCurrentWeights + ", sum "
                                    + std::to_string(sum)});
    }
    const auto server = static_cast<std::size_t>(note.number(1));
    if (server >= mResting.size())
        return;
    auto &resting = mResting[server];
    if (resting.down && at - resting.checked <= mLimits.failTimeout)
        mPending.push_back({at, "Picks Only Available Servers", note.node,
                            std::string("server ") + serverLetter(static_cast<int>(server))
                                + " picked while resting since " + formatDuration(resting.checked)});
    if (at - resting.checked > mLimits.failTimeout)
        resting.checked = at;
}

void BalanceChecker::observeCrash(VirtualTime at, NodeId node)
{
    mLastFault = std::max(mLastFault, at);
    if (node == 1) {
        // A new balancer knows no failures and no answered requests.
        mResting.assign(mResting.size(), {});
        mReplied.clear();
    } else if (node > mLimits.servers + 1) {
        // A crashed client forgets what it was waiting for.
        for (auto it = mWaiting.begin(); it != mWaiting.end();)
            it = it->first / kRequestsPerClient == node ? mWaiting.erase(it) : std::next(it);
    }
}

void BalanceChecker::check(VirtualTime, std::vector<Violation> &out)
{
    out.insert(out.end(), mPending.begin(), mPending.end());
    mPending.clear();
}

void BalanceChecker::finish(VirtualTime at, std::vector<Violation> &out)
{
    // Only judged when a client waits longer than the balancer can take to answer.
    if (mLimits.clientTimeout <= mLimits.answerBound)
        return;
    for (const auto &[request, sentAt] : mTimedOut) {
        if (sentAt >= mLastFault)
            out.push_back({at, "No Request Lost", static_cast<NodeId>(request / kRequestsPerClient),
                           "request " + std::to_string(request) + " sent at " + formatDuration(sentAt)
                               + " timed out at its client after faults stopped"});
    }
    for (const auto &[request, sentAt] : mWaiting) {
        if (sentAt >= mLastFault && at - sentAt > mLimits.answerBound)
            out.push_back({at, "No Request Lost", static_cast<NodeId>(request / kRequestsPerClient),
                           "request " + std::to_string(request) + " sent at " + formatDuration(sentAt)
                               + " still unanswered"});
    }
}

std::vector<Measure> BalanceChecker::measures() const
{
    std::vector<Measure> result;
    result.push_back({"Requests", std::to_string(mRequests), {}});
    result.push_back({"Answered", std::to_string(mOk), {}});
    result.push_back({"Failed", std::to_string(mFailed), {}});
    result.push_back({"Served twice", std::to_string(mServedTwice), {}});
    result.push_back({"Sessions lost", std::to_string(mSessionsLost), {}});
    if (!mCurrentWeights.empty())
        result.push_back({"Current weights", mCurrentWeights, "sum = 0"});
    if (mMoved >= 0) {
        // When a server of n leaves, a consistent hash moves only that server's share, 1/n.
        const std::int64_t n = mMovedServers;
        result.push_back({"Keys moved", std::to_string(mMoved) + "/" + std::to_string(mMovedKeys) + " = "
                                            + percent(mMoved, mMovedKeys),
                          "1/" + std::to_string(n) + " = " + percent(1, n)});
    }
    if (!mLatencies.empty()) {
        auto sorted = mLatencies;
        std::sort(sorted.begin(), sorted.end());
        const auto at = [&sorted](std::size_t percentile) {
            return formatDuration(sorted[std::min(sorted.size() - 1, sorted.size() * percentile / 100)]);
        };
        result.push_back({"Latency p50", at(50), {}});
        result.push_back({"Latency p99", at(99), {}});
    }
    return result;
}

} // namespace cs::balance
