#include "mutexchecker.h"

#include <algorithm>
#include <cstdio>

#include "mutexnotes.h"

namespace cs::mutex {

namespace {

// The index of a note's "messages" field, or -1 if it sends nothing.
int messagesField(const NoteSchema &schema)
{
    for (std::size_t i = 0; i < schema.numberFields.size(); ++i) {
        if (schema.numberFields[i] == "messages")
            return static_cast<int>(i);
    }
    return -1;
}

std::string oneDecimal(double value)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.1f", value);
    return text;
}

} // namespace

MutexChecker::MutexChecker(Algorithm algorithm, const ParameterValues &parameters)
    : mAlgorithm(algorithm)
    , mSize(static_cast<int>(parameters[kParamNodes]))
    , mParameters(parameters)
    , mNodes(static_cast<std::size_t>(mSize) + 1)
{
}

void MutexChecker::observeParameter(VirtualTime at, int parameter, std::int64_t value)
{
    mParameters[static_cast<std::size_t>(parameter)] = value;
    mLastFault = std::max(mLastFault, at);
}

void MutexChecker::observeCrash(VirtualTime at, NodeId node)
{
    // A process that crashes leaves the critical section and forgets its request.
    mNodes[static_cast<std::size_t>(node)] = Shadow{};
    mLastFault = std::max(mLastFault, at);
}

void MutexChecker::observeNote(VirtualTime at, const Note &note)
{
    if (note.node < 1 || note.node > mSize)
        return;
    if (const int field = messagesField(*note.schema); field >= 0)
        mMessages += note.number(static_cast<std::size_t>(field));
    auto &shadow = mNodes[static_cast<std::size_t>(note.node)];
    const auto kind = note.schema->kind;
    if (kind == kRequestNote.kind) {
        shadow.waitingSince = at;
        shadow.passesAtRequest = mPasses;
    } else if (kind == kEnterNote.kind) {
        for (NodeId other = 1; other <= mSize; ++other) {
            if (other != note.node && mNodes[static_cast<std::size_t>(other)].inside)
                mPending.push_back({at, "Mutual Exclusion", note.node,
                                    "node " + std::to_string(note.node) + " entered the critical section while node "
                                        + std::to_string(other) + " was still inside"});
        }
        shadow.inside = true;
        ++mEntries;
        if (shadow.waitingSince >= 0) {
            mDelaySum += at - shadow.waitingSince;
            mHopSum += mPasses - shadow.passesAtRequest;
        }
        shadow.waitingSince = -1;
    } else if (kind == kExitNote.kind) {
        shadow.inside = false;
    } else if (kind == kPassNote.kind) {
        ++mPasses;
    } else if (kind == kRegenerateNote.kind) {
        mGeneration = std::max(mGeneration, note.number(0));
        ++mGenerations;
        mLastHop = -1;
    } else if (kind == kTokenNote.kind) {
        onToken(at, note.node, note.number(0), note.number(1));
    }
}

void MutexChecker::onToken(VirtualTime at, NodeId node, std::int64_t generation, std::int64_t hop)
{
    const auto who = "node " + std::to_string(node) + " took a token of generation " + std::to_string(generation);
    if (generation < mGeneration)
        mPending.push_back({at, "Single Token", node,
                            who + " after generation " + std::to_string(mGeneration)
                                + " was made: the old token was still going round, so there were two"});
    else if (generation > mGeneration)
        mPending.push_back({at, "Single Token", node, who + ", which was never made"});
    else if (hop <= mLastHop)
        mPending.push_back({at, "Single Token", node,
                            who + " at hop " + std::to_string(hop) + " after hop " + std::to_string(mLastHop)
                                + " was already taken: a copy of the token went round beside it"});
    else
        mLastHop = hop;
}

void MutexChecker::check(VirtualTime, std::vector<Violation> &out)
{
    out.insert(out.end(), mPending.begin(), mPending.end());
    mPending.clear();
}

VirtualTime MutexChecker::starvationBound() const
{
    // Everyone queued ahead goes in once (its hold time and a few message delays each), after the
    // time-outs that notice what the faults lost, with a second to spare.
    const auto hold = mParameters[kParamHoldTime];
    const auto latency = mParameters[kParamLatencyMax];
    const auto timeout = mParameters[kParamTimeout];
    return (mSize + 1) * (hold + 4 * latency) + 4 * timeout + kSecond;
}

void MutexChecker::finish(VirtualTime at, std::vector<Violation> &out)
{
    const auto bound = starvationBound();
    for (NodeId node = 1; node <= mSize; ++node) {
        const auto since = mNodes[static_cast<std::size_t>(node)].waitingSince;
        if (since < 0 || at - std::max(since, mLastFault) <= bound)
            continue;
        out.push_back({at, "No Starvation", node,
                       "node " + std::to_string(node) + " has waited for the critical section since "
                           + formatDuration(since) + ", longer than " + formatDuration(bound)
                           + " after the last fault"});
    }
}

std::vector<Measure> MutexChecker::measures() const
{
    const double entries = static_cast<double>(std::max<std::int64_t>(mEntries, 1));
    const int n = mSize;
    const auto perEntry = mEntries ? oneDecimal(static_cast<double>(mMessages) / entries) : std::string("-");
    std::vector<Measure> out{{"Entries", std::to_string(mEntries), {}}};
    const double latency =
        static_cast<double>(mParameters[kParamLatencyMin] + mParameters[kParamLatencyMax]) / 2.0;
    const auto delay = mEntries && latency > 0 ? oneDecimal(static_cast<double>(mDelaySum) / entries / latency)
                                               : std::string("-");
    switch (mAlgorithm) {
    case Algorithm::Central:
        out.push_back({"Messages per entry", perEntry, "3"});
        // Every message of the centralized algorithm goes to or from the coordinator.
        out.push_back({"Coordinator messages", std::to_string(mMessages),
                       "3 × " + std::to_string(mEntries) + " = " + std::to_string(3 * mEntries)});
        out.push_back({"Delay before entry (message times)", delay, "2"});
        break;
    case Algorithm::RicartAgrawala:
        out.push_back({"Messages per entry", perEntry, "2(n-1) = " + std::to_string(2 * (n - 1))});
        out.push_back({"Delay before entry (message times)", delay, "2(n-1) = " + std::to_string(2 * (n - 1))});
        break;
    case Algorithm::TokenRing:
        out.push_back({"Messages per entry", perEntry, "1..∞"});
        out.push_back({"Hops before entry",
                       mEntries ? oneDecimal(static_cast<double>(mHopSum) / entries) : std::string("-"),
                       "0..n-1 = 0.." + std::to_string(n - 1)});
        out.push_back({"Tokens regenerated", std::to_string(std::max<std::int64_t>(mGenerations - 1, 0)), {}});
        break;
    }
    return out;
}

} // namespace cs::mutex
