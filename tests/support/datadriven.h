#pragma once

#include <string>
#include <vector>

namespace cs::testing {

// One case of a datadriven test file (etcd raft style): a command line, a "----" line and the
// exact output expected, cases separated by a blank line; "#" lines before a case are comments.
struct DataDrivenCase
{
    int line = 0;
    std::string comment;
    std::string command;
    std::string expected;
};

std::vector<DataDrivenCase> readDataDrivenFile(const std::string &path);

// Rewrites the file with the given outputs, keeping comments and commands (CLUSTERSCOPE_REWRITE=1).
void writeDataDrivenFile(const std::string &path, const std::vector<DataDrivenCase> &cases,
                         const std::vector<std::string> &outputs);

std::vector<std::string> splitWords(const std::string &line);

} // namespace cs::testing
