#pragma once

#include <QCoreApplication>

#include <string>

// The language of texts that come with their own translations rather than through Qt's catalogue
// (scenario descriptions, the checker's anomaly sentences): the one place that asks which it is.
class ContentLanguage
{
    Q_DECLARE_TR_FUNCTIONS(ContentLanguage)

public:
    // "zh_CN" when the interface is in Simplified Chinese, "" for English.
    static std::string locale();
    static bool chinese() { return locale() == "zh_CN"; }
};
