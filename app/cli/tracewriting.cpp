#include "tracewriting.h"

#include <QSaveFile>

#include "jsoncursor.h"

namespace cs::cli {

void writeFileAtomically(const std::string &path, const std::string &bytes)
{
    AtomicFileWriter file(path);
    file.write(bytes);
    file.commit();
}

AtomicFileWriter::AtomicFileWriter(const std::string &path)
    : mPath(path)
    , mFile(std::make_unique<QSaveFile>(QString::fromStdString(path)))
{
    if (!mFile->open(QIODevice::WriteOnly))
        fail();
}

AtomicFileWriter::~AtomicFileWriter() = default;

void AtomicFileWriter::write(std::string_view bytes)
{
    if (mFile->write(bytes.data(), static_cast<qint64>(bytes.size())) != static_cast<qint64>(bytes.size()))
        fail();
    mWritten += bytes.size();
}

void AtomicFileWriter::commit()
{
    if (!mFile->commit())
        fail();
}

void AtomicFileWriter::fail() const
{
    throw InputError(mPath + ": cannot write: " + mFile->errorString().toStdString());
}

} // namespace cs::cli
