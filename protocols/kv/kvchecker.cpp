#include "kvchecker.h"

#include "kvnotes.h"

namespace cs::kv {

namespace {

std::string keyOf(const std::string &text)
{
    return text.substr(0, text.find('='));
}

std::string stamp(std::int64_t counter, NodeId origin)
{
    return std::to_string(counter) + "." + std::to_string(origin);
}

} // namespace

KvChecker::KvChecker(int clusterSize, VirtualTime settle)
    : mSize(clusterSize)
    , mSettle(settle)
    , mProgress(clusterSize)
    , mReplicas(static_cast<std::size_t>(clusterSize) + 1)
{
}

void KvChecker::observeClient(VirtualTime at, const Input &)
{
    // Operations are numbered from 1 in the order clients invoke them, one per client input.
    mInvokedAt.push_back(at);
}

void KvChecker::observeNote(VirtualTime at, const Note &note)
{
    const auto counter = note.number(0);
    const auto origin = static_cast<NodeId>(note.number(1));
    if (note.schema == &kValueNote) {
        const auto eq = note.text.find('=');
        mReplicas[static_cast<std::size_t>(note.node)][keyOf(note.text)] = {counter, origin, note.text.substr(eq + 1)};
    } else if (note.schema == &kAckNote) {
        const auto key = keyOf(note.text);
        int holding = 0;
        for (NodeId node = 1; node <= mSize; ++node) {
            const auto &replica = mReplicas[static_cast<std::size_t>(node)];
            const auto it = replica.find(key);
            holding += it != replica.end() && it->second.newerOrEqual(counter, origin) ? 1 : 0;
        }
        if (holding < mSize / 2 + 1)
            mPending.push_back({at, "Acknowledged Write On Majority", note.node,
                                note.text + " (" + stamp(counter, origin) + ") acknowledged while only "
                                    + std::to_string(holding) + " of " + std::to_string(mSize) + " replicas hold it"});
        mAcks[key].push_back({at, counter, origin, note.text});
    } else if (note.schema == &kReadNote) {
        const auto operation = static_cast<std::size_t>(note.number(2));
        if (operation == 0 || operation > mInvokedAt.size())
            return;
        const auto began = mInvokedAt[operation - 1];
        const Held read{counter, origin, {}};
        for (const auto &ack : mAcks[keyOf(note.text)]) {
            if (ack.at < began && !read.newerOrEqual(ack.counter, ack.origin)) {
                mPending.push_back({at, "Linearizable Reads", note.node,
                                    "op " + std::to_string(operation) + " read " + note.text + " ("
                                        + stamp(counter, origin) + ") but " + ack.text + " ("
                                        + stamp(ack.counter, ack.origin) + ") was acknowledged at "
                                        + formatDuration(ack.at) + ", before the read began at "
                                        + formatDuration(began)});
                break;
            }
        }
    }
}

void KvChecker::check(VirtualTime, std::vector<Violation> &out)
{
    for (auto &violation : mPending)
        out.push_back(std::move(violation));
    mPending.clear();
}

void KvChecker::finish(VirtualTime end, std::vector<Violation> &out)
{
    if (!mProgress.whole() || mProgress.upCount() < mSize || mProgress.lastFault() + mSettle > end)
        return;
    std::map<std::string, bool> keys;
    for (const auto &replica : mReplicas) {
        for (const auto &[key, held] : replica)
            keys[key] = true;
    }
    for (const auto &[key, unused] : keys) {
        const auto &first = mReplicas[1];
        const auto reference = first.find(key);
        for (NodeId node = 2; node <= mSize; ++node) {
            const auto &replica = mReplicas[static_cast<std::size_t>(node)];
            const auto it = replica.find(key);
            const bool same = (it == replica.end()) == (reference == first.end())
                              && (it == replica.end()
                                  || (it->second.counter == reference->second.counter
                                      && it->second.origin == reference->second.origin
                                      && it->second.value == reference->second.value));
            if (!same) {
                auto describe = [&](auto found, const auto &map) {
                    return found == map.end() ? std::string("nothing")
                                              : found->second.value + " (" + stamp(found->second.counter, found->second.origin) + ")";
                };
                out.push_back({end, "Replicas Converge", node,
                               key + ": n1 holds " + describe(reference, first) + ", n" + std::to_string(node)
                                   + " holds " + describe(it, replica) + " " + formatDuration(end - mProgress.lastFault())
                                   + " after the last fault"});
                return;
            }
        }
    }
}

} // namespace cs::kv
