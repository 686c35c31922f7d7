#include "lesson.h"

#include <algorithm>

namespace cs {

namespace {

constexpr std::size_t kMaxText = 4000;
constexpr std::size_t kMaxList = 64;

LocalizedText readText(const JsonCursor &cursor)
{
    requireKnownKeys(cursor, {"en", "zh_CN"});
    LocalizedText text{cursor["en"].string(kMaxText), cursor["zh_CN"].string(kMaxText)};
    if (text.en.empty())
        cursor["en"].fail("the text cannot be empty");
    if (text.zhCN.empty())
        cursor["zh_CN"].fail("the text cannot be empty");
    return text;
}

std::string readIdentifier(const JsonCursor &cursor)
{
    auto name = cursor.string(64);
    const bool valid = !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    });
    if (!valid)
        cursor.fail("expected lower-case letters, digits and dashes, such as \"raft-election\"");
    return name;
}

Highlight readHighlight(const JsonCursor &cursor, int size)
{
    requireKnownKeys(cursor, {"nodes", "links", "messages", "entries"});
    Highlight highlight;
    if (cursor.has("nodes")) {
        const auto list = cursor["nodes"].requireArray(kMaxList);
        for (std::size_t i = 0; i < list.size(); ++i)
            highlight.nodes.push_back(parseNodeRef(list[i], size));
    }
    if (cursor.has("links")) {
        const auto list = cursor["links"].requireArray(kMaxList);
        for (std::size_t i = 0; i < list.size(); ++i) {
            const auto pair = list[i].requireArray(2);
            if (pair.size() != 2)
                pair.fail("expected a pair of nodes such as [1, 2]");
            highlight.links.emplace_back(parseNodeRef(pair[0], size), parseNodeRef(pair[1], size));
        }
    }
    if (cursor.has("messages")) {
        const auto list = cursor["messages"].requireArray(kMaxList);
        for (std::size_t i = 0; i < list.size(); ++i)
            highlight.messages.push_back(list[i].string(64));
    }
    if (cursor.has("entries")) {
        const auto list = cursor["entries"].requireArray(kMaxList);
        for (std::size_t i = 0; i < list.size(); ++i) {
            requireKnownKeys(list[i], {"node", "index"});
            highlight.entries.push_back({parseNodeRef(list[i]["node"], size), list[i]["index"].integer(1, INT64_MAX)});
        }
    }
    return highlight;
}

PredictionAnswer readExpected(const JsonCursor &cursor, const LessonStep &step, int size)
{
    PredictionAnswer answer;
    switch (step.prediction) {
    case PredictionKind::Choice: {
        answer.choice = cursor.string(64);
        const auto it = std::find_if(step.choices.begin(), step.choices.end(),
                                     [&](const PredictionChoice &choice) { return choice.id == answer.choice; });
        if (it == step.choices.end())
            cursor.fail("no choice has the id \"" + answer.choice + "\"");
        break;
    }
    case PredictionKind::Node: answer.node = static_cast<NodeId>(cursor.integer(1, size)); break;
    case PredictionKind::Message: answer.message = cursor.string(64); break;
    case PredictionKind::Entry:
        requireKnownKeys(cursor, {"node", "index"});
        answer.node = static_cast<NodeId>(cursor["node"].integer(1, size));
        answer.index = cursor["index"].integer(INT64_MIN, INT64_MAX);
        break;
    }
    return answer;
}

