#include "lessoncheck.h"

#include <optional>
#include <ostream>
#include <sstream>

#include "lessonplayer.h"
#include "registry.h"

namespace cs::cli {

namespace {

const std::string kResources = CS_RESOURCE_DIR;

// A lesson named by id ("raft-election") lives in resources/lessons; anything else is a path.
std::string lessonPath(const std::string &name)
{
    const bool id = name.find('/') == std::string::npos && name.find('.') == std::string::npos;
    return id ? kResources + "/lessons/" + name + ".json" : name;
}

std::string answerText(const PredictionAnswer &answer, PredictionKind kind)
{
    switch (kind) {
    case PredictionKind::Choice: return "choice " + answer.choice;
    case PredictionKind::Node: return "node " + std::to_string(answer.node);
    case PredictionKind::Message: return "message " + answer.message;
    case PredictionKind::Entry: return "node " + std::to_string(answer.node) + " entry " + std::to_string(answer.index);
    }
    return {};
}

// A failure of the check: the step's path in the file and what went wrong.
struct LessonFailure
{
    std::string message;
};

std::string stepName(std::size_t index, const LessonStep &step)
{
    return "steps[" + std::to_string(index) + "] (" + std::string(stepKindName(step.kind)) + ")";
}

// Plays the lesson to its end as a learner who lets the engine reveal every prediction and asks for
// every show-me; throws LessonFailure at the first step that does not play out. With `idleAt`, the
// learner does nothing at that act or goal: the play stops there and the step must be missed, for
// a goal the scenario reaches by itself proves nothing about the learner.
std::vector<StepRecord> playThrough(const Lesson &lesson, std::string_view locale,
                                    std::optional<std::size_t> idleAt = std::nullopt)
{
    LessonPlayer player(lesson);
    while (player.state() != StepState::Finished) {
        const auto index = player.stepIndex();
        const auto &step = *player.step();
        if (idleAt && index == *idleAt) {
            if (player.play() != StepState::Missed)
                throw LessonFailure{stepName(index, step) + ": \"until\" fires without the learner (at "
                                    + formatDuration(player.records().back().fired->at) + ")"};
            return player.records();
        }
        if (step.text.in(locale).empty())
            throw LessonFailure{stepName(index, step) + ": no " + std::string(locale) + " text"};
        switch (player.state()) {
        case StepState::Reading:
        case StepState::Revealed:
        case StepState::Reached: player.continueOn(); break;
        case StepState::Asking: player.reveal(); break;
        case StepState::Trying:
            if (!player.records().back().shownMe)
                player.showMe();
            player.play();
            break;
        case StepState::Waiting:
        case StepState::Revealing: player.play(); break;
        case StepState::Missed: {
            const auto bound = player.records().back().began.at + step.within;
            const char *what = step.kind == StepKind::Narrate   ? "\"until\" did not fire"
                               : step.kind == StepKind::Predict ? "the reveal did not fire"
                               : step.kind == StepKind::Act     ? "the act was not done by its show-me"
                                                                : "the goal was not reached by its show-me";
            throw LessonFailure{stepName(index, step) + ": " + what + " within " + formatDuration(step.within)
                                + " (by " + formatDuration(bound) + ")"};
        }
        case StepState::Finished: break;
        }
        if (player.state() == StepState::Revealed && step.expect) {
            const auto &engine = *player.records().back().engineAnswer;
            if (!(engine == *step.expect))
                throw LessonFailure{stepName(index, step) + ": the engine's answer is "
                                    + answerText(engine, step.prediction) + ", the lesson expects "
                                    + answerText(*step.expect, step.prediction)};
        }
    }
    return player.records();
}

std::string stepLine(std::size_t index, const LessonStep &step, const StepRecord &record)
{
    std::ostringstream line;
    line << "  " << (index + 1) << (index + 1 < 10 ? "  " : " ") << stepKindName(step.kind)
         << std::string(9 - stepKindName(step.kind).size(), ' ');
    const auto fired = record.fired ? formatDuration(record.fired->at) : std::string("-");
    line << fired << std::string(fired.size() < 10 ? 10 - fired.size() : 1, ' ');
    switch (step.kind) {
    case StepKind::Narrate: line << (step.until ? "fired" : "continued"); break;
    case StepKind::Predict:
        line << "revealed " << answerText(*record.engineAnswer, step.prediction)
             << (step.expect ? " (as stated)" : " (no stated answer)");
        break;
    case StepKind::Act: line << "done through show me"; break;
    case StepKind::Goal: line << "reached through show me"; break;
    }
    return line.str();
}

bool sameMoments(const std::vector<StepRecord> &a, const std::vector<StepRecord> &b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const auto &x = a[i];
        const auto &y = b[i];
        if (x.began.steps != y.began.steps || x.began.at != y.began.at || x.fired.has_value() != y.fired.has_value()
            || (x.fired && (x.fired->steps != y.fired->steps || x.fired->at != y.fired->at))
            || x.engineAnswer != y.engineAnswer)
            return false;
    }
    return true;
}

} // namespace

int checkLessons(const std::vector<std::string> &lessons, std::ostream &out)
{
    const ProtocolLookup lookup = [](std::string_view name) { return findProtocol(name); };
    int failed = 0;
    for (const auto &name : lessons) {
        const auto path = lessonPath(name);
        const auto lesson = loadLessonFile(path, kResources + "/scenarios", lookup);
        out << path << ": " << lesson.id << " (" << lesson.topic << ", " << lesson.steps.size() << " steps, "
            << lesson.scenario.protocol->descriptor().name << ")\n";
        try {
            const auto english = playThrough(lesson, "en");
            const auto chinese = playThrough(lesson, "zh_CN");
            if (!sameMoments(english, chinese))
                throw LessonFailure{"the English and Chinese plays differ"};
            for (std::size_t i = 0; i < lesson.steps.size(); ++i)
                if (lesson.steps[i].kind == StepKind::Act || lesson.steps[i].kind == StepKind::Goal)
                    playThrough(lesson, "en", i);
            for (std::size_t i = 0; i < english.size(); ++i)
                out << stepLine(i, lesson.steps[i], english[i]) << "\n";
            out << path << ": ok, " << english.size() << " steps in en and zh_CN\n";
        } catch (const LessonFailure &failure) {
            out << path << ": " << failure.message << "\n";
            ++failed;
        }
    }
    return failed == 0 ? 0 : 1;
}

} // namespace cs::cli
