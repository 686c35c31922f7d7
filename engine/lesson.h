#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lessoncondition.h"
#include "scenario.h"

namespace cs {

inline constexpr std::size_t kMaxLessonBytes = 1 << 20;
inline constexpr std::size_t kMaxLessonSteps = 200;
inline constexpr VirtualTime kDefaultStepBound = 30 * kSecond;

// Text in every language a lesson ships: English and Simplified Chinese, both required.
struct LocalizedText
{
    std::string en;
    std::string zhCN;

    // The text in "en" or "zh_CN"; English for any other locale.
    const std::string &in(std::string_view locale) const { return locale == "zh_CN" ? zhCN : en; }
};

// A log entry a step points at: the node's entry at this index.
struct EntryRef
{
    NodeRef node;
    std::int64_t index = 0;
};

// What a step asks the views to draw attention to; node references resolve when the step begins.
struct Highlight
{
    std::vector<NodeRef> nodes;
    std::vector<std::pair<NodeRef, NodeRef>> links;
    std::vector<std::string> messages;
    std::vector<EntryRef> entries;
};

// One choice of a multiple-choice prediction: it is the engine's answer when its condition is
// the first of the choices' to fire during the reveal.
struct PredictionChoice
{
    std::string id;
    LocalizedText text;
    Condition when;
};

// What a prediction asks the learner to pick.
enum class PredictionKind : std::uint8_t { Choice, Node, Message, Entry };

// A learner's or the engine's answer to a prediction: a choice's id, a node, a message type, or a
// log entry (node and index).
struct PredictionAnswer
{
    std::string choice;
    NodeId node = 0;
    std::string message;
    std::int64_t index = 0;

    bool operator==(const PredictionAnswer &) const = default;
};

// What a step does: tell (and perhaps wait), ask for a prediction, ask for an action, set a goal.
enum class StepKind : std::uint8_t { Narrate, Predict, Act, Goal };

std::string_view stepKindName(StepKind kind);

// One step of a lesson, as the author wrote it.
struct LessonStep
{
    StepKind kind = StepKind::Narrate;
    LocalizedText text;
    Highlight highlight;
    // narrate: continue by itself once this fires (otherwise the learner continues); act and goal:
    // what the learner must bring about.
    std::optional<Condition> until;
    // How long (virtual time from the step's start) the engine plays before it gives up waiting.
    VirtualTime within = kDefaultStepBound;

    // predict
    PredictionKind prediction = PredictionKind::Choice;
    std::vector<PredictionChoice> choices;
    // Node, message and entry predictions: the event that reveals the answer; for an entry, the
    // note's number field that gives its index.
    std::optional<Condition> reveal;
    int entryField = -1;
    // The answer the author expects; the check verifies the engine agrees.
    std::optional<PredictionAnswer> expect;
    // Said once the answer is revealed.
    std::optional<LocalizedText> explain;

    // act and goal: staged hints, and the author's inputs (times relative to the step's start).
    std::vector<LocalizedText> hints;
    std::vector<Input> showMe;
};

// A guided lesson: a scenario and the steps that walk a learner through it.
struct Lesson
{
    std::string id;
    std::string topic;
    LocalizedText title;
    LocalizedText summary;
    Scenario scenario;
    // The scenario file's name when the lesson names one, empty for an inline scenario.
    std::string scenarioFile;
    std::vector<LessonStep> steps;
};

// Loads a scenario a lesson names by file name (resolved in the scenarios folder).
using ScenarioLoader = std::function<Scenario(const std::string &name)>;

// Reads a lesson object; every problem is an InputError naming the JSON path ("steps[3].text.zh_CN:
// missing").
Lesson parseLesson(const JsonCursor &root, const ProtocolLookup &lookup, const ScenarioLoader &loadScenario);

// Reads a lesson file; a scenario named by file is looked up in `scenarioDirectory`. The error
// names the file.
Lesson loadLessonFile(const std::string &path, const std::string &scenarioDirectory, const ProtocolLookup &lookup);

// Reads a lesson from a file's bytes (an embedded lesson); the error names `origin`.
Lesson parseLessonBytes(std::string_view bytes, const std::string &origin, const ProtocolLookup &lookup,
                        const ScenarioLoader &loadScenario);

} // namespace cs