void readPrediction(const JsonCursor &cursor, const Scenario &scenario, LessonStep &step)
{
    const int size = scenario.clusterSize();
    const auto pick = cursor["pick"].string(16);
    if (pick == "choice") {
        step.prediction = PredictionKind::Choice;
        const auto list = cursor["choices"].requireArray(kMaxList);
        if (list.size() < 2)
            list.fail("a prediction needs at least two choices");
        for (std::size_t i = 0; i < list.size(); ++i) {
            requireKnownKeys(list[i], {"id", "text", "when"});
            PredictionChoice choice{readIdentifier(list[i]["id"]), readText(list[i]["text"]),
                                    parseCondition(list[i]["when"], *scenario.protocol, size)};
            for (const auto &other : step.choices)
                if (other.id == choice.id)
                    list[i]["id"].fail("two choices have the id \"" + choice.id + "\"");
            step.choices.push_back(std::move(choice));
        }
        if (cursor.has("reveal"))
            cursor["reveal"].fail("a multiple-choice prediction is revealed by its choices' \"when\"");
    } else {
        if (pick == "node")
            step.prediction = PredictionKind::Node;
        else if (pick == "message")
            step.prediction = PredictionKind::Message;
        else if (pick == "entry")
            step.prediction = PredictionKind::Entry;
        else
            cursor["pick"].fail("expected \"choice\", \"node\", \"message\" or \"entry\"");
        if (cursor.has("choices"))
            cursor["choices"].fail("only a \"choice\" prediction has choices");
        step.reveal = parseCondition(cursor["reveal"], *scenario.protocol, size);
        if (step.prediction == PredictionKind::Message && step.reveal->kind != Condition::Kind::Delivered)
            cursor["reveal"].fail("a message prediction is revealed by a \"delivered\" condition");
        if (step.prediction == PredictionKind::Entry) {
            if (step.reveal->kind != Condition::Kind::Note)
                cursor["reveal"].fail("an entry prediction is revealed by a \"note\" condition");
            const auto field = cursor["entryField"];
            const auto name = field.string(32);
            const auto &names = step.reveal->note->numberFields;
            const auto it = std::find(names.begin(), names.end(), name);
            if (name.empty() || it == names.end())
                field.fail("the note \"" + std::string(step.reveal->note->kind) + "\" has no number field \"" + name + "\"");
            step.entryField = static_cast<int>(it - names.begin());
        }
    }
    if (step.prediction != PredictionKind::Entry && cursor.has("entryField"))
        cursor["entryField"].fail("only an \"entry\" prediction names an entry field");
    if (cursor.has("expect"))
        step.expect = readExpected(cursor["expect"], step, size);
    if (cursor.has("explain"))
        step.explain = readText(cursor["explain"]);
}

LessonStep readStep(const JsonCursor &cursor, const Scenario &scenario)
{
    cursor.requireObject();
    const int size = scenario.clusterSize();
    LessonStep step;
    const auto kindField = cursor["kind"];
    const auto kind = kindField.string(16);
    if (kind == "narrate") {
        requireKnownKeys(cursor, {"kind", "text", "until", "within", "highlight"});
        step.kind = StepKind::Narrate;
    } else if (kind == "predict") {
        requireKnownKeys(cursor, {"kind", "text", "pick", "choices", "reveal", "entryField", "expect", "explain",
                                  "within", "highlight"});
        step.kind = StepKind::Predict;
    } else if (kind == "act" || kind == "goal") {
        requireKnownKeys(cursor, {"kind", "text", "until", "hints", "showMe", "within", "highlight"});
        step.kind = kind == "act" ? StepKind::Act : StepKind::Goal;
    } else {
        kindField.fail("expected \"narrate\", \"predict\", \"act\" or \"goal\"");
    }
    step.text = readText(cursor["text"]);
    if (cursor.has("within"))
        step.within = cursor["within"].duration(1, kMaxRunLength);
    if (cursor.has("highlight"))
        step.highlight = readHighlight(cursor["highlight"], size);
    if (step.kind == StepKind::Predict) {
        readPrediction(cursor, scenario, step);
        return step;
    }
    if (cursor.has("until") || step.kind != StepKind::Narrate)
        step.until = parseCondition(cursor["until"], *scenario.protocol, size);
    if (step.kind == StepKind::Narrate)
        return step;
    if (cursor.has("hints")) {
        const auto list = cursor["hints"].requireArray(kMaxList);
        for (std::size_t i = 0; i < list.size(); ++i)
            step.hints.push_back(readText(list[i]));
    }
    const auto showMe = cursor["showMe"].requireArray(kMaxList);
    if (showMe.size() == 0)
        showMe.fail("\"show me\" needs at least one input");
    for (std::size_t i = 0; i < showMe.size(); ++i)
        step.showMe.push_back(parseInput(showMe[i], scenario));
    std::stable_sort(step.showMe.begin(), step.showMe.end(), [](const Input &a, const Input &b) { return a.at < b.at; });
    return step;
}

} // namespace

