#include "bullychecker.h"

#include <algorithm>

#include "bullynotes.h"

namespace cs::bully {

BullyChecker::BullyChecker(int clusterSize, VirtualTime quietPeriod)
    : mSize(clusterSize)
    , mQuietPeriod(quietPeriod)
    , mNodes(static_cast<std::size_t>(clusterSize) + 1)
    , mLinks(clusterSize)
{
}

void BullyChecker::changed(VirtualTime at)
{
    mLastChange = std::max(mLastChange, at);
    mQuietChecked = false;
}

bool BullyChecker::linked(NodeId a, NodeId b) const
{
    return mLinks.up(a, b) && mLinks.up(b, a);
}

void BullyChecker::observeNote(VirtualTime, const Note &note)
{
    if (note.node < 1 || note.node > mSize)
        return;
    auto &shadow = mNodes[static_cast<std::size_t>(note.node)];
    const auto kind = note.schema->kind;
    if (kind == kElectionNote.kind) {
        shadow.electing = true;
        shadow.answered = false;
    } else if (kind == kAnswerNote.kind) {
        if (shadow.electing && note.number(0) > note.node)
            shadow.answered = true;
    } else if (kind == kVictoryNote.kind) {
        if (shadow.answered)
            mPending.push_back({0, "Victory Only Unanswered", note.node,
                                "node " + std::to_string(note.node)
                                    + " declared itself coordinator although a higher node answered its election"});
        shadow.electing = false;
    } else if (kind == kBeliefNote.kind) {
        shadow.electing = false;
        shadow.belief = static_cast<NodeId>(note.number(0));
    }
}

void BullyChecker::observeCrash(VirtualTime at, NodeId node)
{
    mNodes[static_cast<std::size_t>(node)] = Shadow{false, false, false, 0};
    changed(at);
}

void BullyChecker::observeRestart(VirtualTime at, NodeId node)
{
    mNodes[static_cast<std::size_t>(node)] = Shadow{};
    changed(at);
}

void BullyChecker::observeNetwork(VirtualTime at, const Input &input)
{
    mLinks.apply(input);
    changed(at);
}

void BullyChecker::checkQuiet(std::vector<Violation> &out) const
{
    // Connected groups of live nodes, by links that work both ways.
    std::vector<int> component(static_cast<std::size_t>(mSize) + 1, -1);
    int components = 0;
    for (NodeId start = 1; start <= mSize; ++start) {
        if (!mNodes[static_cast<std::size_t>(start)].up || component[static_cast<std::size_t>(start)] >= 0)
            continue;
        std::vector<NodeId> stack{start};
        component[static_cast<std::size_t>(start)] = components;
        while (!stack.empty()) {
            const NodeId node = stack.back();
            stack.pop_back();
            for (NodeId next = 1; next <= mSize; ++next) {
                if (mNodes[static_cast<std::size_t>(next)].up && component[static_cast<std::size_t>(next)] < 0
                    && linked(node, next)) {
                    component[static_cast<std::size_t>(next)] = components;
                    stack.push_back(next);
                }
            }
        }
        ++components;
    }
    // Bully assumes groups whose members all talk directly (it relays nothing), with links that
    // work both ways or not at all. A group with two members that cannot talk directly, or with a
    // one-way link to or from a member, is outside that model: who can "reach" whom has no single
    // answer there, so it is not judged.
    std::vector<bool> outsideModel(static_cast<std::size_t>(components), false);
    for (NodeId a = 1; a <= mSize; ++a) {
        for (NodeId b = 1; b <= mSize; ++b) {
            const int ca = component[static_cast<std::size_t>(a)];
            const int cb = component[static_cast<std::size_t>(b)];
            if (a == b || ca < 0 || cb < 0)
                continue;
            if (mLinks.up(a, b) != mLinks.up(b, a) || (ca == cb && !linked(a, b))) {
                outsideModel[static_cast<std::size_t>(ca)] = true;
                outsideModel[static_cast<std::size_t>(cb)] = true;
            }
        }
    }
    for (int c = 0; c < components; ++c) {
        if (outsideModel[static_cast<std::size_t>(c)])
            continue;
        NodeId highest = 0;
        for (NodeId node = 1; node <= mSize; ++node) {
            if (component[static_cast<std::size_t>(node)] == c)
                highest = node;
        }
        for (NodeId node = 1; node <= mSize; ++node) {
            if (component[static_cast<std::size_t>(node)] != c)
                continue;
            const auto &shadow = mNodes[static_cast<std::size_t>(node)];
            if (shadow.electing || shadow.belief != highest)
                out.push_back({0, "Highest Live Coordinator", node,
                               "after a quiet period node " + std::to_string(node) + " "
                                   + (shadow.electing ? std::string("is still electing")
                                                      : "believes in coordinator " + std::to_string(shadow.belief))
                                   + " instead of " + std::to_string(highest)
                                   + ", the highest live node it can reach"});
        }
    }
}

void BullyChecker::check(VirtualTime at, std::vector<Violation> &out)
{
    out.insert(out.end(), mPending.begin(), mPending.end());
    mPending.clear();
    if (!mQuietChecked && at - mLastChange >= mQuietPeriod) {
        mQuietChecked = true;
        checkQuiet(out);
    }
}

} // namespace cs::bully
