#include "writeorderchecks.h"

#include <algorithm>
#include <deque>

namespace cs {

namespace {

constexpr std::size_t kInitial = static_cast<std::size_t>(-1);

// Which write each value of a key came from (the first write of it, values being unique per key).
std::map<std::pair<int, int>, std::size_t> readsFrom(const RegisterHistory &history)
{
    std::map<std::pair<int, int>, std::size_t> out;
    for (std::size_t i = 0; i < history.ops.size(); ++i) {
        const auto &op = history.ops[i];
        for (std::size_t k = 0; k < op.keys.size(); ++k)
            if (op.writeValues[k] >= 0)
                out.emplace(std::make_pair(op.keys[k], op.writeValues[k]), i);
    }
    return out;
}

bool isRead(const RegisterOp &op)
{
    return op.kind == OperationKind::Read;
}

} // namespace

std::optional<WriteOrderViolation> findPrefixViolation(const RegisterHistory &history)
{
    const auto &ops = history.ops;
    const auto from = readsFrom(history);
    // For each write, the next ok write of the same key (its position in invocation order is its index).
    std::vector<std::size_t> nextOk(ops.size(), kInitial);
    std::vector<std::size_t> firstOk(history.keyNames.size(), kInitial);
    std::vector<std::size_t> upcoming(history.keyNames.size(), kInitial);
    for (std::size_t i = ops.size(); i-- > 0;) {
        if (ops[i].writeValues.empty() || ops[i].writeValues[0] < 0)
            continue;
        const auto key = static_cast<std::size_t>(ops[i].keys[0]);
        nextOk[i] = upcoming[key];
        if (!ops[i].optional)
            upcoming[key] = i;
    }
    firstOk = upcoming;
    for (std::size_t r = 0; r < ops.size(); ++r) {
        const auto &read = ops[r];
        if (!isRead(read) || read.keys.size() < 2)
            continue;
        std::size_t latest = kInitial;
        std::size_t missed = kInitial;
        int missedKey = 0;
        bool known = true;
        for (std::size_t k = 0; k < read.keys.size(); ++k) {
            const auto key = static_cast<std::size_t>(read.keys[k]);
            std::size_t seen = kInitial;
            if (read.readValues[k] != 0) {
                const auto it = from.find({read.keys[k], read.readValues[k]});
                if (it == from.end()) {
                    known = false;
                    break;
                }
                seen = it->second;
            }
            if (seen != kInitial && (latest == kInitial || seen > latest))
                latest = seen;
            const auto after = seen == kInitial ? firstOk[key] : nextOk[seen];
            if (after != kInitial && (missed == kInitial || after < missed)) {
                missed = after;
                missedKey = read.keys[k];
            }
        }
        if (known && latest != kInitial && missed != kInitial && latest > missed)
            return WriteOrderViolation{r, latest, false, missed, missedKey};
    }
    return std::nullopt;
}

std::optional<WriteOrderViolation> findStaleRead(const RegisterHistory &history, VirtualTime bound)
{
    const auto &ops = history.ops;
    const auto from = readsFrom(history);
    // Per key, the ok writes by completion, with the latest-invoked one among each prefix: the
    // write a read must not miss is the latest-invoked of those completed early enough.
    struct Completed
    {
        VirtualTime ret;
        std::size_t latest;
    };
    std::vector<std::vector<Completed>> byKey(history.keyNames.size());
    {
        std::vector<std::vector<std::size_t>> writes(history.keyNames.size());
        for (std::size_t w = 0; w < ops.size(); ++w)
            if (!ops[w].optional && !ops[w].writeValues.empty() && ops[w].writeValues[0] >= 0)
                writes[static_cast<std::size_t>(ops[w].keys[0])].push_back(w);
        for (std::size_t key = 0; key < writes.size(); ++key) {
            auto &list = writes[key];
            std::stable_sort(list.begin(), list.end(), [&](std::size_t a, std::size_t b) { return ops[a].ret < ops[b].ret; });
            for (const auto w : list) {
                const auto latest = byKey[key].empty() || ops[w].call > ops[byKey[key].back().latest].call
                                        ? w
                                        : byKey[key].back().latest;
                byKey[key].push_back(Completed{ops[w].ret, latest});
            }
        }
    }
    for (std::size_t r = 0; r < ops.size(); ++r) {
        const auto &read = ops[r];
        if (!isRead(read) || read.call < bound)
            continue;
        for (std::size_t k = 0; k < read.keys.size(); ++k) {
            std::size_t seen = kInitial;
            if (read.readValues[k] != 0) {
                const auto it = from.find({read.keys[k], read.readValues[k]});
                if (it == from.end())
                    continue;
                seen = it->second;
            }
            const auto &list = byKey[static_cast<std::size_t>(read.keys[k])];
            const auto limit = read.call - bound;
            const auto end = std::upper_bound(list.begin(), list.end(), limit,
                                              [](VirtualTime t, const Completed &c) { return t < c.ret; });
            if (end == list.begin())
                continue;
            const auto missed = std::prev(end)->latest;
            if (missed != seen && (seen == kInitial || ops[seen].ret <= ops[missed].call))
                return WriteOrderViolation{r, seen, seen == kInitial, missed, read.keys[k]};
        }
    }
    return std::nullopt;
}

std::optional<WriteOrderViolation> findDivergence(const RegisterHistory &history, VirtualTime quiescentFrom)
{
    std::map<int, std::pair<std::size_t, int>> first;
    for (std::size_t r = 0; r < history.ops.size(); ++r) {
        const auto &read = history.ops[r];
        if (!isRead(read) || read.call < quiescentFrom)
            continue;
        for (std::size_t k = 0; k < read.keys.size(); ++k) {
            const auto [it, added] = first.emplace(read.keys[k], std::make_pair(r, read.readValues[k]));
            if (!added && it->second.second != read.readValues[k])
                return WriteOrderViolation{it->second.first, 0, false, r, read.keys[k]};
        }
    }
    return std::nullopt;
}

std::vector<std::size_t> findLostWrites(const RegisterHistory &history,
                                        const std::map<std::string, std::vector<std::string>> &finalValues)
{
    const auto &ops = history.ops;
    const auto from = readsFrom(history);
    std::vector<std::size_t> lost;
    for (std::size_t w = 0; w < ops.size(); ++w) {
        const auto &write = ops[w];
        if (write.optional || write.writeValues.empty() || write.writeValues[0] < 0)
            continue;
        const auto key = write.keys[0];
        const auto finals = finalValues.find(history.keyNames[static_cast<std::size_t>(key)]);
        if (finals == finalValues.end())
            continue;
        const auto &value = history.valueNames[static_cast<std::size_t>(write.writeValues[0])];
        if (std::find(finals->second.begin(), finals->second.end(), value) != finals->second.end())
            continue;
        bool reflected = false;
        // Reachable from the write by session order and reads-from: its causal future.
        std::vector<bool> seen(ops.size(), false);
        std::deque<std::size_t> queue{w};
        seen[w] = true;
        while (!queue.empty() && !reflected) {
            const auto at = queue.front();
            queue.pop_front();
            const auto &op = ops[at];
            if (at != w && op.writeValues[0] >= 0 && op.keys[0] == key)
                reflected = true;
            for (std::size_t k = 0; k < op.keys.size(); ++k)
                if (at != w && op.readValues[k] == write.writeValues[0] && op.keys[k] == key && op.call >= write.ret)
                    reflected = true;
            for (std::size_t next = at + 1; next < ops.size(); ++next) {
                if (seen[next])
                    continue;
                bool follows = sessionPrecedes(op, ops[next]);
                for (std::size_t k = 0; k < ops[next].keys.size() && !follows; ++k) {
                    const auto it = from.find({ops[next].keys[k], ops[next].readValues[k]});
                    follows = ops[next].readValues[k] > 0 && it != from.end() && it->second == at;
                }
                if (follows) {
                    seen[next] = true;
                    queue.push_back(next);
                }
            }
        }
        for (std::size_t r = 0; r < ops.size() && !reflected; ++r)
            for (std::size_t k = 0; k < ops[r].keys.size(); ++k)
                reflected = reflected || (isRead(ops[r]) && ops[r].keys[k] == key
                                          && ops[r].readValues[k] == write.writeValues[0] && ops[r].call >= write.ret);
        if (!reflected)
            lost.push_back(w);
    }
    return lost;
}

} // namespace cs
