#include "runsummary.h"

#include <map>
#include <sstream>

#include "operationsummary.h"

namespace cs::cli {

std::string violationLine(const Violation &violation)
{
    std::string line = formatDuration(violation.at) + "  " + violation.invariant;
    if (violation.node)
        line += " (node " + std::to_string(violation.node) + ")";
    return line + ": " + violation.detail;
}

std::string runSummary(const TraceDocument &trace, const std::vector<Violation> &violations)
{
    const auto &scenario = trace.scenario;
    std::map<std::int64_t, std::pair<NodeId, VirtualTime>> leaders;
    std::map<std::string, std::uint64_t> drops;
    std::uint64_t sent = 0, delivered = 0, dropped = 0, applied = 0;
    std::map<std::string, std::uint64_t> notes;
    const auto &descriptor = scenario.protocol->descriptor();
    const std::string leaderRole = descriptor.view.leaderRole.empty() ? "leader" : descriptor.view.leaderRole;
    const NoteSchema *roleSchema = nullptr;
    for (const auto *schema : descriptor.notes) {
        if (schema->kind == "role")
            roleSchema = schema;
    }
    const std::string termPrefix = roleSchema ? std::string(roleSchema->numberFields[0]).substr(0, 1) : "t";
    std::map<std::string, std::uint64_t> decisions;
    std::int64_t highestCommit = 0;
    for (const auto &event : trace.events) {
        const auto &kind = event["kind"].get_ref<const std::string &>();
        if (kind == "send") {
            ++sent;
        } else if (kind == "deliver") {
            ++delivered;
        } else if (kind == "drop") {
            ++dropped;
            ++drops[event["reason"].get<std::string>()];
        } else if (kind == "note") {
            const auto &note = event["note"].get_ref<const std::string &>();
            ++notes[note];
            if (note == "decide")
                ++decisions[event.value("decision", "")];
            if (note == "role" && event.value("role", "") == leaderRole) {
                // The role note's number (term, epoch, round) names the leadership.
                const auto *schema = roleSchema;
                const auto field = schema ? std::string(schema->numberFields[0]) : std::string("term");
                leaders.emplace(event.value(field, std::int64_t(0)),
                                std::make_pair(event["node"].get<NodeId>(), event["t"].get<VirtualTime>()));
            }
            else if (note == "commit" && event.contains("index") && event["index"].is_number_integer())
                highestCommit = std::max(highestCommit, event["index"].get<std::int64_t>());
            else if (note == "apply")
                ++applied;
        }
    }

    std::ostringstream out;
    out << scenario.protocol->descriptor().title << ", " << scenario.clusterSize() << " nodes, seed "
        << scenario.seed << ", until " << formatDuration(scenario.until) << ", faults " << scenario.faults
        << ", " << scenario.inputs.size() << " inputs\n";
    if (notes.contains("role")) {
        out << "leaders:    ";
        if (leaders.empty())
            out << "none";
        std::size_t shown = 0;
        for (const auto &[term, leader] : leaders) {
            if (shown == 10) {
                out << "  ... and " << leaders.size() - shown << " more";
                break;
            }
            out << (shown++ ? ", " : "") << termPrefix << term << " node " << leader.first << " at "
                << formatDuration(leader.second);
        }
        out << "\n";
    }
    if (notes.contains("apply"))
        out << "commits:    highest commit index " << highestCommit << ", " << applied << " entries applied\n";
    if (!decisions.empty()) {
        out << "decisions:  ";
        bool first = true;
        for (const auto &[decision, count] : decisions) {
            out << (first ? "" : ", ") << count << " " << decision;
            first = false;
        }
        out << "\n";
    }
    out << "notes:      ";
    bool firstNote = true;
    for (const auto &[note, count] : notes) {
        out << (firstNote ? "" : ", ") << note << " " << count;
        firstNote = false;
    }
    out << "\n";
    out << "messages:   " << sent << " sent, " << delivered << " delivered, " << dropped << " dropped";
    if (!drops.empty()) {
        out << " (";
        bool first = true;
        for (const auto &[reason, count] : drops) {
            out << (first ? "" : ", ") << reason << " " << count;
            first = false;
        }
        out << ")";
    }
    out << "\n" << operationSummary(trace.events);
    out << "invariants: " << violations.size() << (violations.size() == 1 ? " violation" : " violations") << "\n";
    for (std::size_t i = 0; i < violations.size() && i < 10; ++i)
        out << "  " << violationLine(violations[i]) << "\n";
    if (violations.size() > 10)
        out << "  ... and " << violations.size() - 10 << " more\n";
    return out.str();
}

} // namespace cs::cli
