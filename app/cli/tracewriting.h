#pragma once

#include <string>

namespace cs::cli {

// Writes bytes to a file atomically (QSaveFile): the old file stays whole until the new one is.
// Throws InputError naming the file if it cannot be written.
void writeFileAtomically(const std::string &path, const std::string &bytes);

} // namespace cs::cli
