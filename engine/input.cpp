#include "input.h"

namespace cs {

std::string_view inputKindName(InputKind kind)
{
    switch (kind) {
    case InputKind::Crash: return "crash";
    case InputKind::Restart: return "restart";
    case InputKind::Cut: return "cut";
    case InputKind::Heal: return "heal";
    case InputKind::Partition: return "partition";
    case InputKind::HealAll: return "healAll";
    case InputKind::Client: return "client";
    case InputKind::SetParameter: return "set";
    case InputKind::DropMessage: return "drop";
    case InputKind::DuplicateMessage: return "duplicate";
    case InputKind::Pause: return "pause";
    case InputKind::SlowLink: return "slow";
    }
    return "unknown";
}

} // namespace cs
