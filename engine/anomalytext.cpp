#include "anomalytext.h"

#include <algorithm>

namespace cs {

namespace {

std::string valueText(const RegisterHistory &history, int key, int value, bool chinese)
{
    if (value <= 0 && !history.initialNames[static_cast<std::size_t>(key)].empty())
        return history.initialNames[static_cast<std::size_t>(key)];
    if (value <= 0)
        return chinese ? "（初始值）" : "(initial)";
    const auto &name = history.valueNames[static_cast<std::size_t>(value)];
    return name == std::string(1, '\0') ? std::string() : name;
}

std::string keyText(const RegisterHistory &history, int key)
{
    return history.keyNames[static_cast<std::size_t>(key)];
}

// "x=V1" for what an operation read (read) or wrote (write) on its k-th key.
std::string assignment(const RegisterHistory &history, const RegisterOp &op, std::size_t k, bool read, bool chinese)
{
    return keyText(history, op.keys[k]) + "=" + valueText(history, op.keys[k], read ? op.readValues[k] : op.writeValues[k], chinese);
}

std::size_t keyIndex(const RegisterOp &op, int key)
{
    for (std::size_t k = 0; k < op.keys.size(); ++k)
        if (op.keys[k] == key)
            return k;
    return 0;
}

// "A write x=1", "B cas x 1->2", "C read x=2".
std::string operationText(const RegisterHistory &history, const RegisterOp &op, bool chinese)
{
    std::string text = clientName(op.client) + " ";
    if (op.kind == OperationKind::Cas)
        return text + "cas " + keyText(history, op.keys[0]) + " " + valueText(history, op.keys[0], op.readValues[0], chinese)
               + "->" + valueText(history, op.keys[0], op.writeValues[0], chinese);
    const bool read = op.kind == OperationKind::Read;
    text += read ? "read " : "write ";
    for (std::size_t k = 0; k < op.keys.size(); ++k)
        text += (k ? "," : "") + assignment(history, op, k, read, chinese);
    return text;
}

ConsistencyAnomaly anomaly(ConsistencyModel model, std::string kind, std::vector<OperationId> operations,
                           std::string english, std::string chinese)
{
    std::sort(operations.begin(), operations.end());
    operations.erase(std::unique(operations.begin(), operations.end()), operations.end());
    return ConsistencyAnomaly{model, std::move(kind), std::move(operations), std::move(english), std::move(chinese)};
}

} // namespace

ConsistencyAnomaly describeNoOrder(ConsistencyModel model, const RegisterHistory &history,
                                   const std::vector<RegisterOp> &witness)
{
    std::vector<OperationId> ids;
    for (const auto &op : witness)
        ids.push_back(op.id);
    const bool realTime = model == ConsistencyModel::Linearizable;
    if (realTime) {
        for (const auto &read : witness) {
            if (read.kind != OperationKind::Read)
                continue;
            for (const auto &write : witness) {
                if (write.optional || write.writeValues[0] < 0 || write.keys[0] != read.keys[0]
                    || write.writeValues[0] == read.readValues[0] || write.ret > read.call)
                    continue;
                const auto source = std::find_if(witness.begin(), witness.end(), [&](const RegisterOp &op) {
                    return op.writeValues[0] == read.readValues[0] && op.keys[0] == read.keys[0];
                });
                if (read.readValues[0] != 0 && (source == witness.end() || source->ret > write.call))
                    continue;
                const bool own = write.client == read.client;
                const auto written = assignment(history, write, 0, false, false);
                const auto writtenZh = assignment(history, write, 0, false, true);
                return anomaly(model, "stale-read", ids,
                               clientName(read.client) + " read " + assignment(history, read, 0, true, false) + " after "
                                   + (own ? "its own" : clientName(write.client) + "'s") + " write of " + written
                                   + " completed",
                               clientName(read.client) + " 在" + (own ? "自己" : " " + clientName(write.client) + " ") + "写入 "
                                   + writtenZh + " 完成之后读到了 " + assignment(history, read, 0, true, true));
            }
        }
    }
    std::string english;
    std::string chinese;
    for (const auto &op : witness) {
        english += (english.empty() ? "" : ", ") + operationText(history, op, false);
        chinese += (chinese.empty() ? "" : "，") + operationText(history, op, true);
    }
    const auto count = std::to_string(witness.size());
    return anomaly(model, "no-order", ids,
                   "No order of these " + count + " operations keeps " + (realTime ? "real time and " : "")
                       + "each client's order: " + english,
                   "这 " + count + " 个操作不存在" + (realTime ? "既符合实时顺序又" : "") + "符合各客户端顺序的排列：" + chinese);
}

ConsistencyAnomaly describeSessionViolation(ConsistencyModel model, const RegisterHistory &history,
                                            const SessionViolation &violation)
{
    std::vector<OperationId> ids;
    for (const auto index : violation.operations)
        ids.push_back(history.ops[index].id);
    const auto &read = history.ops[violation.read];
    const auto &required = history.ops[violation.required];
    const auto reader = clientName(read.client);
    const auto writer = clientName(required.client);
    const auto key = keyText(history, violation.key);
    const auto got = key + "=" + valueText(history, violation.key, violation.readValue, false);
    const auto gotZh = key + "=" + valueText(history, violation.key, violation.readValue, true);
    const auto k = keyIndex(required, required.keys[0]);
    const auto seen = assignment(history, required, k, false, false);
    const auto seenZh = assignment(history, required, k, false, true);
    const auto viaWriter = violation.via ? clientName(history.ops[*violation.via].client) : writer;
    const auto viaText = violation.via ? operationText(history, history.ops[*violation.via], false) : std::string();
    const auto viaTextZh = violation.via ? operationText(history, history.ops[*violation.via], true) : std::string();
    switch (model) {
    case ConsistencyModel::ReadYourWrites:
        return anomaly(model, "stale-own-read", ids, reader + " read " + got + " after its own write of " + seen + " completed",
                       reader + " 在自己写入 " + seenZh + " 完成之后读到了 " + gotZh);
    case ConsistencyModel::MonotonicReads:
        return anomaly(model, "non-monotonic-read", ids, reader + " read " + got + " after it had already read " + seen,
                       reader + " 在已经读到 " + seenZh + " 之后又读到了 " + gotZh);
    case ConsistencyModel::MonotonicWrites:
        return anomaly(model, "writes-out-of-order", ids,
                       reader + " saw " + viaWriter + "'s later write (" + viaText + ") but then read " + got + ", missing "
                           + writer + "'s earlier write of " + seen,
                       reader + " 看到了 " + viaWriter + " 后来的写入（" + viaTextZh + "），却又读到了 " + gotZh + "，漏掉了 "
                           + writer + " 更早写入的 " + seenZh);
    case ConsistencyModel::WritesFollowReads:
        return anomaly(model, "write-before-its-read", ids,
                       reader + " saw " + viaWriter + "'s write (" + viaText + "), made after " + viaWriter + " read " + seen
                           + ", but then read " + got,
                       reader + " 看到了 " + viaWriter + " 在读到 " + seenZh + " 之后所做的写入（" + viaTextZh + "），却又读到了 "
                           + gotZh);
    case ConsistencyModel::Pram:
        return anomaly(model, "cycle", ids,
                       reader + " read " + got + " although " + seen
                           + " was already visible to it (its own writes, its earlier reads, each writer's order)",
                       reader + " 读到了 " + gotZh + "，尽管 " + seenZh + " 对它已经可见（它自己的写入、它先前的读、各写者的顺序）");
    default:
        return anomaly(model, "cycle", ids, reader + " read " + got + " although " + seen + " was in its causal past",
                       reader + " 读到了 " + gotZh + "，尽管 " + seenZh + " 已在它的因果历史中");
    }
}

ConsistencyAnomaly describePrefixViolation(const RegisterHistory &history, const WriteOrderViolation &violation)
{
    const auto &read = history.ops[violation.read];
    const auto &seen = history.ops[violation.seen];
    const auto &missed = history.ops[violation.missed];
    std::string got;
    std::string gotZh;
    for (std::size_t k = 0; k < read.keys.size(); ++k) {
        got += (k ? ", " : "") + assignment(history, read, k, true, false);
        gotZh += (k ? "，" : "") + assignment(history, read, k, true, true);
    }
    return anomaly(ConsistencyModel::ConsistentPrefix, "not-a-prefix", {read.id, seen.id, missed.id},
                   clientName(read.client) + " read " + got + ", which no prefix of the writes gives: it saw "
                       + assignment(history, seen, 0, false, false) + " but not " + assignment(history, missed, 0, false, false)
                       + ", written before it",
                   clientName(read.client) + " 读到了 " + gotZh + "，这不是任何写入前缀的结果：它看到了 "
                       + assignment(history, seen, 0, false, true) + "，却没看到更早写入的 "
                       + assignment(history, missed, 0, false, true));
}

ConsistencyAnomaly describeStaleRead(const RegisterHistory &history, const WriteOrderViolation &violation,
                                     VirtualTime bound)
{
    const auto &read = history.ops[violation.read];
    const auto &missed = history.ops[violation.missed];
    const auto k = keyIndex(read, violation.key);
    std::vector<OperationId> ids{read.id, missed.id};
    if (!violation.seenInitial)
        ids.push_back(history.ops[violation.seen].id);
    const auto limit = formatDuration(bound);
    return anomaly(ConsistencyModel::BoundedStaleness, "stale-read", ids,
                   clientName(read.client) + " read " + assignment(history, read, k, true, false) + " although "
                       + clientName(missed.client) + "'s write of " + assignment(history, missed, 0, false, false)
                       + " completed at least " + limit + " before the read began",
                   clientName(read.client) + " 读到了 " + assignment(history, read, k, true, true) + "，尽管 "
                       + clientName(missed.client) + " 写入 " + assignment(history, missed, 0, false, true) + " 在这次读开始前至少 "
                       + limit + " 就已完成");
}

ConsistencyAnomaly describeDivergence(const RegisterHistory &history, const WriteOrderViolation &violation)
{
    const auto &first = history.ops[violation.read];
    const auto &second = history.ops[violation.missed];
    const auto a = keyIndex(first, violation.key);
    const auto b = keyIndex(second, violation.key);
    return anomaly(ConsistencyModel::Eventual, "divergence", {first.id, second.id},
                   "After the run went quiet, " + clientName(first.client) + " read "
                       + assignment(history, first, a, true, false) + " but " + clientName(second.client) + " read "
                       + assignment(history, second, b, true, false),
                   "系统静止之后，" + clientName(first.client) + " 读到了 " + assignment(history, first, a, true, true) + "，而 "
                       + clientName(second.client) + " 读到了 " + assignment(history, second, b, true, true));
}

} // namespace cs
