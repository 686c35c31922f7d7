#include "lockmessages.h"

#include <cstdio>

namespace cs::locks {

std::string lockNodeName(std::int64_t node)
{
    char name[32];
    std::snprintf(name, sizeof name, "lock-%04lld", static_cast<long long>(node));
    return name;
}

std::string_view LockMessage::type() const
{
    switch (kind) {
    case Kind::Acquire: return service == Service::Cache ? "SetNx" : "InsertRow";
    case Kind::Granted: return "Granted";
    case Kind::Busy: return "Busy";
    case Kind::Release: return service == Service::Cache ? "Del" : "DeleteRow";
    case Kind::Released: return "Released";
    case Kind::Create: return "Create";
    case Kind::Created: return "Created";
    case Kind::GetChildren: return "GetChildren";
    case Kind::Children: return "Children";
    case Kind::Exists: return "Exists";
    case Kind::ExistsReply: return "ExistsReply";
    case Kind::Delete: return "Delete";
    case Kind::Deleted: return "Deleted";
    case Kind::Watch: return "WatchEvent";
    case Kind::Ping: return "Ping";
    case Kind::Pong: return "Pong";
    case Kind::Expired: return "SessionExpired";
    case Kind::Write: return "Write";
    case Kind::WriteAck: return "WriteAck";
    }
    return "Unknown";
}

std::string LockMessage::label() const
{
    const std::string t = "t" + std::to_string(token);
    switch (kind) {
    case Kind::Acquire: return service == Service::Cache ? "SETNX lock" : "INSERT lock row";
    case Kind::Granted: return "Granted " + t;
    case Kind::Busy: return "Busy";
    case Kind::Release: return service == Service::Cache ? "DEL lock" : "DELETE lock row";
    case Kind::Released: return "Released";
    case Kind::Create: return read ? "create read-" : "create write-";
    case Kind::Created: return "created " + lockNodeName(node);
    case Kind::GetChildren: return flag ? "getChildren watch" : "getChildren";
    case Kind::Children: return "children " + std::to_string(children.size());
    case Kind::Exists: return "exists " + lockNodeName(node) + " watch";
    case Kind::ExistsReply: return flag ? "exists yes" : "exists no";
    case Kind::Delete: return "delete " + lockNodeName(node);
    case Kind::Deleted: return "deleted";
    case Kind::Watch: return node ? "watch: " + lockNodeName(node) + " deleted" : "watch: children changed";
    case Kind::Ping: return "ping";
    case Kind::Pong: return "pong";
    case Kind::Expired: return "session expired";
    case Kind::Write: return token ? "Write " + t : "Write (no token)";
    case Kind::WriteAck: return flag ? "Ack" : "Refused";
    }
    return "Unknown";
}

void LockMessage::writeFields(nlohmann::ordered_json &out) const
{
    switch (kind) {
    case Kind::Acquire:
    case Kind::Release:
    case Kind::Create:
    case Kind::GetChildren:
    case Kind::Exists:
    case Kind::Delete:
    case Kind::Ping:
        out["epoch"] = epoch;
        out["attempt"] = attempt;
        break;
    default:
        break;
    }
    if (kind == Kind::Granted || kind == Kind::Write)
        out["token"] = token;
    if (kind == Kind::Created || kind == Kind::Exists || kind == Kind::Delete || kind == Kind::Watch)
        out["node"] = node;
    if (kind == Kind::Create)
        out["read"] = read;
    if (kind == Kind::GetChildren)
        out["watch"] = flag;
    if (kind == Kind::ExistsReply)
        out["exists"] = flag;
    if (kind == Kind::WriteAck)
        out["accepted"] = flag;
    if (kind == Kind::Children) {
        auto list = nlohmann::ordered_json::array();
        for (const auto &child : children)
            list.push_back({{"node", child.node}, {"read", child.read}, {"owner", child.owner}});
        out["children"] = std::move(list);
    }
}

} // namespace cs::locks
