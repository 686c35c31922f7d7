#pragma once

#include <QCoreApplication>
#include <QString>

#include "consistencychecker.h"

// The consistency models in the user's words: full and short names, what a partition lets each
// keep, and an anomaly's sentence in the language of the interface.
class ModelNames
{
    Q_DECLARE_TR_FUNCTIONS(ModelNames)

public:
    static QString name(cs::ConsistencyModel model);
    // A badge's few letters: "Lin", "Seq", "RYW"...
    static QString shortName(cs::ConsistencyModel model);
    static QString availability(cs::ConsistencyModel model);
    // A session guarantee a client asks for ("strong", "read-your-writes"...), in the user's words.
    static QString sessionGuarantee(std::string_view guarantee);
    // The checker's sentence in Chinese when the interface is in Chinese, else in English.
    static QString anomalyText(const cs::ConsistencyAnomaly &anomaly);
};
