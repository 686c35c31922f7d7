#include "cliarguments.h"

#include "jsoncursor.h"

namespace cs::cli {

std::string usageText()
{
    return "usage: clusterscope-cli VERB [options]\n"
           "\n"
           "  run     --protocol NAME --nodes N --seed S --until TIME [--scenario FILE]\n"
           "          [--faults none|random|crashes] [--set NAME=VALUE]... [--out FILE|-]\n"
           "          simulate, write the trace, print a summary (exit 1 on a violation)\n"
           "  replay  FILE   re-simulate a trace; exit 0 only if every event is identical\n"
           "  check   FILE [--consistency-json FILE]\n"
           "          re-check the invariants over a trace's events, and judge its register\n"
           "          operations against the consistency models; exit 1 on a violation\n"
           "  list           protocols with their parameters, defaults and ranges\n"
           "  schema scenario|trace|lesson   print the JSON Schema of scenario, trace or lesson files\n"
           "  lesson check FILE|ID...\n"
           "          play lessons headless in English and Chinese: every condition fires, every\n"
           "          goal is reached through its show-me, every stated answer is the engine's;\n"
           "          one line per step; exit 1 when a lesson fails its check\n"
           "\n"
           "Times take units: 250us, 150ms, 10s, 2m. Bad input exits with status 2.\n";
}

CliArguments parseCliArguments(const std::vector<std::string> &arguments)
{
    CliArguments parsed;
    if (arguments.empty())
        throw InputError("missing verb (run, replay, check, list, schema or lesson)");
    parsed.verb = arguments[0];
    if (parsed.verb == "--help" || parsed.verb == "-h" || parsed.verb == "help") {
        parsed.help = true;
        return parsed;
    }
    if (parsed.verb != "run" && parsed.verb != "replay" && parsed.verb != "check" && parsed.verb != "list"
        && parsed.verb != "schema" && parsed.verb != "lesson")
        throw InputError("unknown verb \"" + parsed.verb + "\" (expected run, replay, check, list, schema or lesson)");

    for (std::size_t i = 1; i < arguments.size(); ++i) {
        const std::string &argument = arguments[i];
        if (argument == "--help" || argument == "-h") {
            parsed.help = true;
            continue;
        }
        if (argument.rfind("--", 0) != 0) {
            if (parsed.verb == "run" || parsed.verb == "list")
                throw InputError("unexpected argument \"" + argument + "\" for " + parsed.verb);
            if (parsed.verb == "lesson" && !parsed.file.empty()) {
                parsed.lessons.push_back(argument);
                continue;
            }
            if (!parsed.file.empty() && parsed.verb == "schema")
                throw InputError("unexpected argument \"" + argument + "\" for schema");
            if (!parsed.file.empty())
                throw InputError("only one trace file, found \"" + parsed.file + "\" and \"" + argument + "\"");
            parsed.file = argument;
            continue;
        }
        std::string name = argument;
        std::optional<std::string> value;
        if (const auto eq = argument.find('='); eq != std::string::npos) {
            name = argument.substr(0, eq);
            value = argument.substr(eq + 1);
        }
        auto takeValue = [&]() -> std::string {
            if (value)
                return *value;
            if (i + 1 >= arguments.size())
                throw InputError(name + ": missing value");
            return arguments[++i];
        };
        if (parsed.verb == "check" && name == "--consistency-json") {
            parsed.consistencyJson = takeValue();
            continue;
        }
        if (parsed.verb != "run")
            throw InputError("unknown option " + name + " for " + parsed.verb);
        if (name == "--protocol")
            parsed.protocol = takeValue();
        else if (name == "--nodes")
            parsed.nodes = takeValue();
        else if (name == "--seed")
            parsed.seed = takeValue();
        else if (name == "--until")
            parsed.until = takeValue();
        else if (name == "--scenario")
            parsed.scenario = takeValue();
        else if (name == "--faults")
            parsed.faults = takeValue();
        else if (name == "--out")
            parsed.out = takeValue();
        else if (name == "--set") {
            const auto setting = takeValue();
            const auto eq = setting.find('=');
            if (eq == std::string::npos || eq == 0)
                throw InputError("--set: expected NAME=VALUE, got \"" + setting + "\"");
            parsed.settings.emplace_back(setting.substr(0, eq), setting.substr(eq + 1));
        } else
            throw InputError("unknown option " + name);
    }
    if ((parsed.verb == "replay" || parsed.verb == "check") && parsed.file.empty() && !parsed.help)
        throw InputError(parsed.verb + ": missing trace file");
    if (parsed.verb == "schema" && parsed.file != "scenario" && parsed.file != "trace" && parsed.file != "lesson"
        && !parsed.help)
        throw InputError("schema: expected \"scenario\", \"trace\" or \"lesson\"");
    if (parsed.verb == "lesson" && !parsed.help) {
        if (parsed.file != "check")
            throw InputError("lesson: expected \"check\" followed by lesson files or ids");
        if (parsed.lessons.empty())
            throw InputError("lesson check: missing lesson file or id");
    }
    return parsed;
}

} // namespace cs::cli
