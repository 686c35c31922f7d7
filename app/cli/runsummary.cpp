#include "runsummary.h"

#include <sstream>

#include "tracereplay.h"

namespace cs::cli {

namespace {

constexpr std::size_t kNewsShown = 8;

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

void writeNews(std::ostream &out, const NoteMeaning &meaning, const std::vector<std::string> &items)
{
    const auto label = meaning.words.summary + ":";
    out << label << std::string(label.size() < 12 ? 12 - label.size() : 1, ' ');
    if (items.empty())
        out << "none";
    for (std::size_t i = 0; i < items.size() && i < kNewsShown; ++i)
        out << (i ? ", " : "") << items[i];
    if (items.size() > kNewsShown)
        out << " ... and " << items.size() - kNewsShown << " more";
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

RunSummary::RunSummary(const Scenario &scenario)
    : mScenario(scenario)
    , mTracker(scenario.protocol->descriptor().meanings)
{
    // The protocol's declared leaders and decisions, each a line.
    for (const auto meaning : {Meaning::Leader, Meaning::Decision}) {
        if (const auto *declared = findMeaning(scenario.protocol->descriptor().meanings, meaning))
            mNews.push_back({declared, {}});
    }
}

void RunSummary::add(const nlohmann::ordered_json &event)
{
    const auto &kind = event["kind"].get_ref<const std::string &>();
    if (kind == "send") {
        ++mSent;
    } else if (kind == "deliver") {
        ++mDelivered;
    } else if (kind == "drop") {
        ++mDropped;
        ++mDrops[event["reason"].get<std::string>()];
    } else if (kind == "note") {
        ++mNotes[event["note"].get<std::string>()];
        const auto note = noteFromEvent(event, mScenario.protocol->descriptor());
        const auto found = mTracker.observe(note);
        for (auto &line : mNews) {
            if (found & MeaningTracker::bit(line.meaning->meaning))
                line.items.push_back(newsItem(*line.meaning, note, event["t"].get<VirtualTime>()));
        }
    } else {
        mOperations.add(event);
    }
}

std::string RunSummary::text(const nlohmann::ordered_json &final, std::int64_t lossAtEnd,
                             const std::vector<Violation> &violations) const
{
    std::ostringstream out;
    out << mScenario.protocol->descriptor().title << ", " << mScenario.clusterSize() << " nodes, seed "
        << mScenario.seed << ", until " << formatDuration(mScenario.until) << ", faults " << mScenario.faults
        << ", " << mScenario.inputs.size() << " inputs\n";
    for (const auto &line : mNews)
        writeNews(out, *line.meaning, line.items);
    out << "notes:      ";
    bool firstNote = true;
    for (const auto &[note, count] : mNotes) {
        out << (firstNote ? "" : ", ") << note << " " << count;
        firstNote = false;
    }
    out << "\n";
    out << "messages:   " << mSent << " sent, " << mDelivered << " delivered, " << mDropped << " dropped";
    if (!mDrops.empty()) {
        out << " (";
        bool first = true;
        for (const auto &[reason, count] : mDrops) {
            out << (first ? "" : ", ") << reason << " " << count;
            first = false;
        }
        out << ")";
    }
    out << "\n" << mOperations.text();
    if (final.contains("measures")) {
        for (const auto &measure : final["measures"]) {
            out << "measure:    " << measure["name"].get<std::string>() << " " << measure["value"].get<std::string>();
            if (const auto &reference = measure["reference"].get_ref<const std::string &>(); !reference.empty())
                out << " (textbook " << reference << ")";
            out << "\n";
        }
    }
    if (lossAtEnd > 0)
        out << "liveness:   not judged: " << lossAtEnd << "% message loss never stopped\n";
    out << "invariants: " << violations.size() << (violations.size() == 1 ? " violation" : " violations") << "\n";
    for (std::size_t i = 0; i < violations.size() && i < 10; ++i)
        out << "  " << violationLine(violations[i]) << "\n";
    if (violations.size() > 10)
        out << "  ... and " << violations.size() - 10 << " more\n";
    return out.str();
}

std::string runSummary(const TraceDocument &trace, const std::vector<Violation> &violations)
{
    RunSummary summary(trace.scenario);
    for (const auto &event : trace.events)
        summary.add(event);
    return summary.text(trace.final, lossAtEnd(trace), violations);
}

} // namespace cs::cli
