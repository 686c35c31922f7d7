#include "goldenfile.h"

#include <QtGlobal>

#include "datadriven.h"

namespace cs::testing {

std::string runGoldenFile(const std::string &path, ScenarioDriver &driver)
{
    const auto cases = readDataDrivenFile(path);
    if (cases.empty())
        return path + ": no cases";
    std::vector<std::string> outputs;
    const bool rewrite = qEnvironmentVariableIsSet("CLUSTERSCOPE_REWRITE");
    for (const auto &testCase : cases) {
        const auto output = driver.execute(testCase.command);
        outputs.push_back(output);
        if (!rewrite && output != testCase.expected)
            return path + ":" + std::to_string(testCase.line) + ": " + testCase.command + "\nexpected:\n"
                   + testCase.expected + "actual:\n" + output;
    }
    if (rewrite)
        writeDataDrivenFile(path, cases, outputs);
    return {};
}

int sweepSeeds(int suiteDefault)
{
    bool ok = false;
    const int requested = qEnvironmentVariableIntValue("CLUSTERSCOPE_SWEEP_SEEDS", &ok);
    return ok && requested > 0 ? requested : suiteDefault;
}

int timeTravelSessions()
{
    bool ok = false;
    const int requested = qEnvironmentVariableIntValue("CLUSTERSCOPE_TIMETRAVEL_SESSIONS", &ok);
    return ok && requested > 0 ? requested : 200;
}

} // namespace cs::testing
