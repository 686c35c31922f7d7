#include <iostream>
#include <string>
#include <vector>

#include "clicommands.h"
#include "jsoncursor.h"

int main(int argc, char **argv)
{
    std::vector<std::string> arguments(argv + 1, argv + argc);
    try {
        const auto parsed = cs::cli::parseCliArguments(arguments);
        return cs::cli::runCommand(parsed, std::cout, std::cerr);
    } catch (const cs::InputError &error) {
        std::cerr << "clusterscope-cli: " << error.what() << "\n";
        if (arguments.empty())
            std::cerr << cs::cli::usageText();
        return 2;
    } catch (const std::exception &error) {
        std::cerr << "clusterscope-cli: internal error: " << error.what() << "\n";
        return 3;
    }
}
