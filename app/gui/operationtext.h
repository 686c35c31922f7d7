#pragma once

#include <QCoreApplication>
#include <QString>

#include "history.h"
#include "tracerecorder.h"

// Puts a client operation's invocation or completion into words for the event log, translated.
class OperationText
{
    Q_DECLARE_TR_FUNCTIONS(OperationText)

public:
    static QString invocation(const cs::RecordedOperation &recorded);
    static QString completion(const cs::RecordedOperation &recorded, cs::VirtualTime at);
    // The short label of a history bar: "w x=V1", "r x -> V0", "r x" while pending.
    static QString shortLabel(const cs::HistoryOperation &operation);
};
