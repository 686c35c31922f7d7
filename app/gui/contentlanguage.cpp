#include "contentlanguage.h"

std::string ContentLanguage::locale()
{
    //: The locale of texts that carry their own translations: "en" for English, "zh_CN" for Simplified Chinese.
    return tr("en") == QLatin1String("zh_CN") ? std::string("zh_CN") : std::string();
}
