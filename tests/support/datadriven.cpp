#include "datadriven.h"

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace cs::testing {

std::vector<std::string> splitWords(const std::string &line)
{
    std::istringstream in(line);
    std::vector<std::string> words;
    std::string word;
    while (in >> word)
        words.push_back(word);
    return words;
}

std::vector<DataDrivenCase> readDataDrivenFile(const std::string &path)
{
    std::ifstream in(path);
    if (!in)
        throw std::runtime_error("cannot read " + path);
    std::vector<DataDrivenCase> cases;
    std::string line;
    std::string comment;
    int number = 0;
    while (std::getline(in, line)) {
        ++number;
        if (line.empty())
            continue;
        if (line[0] == '#') {
            comment += line + "\n";
            continue;
        }
        DataDrivenCase current;
        current.line = number;
        current.comment = comment;
        current.command = line;
        comment.clear();
        if (!std::getline(in, line) || line != "----")
            throw std::runtime_error(path + ":" + std::to_string(number) + ": expected ---- after the command");
        ++number;
        while (std::getline(in, line)) {
            ++number;
            if (line.empty())
                break;
            current.expected += line + "\n";
        }
        cases.push_back(std::move(current));
    }
    return cases;
}

void writeDataDrivenFile(const std::string &path, const std::vector<DataDrivenCase> &cases,
                         const std::vector<std::string> &outputs)
{
    std::ofstream out(path);
    for (std::size_t i = 0; i < cases.size(); ++i) {
        out << cases[i].comment << cases[i].command << "\n----\n" << outputs[i] << "\n";
    }
}

} // namespace cs::testing
