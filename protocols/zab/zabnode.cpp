#include "zabnode.h"

#include "zabnotes.h"

namespace cs::zab {

const char *stateName(ZabNode::State state)
{
    switch (state) {
    case ZabNode::State::Looking: return "looking";
    case ZabNode::State::Following: return "following";
    case ZabNode::State::Leading: return "leading";
    case ZabNode::State::Observing: return "observing";
    }
    return "unknown";
}

ZabNode::ZabNode(NodeId id, int clusterSize, Variant variant)
    : mId(id)
    , mClusterSize(clusterSize)
    , mVariant(variant)
{
}

std::unique_ptr<ProtocolNode> ZabNode::durableRemains() const
{
    auto remains = std::make_unique<ZabNode>(mId, mClusterSize, mVariant);
    remains->mDurable = mDurable;
    return remains;
}

bool ZabNode::isObserver(const NodeContext &context, NodeId node) const
{
    return node > mClusterSize - context.parameter(kParamObservers);
}

int ZabNode::quorum(const NodeContext &context) const
{
    const auto voters = mClusterSize - static_cast<int>(context.parameter(kParamObservers));
    return voters / 2 + 1;
}

std::shared_ptr<ZabMessage> ZabNode::message(ZabMessage::Kind kind) const
{
    auto created = std::make_shared<ZabMessage>();
    created->kind = kind;
    return created;
}

void ZabNode::setState(NodeContext &context, State state)
{
    mState = state;
    context.note({&kRoleNote, 0, {mDurable.currentEpoch}, stateName(state)});
}

void ZabNode::onMessage(NodeContext &context, NodeId from, const Message &raw)
{
    const auto &message = static_cast<const ZabMessage &>(raw);
    if (from == mLeader && (mState == State::Following || mState == State::Observing))
        mHeardSinceCheck.insert(from);
    using Kind = ZabMessage::Kind;
    // A leader counts only what its own followers send it: pings from another leader, or votes
    // from servers that follow someone else, must not keep a leader without a quorum in office.
    const bool fromFollower = message.kind == Kind::FollowerInfo || message.kind == Kind::AckEpoch
                              || message.kind == Kind::AckNewLeader || message.kind == Kind::Ack
                              || message.kind == Kind::PingReply;
    if (mState == State::Leading && fromFollower)
        mHeardSinceCheck.insert(from);
    switch (message.kind) {
    case Kind::Notification: onNotification(context, from, message); break;
    case Kind::FollowerInfo: onFollowerInfo(context, from, message); break;
    case Kind::NewEpoch: onNewEpoch(context, from, message); break;
    case Kind::AckEpoch: onAckEpoch(context, from, message); break;
    case Kind::NewLeader: onNewLeader(context, from, message); break;
    case Kind::AckNewLeader: onAckNewLeader(context, from, message); break;
    case Kind::Proposal: onProposal(context, from, message); break;
    case Kind::Ack: onAck(context, from, message); break;
    case Kind::Commit: onCommit(context, from, message); break;
    case Kind::Ping:
        if (from != mLeader)
            break;
        context.send(from, this->message(Kind::PingReply));
        // A follower whose discovery, sync or a proposal got lost on the way asks to be synced again.
        if (mVariant == Variant::Correct
            && (!mFollowerSynced || !mEarlyProposals.empty() || message.epoch != mDurable.currentEpoch))
            sendFollowerInfo(context);
        break;
    case Kind::PingReply: break;
    }
}

void ZabNode::onTimer(NodeContext &context, int timer)
{
    if (timer == kFinalizeTimer)
        finishElection(context);
    else if (timer == kPingTimer && mState == State::Leading) {
        auto ping = message(ZabMessage::Kind::Ping);
        ping->epoch = mNewEpoch;
        context.broadcast(ping);
        // Resend the oldest proposal still short of a quorum, in case a proposal or ack was lost.
        if (!mProposalAcks.empty()) {
            const auto &[zxid, acks] = *mProposalAcks.begin();
            for (const auto &txn : mDurable.history) {
                if (txn.zxid != zxid)
                    continue;
                auto proposal = message(ZabMessage::Kind::Proposal);
                proposal->zxid = zxid;
                proposal->value = txn.value;
                proposal->epoch = mNewEpoch;
                for (NodeId node = 1; node <= mClusterSize; ++node) {
                    if (node != mId && !acks.contains(node))
                        context.send(node, proposal);
                }
            }
        }
        context.startTimer(kPingTimer, context.parameter(kParamPingInterval));
    } else if (timer == kLivenessTimer)
        onLivenessTimer(context);
}

void ZabNode::onClientRequest(NodeContext &context, const ClientRequest &request)
{
    // Followers redirect (ZooKeeper itself forwards writes to the leader).
    if (mState != State::Leading) {
        context.replyFail(request.operation, mLeader != 0 && mLeader != mId ? "not leader" : "no leader known",
                          mLeader != mId ? mLeader : 0);
        return;
    }
    if (!mEstablished) {
        context.replyFail(request.operation, "leader not established yet");
        return;
    }
    if (request.kind == OperationKind::Read) {
        context.replyFail(request.operation, "reads are not supported");
        return;
    }
    if (request.kind == OperationKind::Cas) {
        context.replyFail(request.operation, "compare-and-set is not supported");
        return;
    }
    propose(context, request.commandText());
    mClientRequests[lastZxid()] = request;
}

NodeDescription ZabNode::describe(std::size_t logLimit) const
{
    NodeDescription description;
    description.role = stateName(mState);
    description.term = mDurable.currentEpoch;
    description.subtitle = "e" + std::to_string(mDurable.currentEpoch) + " " + zxidText(lastZxid());
    description.fields = {
        {"currentEpoch", std::to_string(mDurable.currentEpoch), true},
        {"acceptedEpoch", std::to_string(mDurable.acceptedEpoch), true},
        {"last zxid", zxidText(lastZxid()), true},
        {"vote", "n" + std::to_string(mVote.leader) + " (e" + std::to_string(mVote.epoch) + ", " + zxidText(mVote.zxid) + ")",
         false},
        {"election round", std::to_string(mRound), false},
        {"leader", mLeader ? std::to_string(mLeader) : "none", false},
        {"established", mEstablished ? "yes" : "no", false},
        {"committed", zxidText(mCommitted), false},
    };
    const std::size_t first = mDurable.history.size() > logLimit ? mDurable.history.size() - logLimit : 0;
    for (std::size_t i = first; i < mDurable.history.size(); ++i) {
        const auto &txn = mDurable.history[i];
        description.log.push_back({static_cast<std::int64_t>(i + 1), epochOf(txn.zxid), zxidText(txn.zxid) + " " + txn.value,
                                   i < mDelivered});
    }
    return description;
}

} // namespace cs::zab
