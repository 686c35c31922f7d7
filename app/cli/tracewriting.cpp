#include "tracewriting.h"

#include <QSaveFile>

#include "jsoncursor.h"

namespace cs::cli {

void writeFileAtomically(const std::string &path, const std::string &bytes)
{
    QSaveFile file(QString::fromStdString(path));
    if (!file.open(QIODevice::WriteOnly))
        throw InputError(path + ": cannot write: " + file.errorString().toStdString());
    if (file.write(bytes.data(), static_cast<qint64>(bytes.size())) != static_cast<qint64>(bytes.size()))
        throw InputError(path + ": cannot write: " + file.errorString().toStdString());
    if (!file.commit())
        throw InputError(path + ": cannot write: " + file.errorString().toStdString());
}

} // namespace cs::cli
