#include "lockchecker.h"

namespace cs::locks {

namespace {

std::string process(NodeId node)
{
    return "n" + std::to_string(node);
}

} // namespace

LockChecker::LockChecker(Service service, bool watchDirectory, VirtualTime settle)
    : mService(service)
    , mWatchDirectory(watchDirectory)
    , mSettle(settle)
{
}

void LockChecker::acquired(VirtualTime at, NodeId node, Holding holding)
{
    if (mService != Service::Cache) {
        for (const auto &[other, held] : mHolders) {
            if (other == node || held.disowned || (holding.read && held.read))
                continue;
            mPending.push_back({at, "Readers And Writers Exclude", node,
                                process(node) + (holding.read ? " took a read lock" : " took a write lock") + " while "
                                    + process(other) + " held a " + (held.read ? "read" : "write") + " lock"});
        }
    }
    mHolders[node] = holding;
    mWaiting.erase(node);
    mMostHolders = std::max(mMostHolders, mHolders.size());
}

void LockChecker::written(VirtualTime at, const Note &note)
{
    const auto writer = static_cast<NodeId>(note.number(0));
    // A write without a token is judged by the token the service last granted its writer.
    std::int64_t token = note.number(1);
    if (token == 0)
        token = mGranted.contains(writer) ? mGranted[writer] : 0;
    if (note.number(2) == 0)
        return;
    if (token < mHighestWritten)
        mPending.push_back({at, "Fenced Writes", writer,
                            "the storage took a write from " + process(writer) + " with token " + std::to_string(token)
                                + " after one with token " + std::to_string(mHighestWritten)
                                + ": two holders at once as the storage sees it"});
    mHighestWritten = std::max(mHighestWritten, token);
}

void LockChecker::observeNote(VirtualTime at, const Note &note)
{
    const auto kind = note.schema->kind;
    if (kind == kRoleNote.kind) {
        // A process that asks to release has stopped using the lock, before the service answers.
        if (note.text == "waiting")
            mWaiting.try_emplace(note.node, at);
        else if (note.text == "idle")
            mWaiting.erase(note.node);
        if (note.text == "releasing" || note.text == "idle")
            mHolders.erase(note.node);
    } else if (kind == kAcquireNote.kind) {
        acquired(at, note.node, {note.number(0), note.number(1) != 0, false});
    } else if (kind == kReleaseNote.kind) {
        mHolders.erase(note.node);
    } else if (kind == kGrantNote.kind) {
        mGranted[static_cast<NodeId>(note.number(0))] = note.number(1);
    } else if (kind == kExpireNote.kind) {
        if (auto held = mHolders.find(static_cast<NodeId>(note.number(0))); held != mHolders.end())
            held->second.disowned = true;
    } else if (kind == kWriteNote.kind) {
        written(at, note);
    } else if (kind == kDeleteNote.kind) {
        ++mReleases;
        mNotified = note.number(2);
        mQueue = note.number(3);
        mListings = 0;
    } else if (kind == kListNote.kind) {
        ++mListings;
    }
}

void LockChecker::observeCrash(VirtualTime at, NodeId node)
{
    mHolders.erase(node);
    mWaiting.erase(node);
    mLastFault = std::max(mLastFault, at);
}

void LockChecker::observePause(VirtualTime at, NodeId, VirtualTime duration)
{
    // A paused holder or waiter delays everyone behind it: liveness is judged after it resumes.
    mLastFault = std::max(mLastFault, at + duration);
}

void LockChecker::check(VirtualTime, std::vector<Violation> &out)
{
    out.insert(out.end(), mPending.begin(), mPending.end());
    mPending.clear();
}

void LockChecker::finish(VirtualTime at, std::vector<Violation> &out)
{
    for (const auto &[node, since] : mWaiting) {
        const VirtualTime from = std::max(since, mLastFault);
        if (at - from < mSettle)
            continue;
        out.push_back({at, "Every Waiter Served", node,
                       process(node) + " has waited for the lock since " + formatDuration(since)
                           + " and faults stopped at " + formatDuration(mLastFault)});
    }
}

std::vector<Measure> LockChecker::measures() const
{
    std::vector<Measure> measures = {
        {"Holders at once", std::to_string(mHolders.size()), ""},
        {"Most holders at once", std::to_string(mMostHolders), "1"},
    };
    if (mService == Service::ZooKeeper && mReleases > 0) {
        const std::string reference = mWatchDirectory ? "n - 1 = " + std::to_string(mQueue) : mQueue > 0 ? "1" : "0";
        measures.push_back({"Notifications for the last release", std::to_string(mNotified), reference});
        measures.push_back({"Child listings for the last release", std::to_string(mListings), reference});
    }
    return measures;
}

} // namespace cs::locks
