#include "runsummary.h"

#include <map>
#include <sstream>

#include "tracereplay.h"
#include "operationsummary.h"

namespace cs::cli {

namespace {

constexpr std::size_t kNewsShown = 8;

// One line of the summary for a declared meaning: who, when, and what about, in the order it happened.
struct NewsLine
{
    const NoteMeaning *meaning = nullptr;
    std::vector<std::string> items;
};

std::string newsItem(const NoteMeaning &meaning, const Note &note, VirtualTime at)
{
    std::string item = "node " + std::to_string(meaning.whoOf(note)) + " at " + formatDuration(at);
    std::string about;
    if (const auto key = meaning.keyOf(note))
        about = std::string(meaning.keyName()) + " " + std::to_string(*key);
    if (meaning.text.empty() && !note.schema->textField.empty())
        about += (about.empty() ? "" : ", ") + nlohmann::json(note.text).dump();
    return about.empty() ? item : item + " (" + about + ")";
}

void writeNews(std::ostream &out, const NewsLine &line)
{
    const auto label = line.meaning->words.summary + ":";
    out << label << std::string(label.size() < 12 ? 12 - label.size() : 1, ' ');
    if (line.items.empty())
        out << "none";
    for (std::size_t i = 0; i < line.items.size() && i < kNewsShown; ++i)
        out << (i ? ", " : "") << line.items[i];
    if (line.items.size() > kNewsShown)
        out << " ... and " << line.items.size() - kNewsShown << " more";
    out << "\n";
}

} // namespace

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
    std::map<std::string, std::uint64_t> drops;
    std::uint64_t sent = 0, delivered = 0, dropped = 0;
    std::map<std::string, std::uint64_t> notes;
    const auto &descriptor = scenario.protocol->descriptor();
    // The protocol's declared leaders and decisions, each a line.
    std::vector<NewsLine> news;
    for (const auto meaning : {Meaning::Leader, Meaning::Decision}) {
        if (const auto *declared = findMeaning(descriptor.meanings, meaning))
            news.push_back({declared, {}});
    }
    MeaningTracker tracker(descriptor.meanings);
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
            ++notes[event["note"].get<std::string>()];
            const auto note = noteFromEvent(event, descriptor);
            const auto found = tracker.observe(note);
            for (auto &line : news) {
                if (found & MeaningTracker::bit(line.meaning->meaning))
                    line.items.push_back(newsItem(*line.meaning, note, event["t"].get<VirtualTime>()));
            }
        }
    }

    std::ostringstream out;
    out << scenario.protocol->descriptor().title << ", " << scenario.clusterSize() << " nodes, seed "
        << scenario.seed << ", until " << formatDuration(scenario.until) << ", faults " << scenario.faults
        << ", " << scenario.inputs.size() << " inputs\n";
    for (const auto &line : news)
        writeNews(out, line);
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
    if (trace.final.contains("measures")) {
        for (const auto &measure : trace.final["measures"]) {
            out << "measure:    " << measure["name"].get<std::string>() << " " << measure["value"].get<std::string>();
            if (const auto &reference = measure["reference"].get_ref<const std::string &>(); !reference.empty())
                out << " (textbook " << reference << ")";
            out << "\n";
        }
    }
    if (const auto loss = lossAtEnd(trace); loss > 0)
        out << "liveness:   not judged: " << loss << "% message loss never stopped\n";
    out << "invariants: " << violations.size() << (violations.size() == 1 ? " violation" : " violations") << "\n";
    for (std::size_t i = 0; i < violations.size() && i < 10; ++i)
        out << "  " << violationLine(violations[i]) << "\n";
    if (violations.size() > 10)
        out << "  ... and " << violations.size() - 10 << " more\n";
    return out.str();
}

} // namespace cs::cli
