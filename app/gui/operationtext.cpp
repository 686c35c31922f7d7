#include "operationtext.h"

#include "protocolvocabulary.h"

namespace {

QString text(const std::string &value)
{
    return QString::fromStdString(value);
}

} // namespace

QString OperationText::invocation(const cs::RecordedOperation &recorded)
{
    const auto &request = recorded.operation.request;
    const auto client = text(cs::clientName(request.client));
    const auto node = recorded.operation.node;
    const auto op = static_cast<qulonglong>(request.operation);
    switch (request.kind) {
    case cs::OperationKind::Write:
        return tr("client %1 writes %2 = %3 at n%4 (operation %5)")
            .arg(client, text(request.key), text(request.value)).arg(node).arg(op);
    case cs::OperationKind::Read:
        return tr("client %1 reads %2 at n%3 (operation %4)").arg(client, text(request.key)).arg(node).arg(op);
    case cs::OperationKind::Cas:
        return tr("client %1 sets %2 from %3 to %4 at n%5 (operation %6)")
            .arg(client, text(request.key), text(request.expected), text(request.value))
            .arg(node)
            .arg(op);
    case cs::OperationKind::Command:
        break;
    }
    return tr("client %1 sends %2 to n%3 (operation %4)").arg(client, text(request.value)).arg(node).arg(op);
}

QString OperationText::completion(const cs::RecordedOperation &recorded, cs::VirtualTime at)
{
    const auto &request = recorded.operation.request;
    const auto &outcome = recorded.outcome;
    const auto client = text(cs::clientName(request.client));
    const auto op = static_cast<qulonglong>(request.operation);
    const auto after = text(cs::formatDuration(at - recorded.operation.invokedAt));
    switch (outcome.result) {
    case cs::OperationResult::Ok:
        if (!outcome.value.empty())
            return tr("client %1: operation %2 ok, value %3, after %4").arg(client).arg(op).arg(text(outcome.value), after);
        return tr("client %1: operation %2 ok after %3").arg(client).arg(op).arg(after);
    case cs::OperationResult::Fail:
        if (outcome.leader != 0)
            return tr("client %1: operation %2 failed (%3; the leader is n%4) after %5")
                .arg(client).arg(op).arg(protocolText(outcome.error)).arg(outcome.leader).arg(after);
        return tr("client %1: operation %2 failed (%3) after %4").arg(client).arg(op).arg(protocolText(outcome.error), after);
    case cs::OperationResult::Unknown:
        break;
    }
    return tr("client %1: operation %2 unknown: no answer within %3, it may or may not have taken effect")
        .arg(client).arg(op).arg(after);
}

QString OperationText::shortLabel(const cs::HistoryOperation &operation)
{
    QStringList keys, values;
    for (const auto &key : operation.keys)
        keys << text(key);
    for (const auto &value : operation.values)
        values << (value.empty() ? tr("nil") : text(value));
    if (operation.kind == cs::OperationKind::Write)
        return tr("w %1=%2").arg(keys.join(QLatin1Char(',')), values.join(QLatin1Char(',')));
    if (operation.pending || operation.result != cs::OperationResult::Ok)
        return tr("r %1").arg(keys.join(QLatin1Char(',')));
    return tr("r %1 \u2192 %2").arg(keys.join(QLatin1Char(',')), values.join(QLatin1Char(',')));
}
