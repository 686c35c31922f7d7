#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

class QSaveFile;

namespace cs::cli {

// Writes bytes to a file atomically (QSaveFile): the old file stays whole until the new one is.
// Throws InputError naming the file if it cannot be written.
void writeFileAtomically(const std::string &path, const std::string &bytes);

// A file written atomically in pieces (QSaveFile): nothing replaces the old file until commit,
// and a writer destroyed before commit leaves the old file as it was.
class AtomicFileWriter
{
public:
    explicit AtomicFileWriter(const std::string &path);
    ~AtomicFileWriter();
    AtomicFileWriter(const AtomicFileWriter &) = delete;
    AtomicFileWriter &operator=(const AtomicFileWriter &) = delete;

    void write(std::string_view bytes);
    void commit();
    std::uint64_t written() const { return mWritten; }

private:
    [[noreturn]] void fail() const;

    std::string mPath;
    std::unique_ptr<QSaveFile> mFile;
    std::uint64_t mWritten = 0;
};

} // namespace cs::cli
