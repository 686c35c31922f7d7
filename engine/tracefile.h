#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "scenario.h"

namespace cs {

inline constexpr std::string_view kTraceFormat = "clusterscope-trace";
inline constexpr int kTraceVersion = 1;
inline constexpr std::string_view kEngineVersion = "clusterscope-engine 0.1.0";
inline constexpr std::size_t kMaxTraceBytes = std::size_t(1) << 30;
inline constexpr std::size_t kMaxTraceEvents = 20'000'000;
// What a trace may cost in memory once parsed, as estimated while reading (a typical trace estimates
// at about 4.5 times its text, so traces up to about 200 MB load).
inline constexpr std::size_t kMaxTraceTreeBytes = std::size_t(1) << 30;

// A trace as a file holds it: the scenario with every input, the events, and the final states.
struct TraceDocument
{
    std::string engine = std::string(kEngineVersion);
    Scenario scenario;
    nlohmann::ordered_json events = nlohmann::ordered_json::array();
    nlohmann::ordered_json final = nlohmann::ordered_json::object();
};

// The trace in its file form: stable key order and one event per line, so equal runs give equal bytes.
std::string serializeTrace(const TraceDocument &trace);

// The same file form in three parts, so that a writer can stream the events without holding them:
// everything before the first event, one event with the separator before it, and everything after
// the last event. serializeTrace is traceHead + each traceEventText + traceTail.
std::string traceHead(const Scenario &scenario, std::string_view engine = kEngineVersion);
std::string traceEventText(const nlohmann::ordered_json &event, bool first);
std::string traceTail(const nlohmann::ordered_json &final, bool anyEvents);

// Reads and validates a trace; throws InputError naming the field ("events[17].t: ...").
TraceDocument parseTrace(std::string_view bytes, const ProtocolLookup &lookup);

// Reads a trace file; the error names the file.
TraceDocument loadTraceFile(const std::string &path, const ProtocolLookup &lookup);

} // namespace cs
