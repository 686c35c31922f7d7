#include "zabchecker.h"

#include "zabnode.h"
#include "zabnotes.h"

namespace cs::zab {

ZabChecker::ZabChecker(int clusterSize, int voters, ProgressBound bound)
    : mDelivered(static_cast<std::size_t>(clusterSize) + 1, 0)
    , mLastDelivered(static_cast<std::size_t>(clusterSize) + 1, 0)
    , mPendingIntegrity(static_cast<std::size_t>(clusterSize) + 1, 0)
    , mLeading(static_cast<std::size_t>(clusterSize) + 1, false)
    , mEstablished(static_cast<std::size_t>(clusterSize) + 1, false)
    , mVoters(voters)
    , mBound(bound)
    , mProgress(clusterSize)
{
}

void ZabChecker::observeRestart(VirtualTime at, NodeId node)
{
    mProgress.restart(at, node);
}

void ZabChecker::observeNetwork(VirtualTime at, const Input &input)
{
    mProgress.network(at, input);
}

void ZabChecker::observeClient(VirtualTime at, const Input &input)
{
    const auto node = static_cast<std::size_t>(input.node);
    if (input.node >= 1 && node < mLeading.size() && mLeading[node] && mEstablished[node])
        mProgress.submitted(at, input.node, input.request().commandText());
}

void ZabChecker::finish(VirtualTime end, std::vector<Violation> &out)
{
    int votersUp = 0;
    for (NodeId node = 1; node <= mVoters; ++node)
        votersUp += mProgress.up(node) ? 1 : 0;
    if (votersUp * 2 > mVoters)
        mProgress.finish(end, mBound, "Proposals Delivered", out);
}

void ZabChecker::report(NodeId node, std::string invariant, std::string detail)
{
    mPending.push_back({0, std::move(invariant), node, std::move(detail)});
}

void ZabChecker::observeCrash(VirtualTime at, NodeId node)
{
    mLeading[static_cast<std::size_t>(node)] = false;
    mEstablished[static_cast<std::size_t>(node)] = false;
    mProgress.crash(at, node);
    // A restarted server delivers its history again from the start.
    mDelivered[static_cast<std::size_t>(node)] = 0;
    mLastDelivered[static_cast<std::size_t>(node)] = 0;
}

void ZabChecker::observeNote(VirtualTime at, const Note &note)
{
    const auto kind = note.schema->kind;
    const auto node = note.node;
    if (kind == kRoleNote.kind) {
        mLeading[static_cast<std::size_t>(node)] = note.text == "leading";
        mEstablished[static_cast<std::size_t>(node)] = false;
    } else if (kind == kDeliverNote.kind) {
        mProgress.applied(at, node, note.text);
    }
    if (kind == kEstablishedNote.kind) {
        mEstablished[static_cast<std::size_t>(node)] = true;
        const auto [it, inserted] = mLeaders.emplace(note.number(0), node);
        if (!inserted && it->second != node)
            report(node, "One Leader Per Epoch",
                   "node " + std::to_string(node) + " established epoch " + std::to_string(note.number(0))
                       + " which node " + std::to_string(it->second) + " had established");
        mPendingIntegrity[static_cast<std::size_t>(node)] = note.number(0);
    } else if (kind == kProposeNote.kind) {
        const auto [it, inserted] = mProposed.emplace(note.number(0), note.text);
        if (!inserted && it->second != note.text)
            report(node, "Delivered Was Proposed",
                   "zxid " + zxidText(note.number(0)) + " proposed twice with different values");
    } else if (kind == kDeliverNote.kind) {
        const Zxid zxid = note.number(0);
        auto &count = mDelivered[static_cast<std::size_t>(node)];
        auto &last = mLastDelivered[static_cast<std::size_t>(node)];
        if (zxid <= last)
            report(node, "Zxids Rise", "node " + std::to_string(node) + " delivered " + zxidText(zxid) + " after "
                                           + zxidText(last));
        last = zxid;
        const auto proposed = mProposed.find(zxid);
        if (proposed == mProposed.end() || proposed->second != note.text)
            report(node, "Delivered Was Proposed",
                   "node " + std::to_string(node) + " delivered " + zxidText(zxid) + " \"" + note.text
                       + "\" which no leader proposed");
        const Transaction txn{zxid, note.text};
        if (count < mOrder.size()) {
            if (!(mOrder[count] == txn))
                report(node, "Delivered Prefix Agreement",
                       "node " + std::to_string(node) + " delivered " + zxidText(zxid) + " \"" + note.text
                           + "\" as transaction " + std::to_string(count + 1) + " where others delivered "
                           + zxidText(mOrder[count].zxid) + " \"" + mOrder[count].value + "\"");
        } else {
            mOrder.push_back(txn);
        }
        ++count;
    }
}

void ZabChecker::crossCheck(VirtualTime, NodeId node, const ProtocolNode &state, std::vector<Violation> &out)
{
    auto &pending = mPendingIntegrity[static_cast<std::size_t>(node)];
    if (pending == 0)
        return;
    pending = 0;
    const auto &zab = static_cast<const ZabNode &>(state);
    const auto &history = zab.durable().history;
    for (std::size_t i = 0; i < mOrder.size(); ++i) {
        if (i >= history.size() || !(history[i] == mOrder[i])) {
            out.push_back({0, "Primary Integrity", node,
                           "leader " + std::to_string(node) + " established its epoch without delivered transaction "
                               + zxidText(mOrder[i].zxid) + " \"" + mOrder[i].value + "\""});
            return;
        }
    }
}

void ZabChecker::check(VirtualTime, std::vector<Violation> &out)
{
    out.insert(out.end(), mPending.begin(), mPending.end());
    mPending.clear();
}

} // namespace cs::zab