std::string_view stepKindName(StepKind kind)
{
    switch (kind) {
    case StepKind::Narrate: return "narrate";
    case StepKind::Predict: return "predict";
    case StepKind::Act: return "act";
    case StepKind::Goal: return "goal";
    }
    return "narrate";
}

Lesson parseLesson(const JsonCursor &root, const ProtocolLookup &lookup, const ScenarioLoader &loadScenario)
{
    requireKnownKeys(root, {"format", "version", "id", "topic", "title", "summary", "scenario", "steps"});
    if (root["format"].string(32) != "clusterscope-lesson")
        root["format"].fail("expected \"clusterscope-lesson\"");
    root["version"].integer(1, 1);
    Lesson lesson;
    lesson.id = readIdentifier(root["id"]);
    lesson.topic = readIdentifier(root["topic"]);
    lesson.title = readText(root["title"]);
    lesson.summary = readText(root["summary"]);
    const auto scenario = root["scenario"];
    if (scenario.value().is_string()) {
        lesson.scenarioFile = scenario.string(128);
        const bool plain = !lesson.scenarioFile.empty() && lesson.scenarioFile.find('/') == std::string::npos
                           && lesson.scenarioFile.find('\\') == std::string::npos && lesson.scenarioFile[0] != '.';
        if (!plain || lesson.scenarioFile.size() < 6
            || lesson.scenarioFile.compare(lesson.scenarioFile.size() - 5, 5, ".json") != 0)
            scenario.fail("expected the name of a file in resources/scenarios, such as \"raft-leader-crash.json\"");
        try {
            lesson.scenario = loadScenario(lesson.scenarioFile);
        } catch (const InputError &error) {
            scenario.fail(error.what());
        }
    } else {
        lesson.scenario = parseScenario(scenario, lookup);
    }
    if (lesson.scenario.faults != "none")
        scenario.fail("a lesson's scenario cannot have random faults");
    const auto steps = root["steps"].requireArray(kMaxLessonSteps);
    if (steps.size() == 0)
        steps.fail("a lesson needs at least one step");
    for (std::size_t i = 0; i < steps.size(); ++i)
        lesson.steps.push_back(readStep(steps[i], lesson.scenario));
    return lesson;
}

Lesson parseLessonBytes(std::string_view bytes, const std::string &origin, const ProtocolLookup &lookup,
                        const ScenarioLoader &loadScenario)
{
    try {
        if (bytes.size() > kMaxLessonBytes)
            throw InputError("the lesson is larger than " + std::to_string(kMaxLessonBytes) + " bytes");
        const auto document = parseJsonDocument(bytes, {kMaxLessonBytes, 32, 64 * 1024, 10000, 64 * kMaxLessonBytes});
        return parseLesson(JsonCursor(document, ""), lookup, loadScenario);
    } catch (const InputError &error) {
        throw InputError(origin + ": " + error.what());
    }
}

Lesson loadLessonFile(const std::string &path, const std::string &scenarioDirectory, const ProtocolLookup &lookup)
{
    try {
        const auto bytes = readFileLimited(path, kMaxLessonBytes);
        const auto document = parseJsonDocument(bytes, {kMaxLessonBytes, 32, 64 * 1024, 10000, 64 * kMaxLessonBytes});
        const ScenarioLoader loader = [&](const std::string &name) {
            return loadScenarioFile(scenarioDirectory + "/" + name, lookup);
        };
        return parseLesson(JsonCursor(document, ""), lookup, loader);
    } catch (const InputError &error) {
        throw InputError(path + ": " + error.what());
    }
}

} // namespace cs
