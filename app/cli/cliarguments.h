#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace cs::cli {

// The parsed command line of clusterscope-cli; parsing fails with an InputError naming the flag.
struct CliArguments
{
    std::string verb;
    std::string file; // the trace of replay and check, the kind of schema, lesson's action ("check")
    // lesson check: the lesson files or ids.
    std::vector<std::string> lessons;
    std::optional<std::string> protocol;
    std::optional<std::string> nodes;
    std::optional<std::string> seed;
    std::optional<std::string> until;
    std::optional<std::string> scenario;
    std::optional<std::string> faults;
    std::optional<std::string> out;
    // check: where to write the consistency result as JSON.
    std::optional<std::string> consistencyJson;
    std::vector<std::pair<std::string, std::string>> settings;
    bool help = false;
};

CliArguments parseCliArguments(const std::vector<std::string> &arguments);

std::string usageText();

} // namespace cs::cli
