#include "storagenode.h"

namespace cs::locks {

void StorageNode::start(NodeContext &context)
{
    context.note({&kRoleNote, 0, {mHighestToken}, "storage"});
}

void StorageNode::onMessage(NodeContext &context, NodeId from, const Message &raw)
{
    const auto &message = static_cast<const LockMessage &>(raw);
    if (message.kind != LockMessage::Kind::Write)
        return;
    // A write without a token cannot be judged: the storage has to take it.
    const bool accepted = message.token == 0 || message.token >= mHighestToken;
    if (accepted) {
        mHighestToken = std::max(mHighestToken, message.token);
        mLastWriter = from;
        ++mAccepted;
        mWrites.push_back({static_cast<std::int64_t>(mWrites.size()) + 1, message.token,
                           "n" + std::to_string(from) + " t" + std::to_string(message.token), true});
    } else {
        ++mRefused;
    }
    context.note({&kWriteNote, 0, {from, message.token, accepted ? 1 : 0}, {}});
    auto reply = std::make_shared<LockMessage>();
    reply->kind = LockMessage::Kind::WriteAck;
    reply->service = message.service;
    reply->epoch = message.epoch;
    reply->attempt = message.attempt;
    reply->token = message.token;
    reply->flag = accepted;
    context.send(from, reply);
}

void StorageNode::onClientRequest(NodeContext &context, const ClientRequest &request)
{
    context.replyFail(request.operation, "the storage takes writes from lock holders only");
}

NodeDescription StorageNode::describe(std::size_t logLimit) const
{
    NodeDescription description;
    description.role = "storage";
    description.subtitle = "highest t" + std::to_string(mHighestToken);
    description.fields = {
        {"highest token", std::to_string(mHighestToken), true},
        {"writes accepted", std::to_string(mAccepted), true},
        {"writes refused", std::to_string(mRefused), true},
        {"last writer", mLastWriter ? "n" + std::to_string(mLastWriter) : "none", true},
    };
    const std::size_t from = mWrites.size() > logLimit ? mWrites.size() - logLimit : 0;
    description.log.assign(mWrites.begin() + static_cast<std::ptrdiff_t>(from), mWrites.end());
    return description;
}

} // namespace cs::locks
