#include <QtTest>

#include <algorithm>
#include <array>
#include <optional>

#include "goldenfile.h"
#include "registry.h"
#include "scenario.h"
#include "statesnapshot.h"
#include "timeline.h"

using namespace cs;
using cs::testing::firstStateDifference;

namespace {

// Checkpoint intervals the sessions use: the app's 2 s and shorter ones, so that inputs land
// after many checkpoints were taken, and on their boundaries.
constexpr std::array<VirtualTime, 4> kIntervals{2 * kSecond, 250 * kMillisecond, 40 * kMillisecond, 7 * kMillisecond};
constexpr int kActionsPerSession = 30;
constexpr int kSeeksPerSession = 50;

std::vector<Input> toVector(const SharedChunkVector<Input, 256> &log)
{
    std::vector<Input> inputs;
    for (const auto &input : log)
        inputs.push_back(input);
    return inputs;
}

std::uint64_t nameHash(const QString &name)
{
    std::uint64_t hash = 1469598103934665603ULL;
    for (const auto c : name.toUtf8())
        hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
    return hash;
}

// The start of a linear run: nothing restored, every input of the log scheduled up front. An input
// acts only when its time comes, so up to any moment this is the run of the inputs logged by then.
Simulation linearStart(const Scenario &scenario, const std::vector<Input> &log)
{
    Simulation simulation(*scenario.protocol, scenario.parameters, scenario.seed);
    for (const auto &input : log)
        simulation.schedule(input);
    return simulation;
}

// A linear run to a moment as a seek reaches it: that many steps, then on to that time.
Simulation linearAt(const Scenario &scenario, const std::vector<Input> &log, std::uint64_t steps, VirtualTime time)
{
    auto simulation = linearStart(scenario, log);
    while (simulation.steps() < steps && simulation.step()) {
    }
    if (simulation.now() < time)
        simulation.runUntil(time);
    return simulation;
}

// One interactive session, driving its timeline exactly as SimulationController does: an input
// goes one microsecond after the present, acting while viewing the past forks the run there and
// keeps the old one as a branch, playback while viewing the past replays the viewed copy. Every
// moment it shows is compared with a linear run of the inputs logged so far.
class Session
{
public:
    Session(const Scenario &scenario, VirtualTime interval, std::uint64_t seed)
        : mScenario(scenario)
        , mInterval(interval)
        , mRandom(seed)
    {
        rebuild(scenario.inputs);
    }

    const Timeline &timeline() const { return *mTimeline; }
    const std::vector<std::string> &actions() const { return mActions; }
    const std::string &failure() const { return mFailure; }
    int forks() const { return mForks; }

    void run()
    {
        play(mRandom.uniform(0, 1500 * kMillisecond));
        for (int i = 0; i < kActionsPerSession && mFailure.empty(); ++i)
            act();
        goLive();
    }

private:
    // A saved run: its inputs and how far it had got.
    struct Branch
    {
        std::vector<Input> inputs;
        std::uint64_t steps = 0;
        VirtualTime time = 0;
    };

    const Simulation &shown() const { return mViewed ? *mViewed : mTimeline->present(); }
    std::int64_t pick(std::int64_t low, std::int64_t high) { return mRandom.uniform(low, high); }
    NodeId anyNode() { return static_cast<NodeId>(pick(1, shown().clusterSize())); }

    void note(std::string action)
    {
        mActions.push_back(formatDuration(shown().now()) + " " + std::move(action));
    }

    void rebuild(const std::vector<Input> &inputs)
    {
        Simulation start(*mScenario.protocol, mScenario.parameters, mScenario.seed);
        for (const auto &input : inputs)
            start.schedule(input);
        mTimeline = std::make_unique<Timeline>(start, mInterval);
        mViewed.reset();
        mTimeline->advanceTo(0);
    }

    // The shown moment must equal a linear run of the log to the same step and time.
    void checkShown(const char *what)
    {
        if (!mFailure.empty())
            return;
        const auto &state = shown();
        const auto linear = linearAt(mScenario, toVector(mTimeline->inputs()), state.steps(), state.now());
        const auto difference = firstStateDifference(linear, state);
        if (!difference.empty())
            mFailure = std::string(what) + " at " + formatDuration(state.now()) + ", step " + std::to_string(state.steps())
                       + ": " + difference;
    }

    void play(VirtualTime by)
    {
        note("play " + formatDuration(by));
        const auto target = shown().now() + by;
        if (mViewed) {
            if (target < mTimeline->present().now()) {
                mViewed->runUntil(target);
                checkShown("playing the past");
                return;
            }
            mViewed.reset();
        }
        mTimeline->advanceTo(target);
    }

    void stepOnce()
    {
        note("step");
        if (mViewed)
            seekToStep(mViewed->steps() + 1);
        else
            mTimeline->stepPresent();
    }

    void seekToTime(VirtualTime t)
    {
        note("seek to " + formatDuration(t));
        if (t >= mTimeline->present().now()) {
            mViewed.reset();
            return;
        }
        mViewed = mTimeline->stateAt(t);
        checkShown("seek by time");
    }

    void seekToStep(std::uint64_t step)
    {
        note("seek to step " + std::to_string(step));
        if (step >= mTimeline->present().steps()) {
            mViewed.reset();
            return;
        }
        mViewed = mTimeline->stateAtStep(step);
        checkShown("seek by step");
    }

    void goLive() { mViewed.reset(); }

    Branch current() const
    {
        return {toVector(mTimeline->inputs()), mTimeline->present().steps(), mTimeline->present().now()};
    }

    void apply(Input input)
    {
        note("input " + std::string(inputKindName(input.kind)) + " n" + std::to_string(input.node) + " peer "
             + std::to_string(input.peer));
        if (mViewed) {
            mBranches.push_back(current());
            const Simulation moment = *mViewed;
            auto forked = mTimeline->fork(moment, nullptr);
            *mTimeline = std::move(forked);
            mViewed.reset();
            ++mForks;
            const auto difference = firstStateDifference(moment, mTimeline->present());
            if (!difference.empty() && mFailure.empty())
                mFailure = "a fork does not start at the moment it was taken: " + difference;
            checkShown("a fork");
        }
        const auto scheduled = mTimeline->schedule(std::move(input));
        mTimeline->advanceTo(scheduled.at);
        checkShown("after an input");
    }

    void switchToBranch()
    {
        if (mBranches.empty())
            return;
        const auto index = static_cast<std::size_t>(pick(0, static_cast<std::int64_t>(mBranches.size()) - 1));
        note("switch to branch " + std::to_string(index));
        const Branch target = mBranches[index];
        mBranches.erase(mBranches.begin() + static_cast<std::ptrdiff_t>(index));
        mBranches.push_back(current());
        rebuild(target.inputs);
        mTimeline->catchUp(target.steps, target.time);
        if (mTimeline->present().steps() != target.steps || mTimeline->present().now() != target.time)
            mFailure = "a branch did not come back to where it was left";
        checkShown("a branch switched to");
    }

    // Plays to just before a moment that matters (the next logged input, the next checkpoint
    // boundary), so that the following input lands at exactly that time.
    void playToAnEdge()
    {
        const auto now = shown().now();
        std::optional<VirtualTime> edge;
        if (pick(0, 1) == 0) {
            for (const auto &input : mTimeline->inputs()) {
                if (input.at > now + 1) {
                    edge = input.at;
                    break;
                }
            }
        }
        if (!edge)
            edge = (now / mInterval + 1) * mInterval;
        play(*edge - 1 - now - pick(0, 1));
    }

    void randomInput()
    {
        const auto &shownState = shown();
        const int size = shownState.clusterSize();
        Input input;
        switch (pick(0, 9)) {
        case 0:
            input.kind = InputKind::Crash;
            input.node = anyNode();
            if (!shownState.isUp(input.node))
                return;
            break;
        case 1:
            input.kind = InputKind::Restart;
            input.node = anyNode();
            if (shownState.isUp(input.node))
                return;
            break;
        case 2:
        case 3:
            input.kind = pick(0, 1) ? InputKind::Cut : InputKind::Heal;
            input.node = anyNode();
            input.peer = anyNode();
            input.bothWays = pick(0, 3) != 0;
            if (input.node == input.peer)
                return;
            break;
        case 4: {
            input.kind = InputKind::Partition;
            std::vector<std::vector<NodeId>> groups(2);
            for (NodeId id = 1; id <= size; ++id)
                groups[static_cast<std::size_t>(pick(0, 1))].push_back(id);
            if (groups[0].empty() || groups[1].empty())
                return;
            input.groups = groups;
            break;
        }
        case 5:
            input.kind = InputKind::HealAll;
            break;
        case 6: {
            input.kind = InputKind::Client;
            input.node = anyNode();
            const auto &actions = shownState.protocol().descriptor().view.nodeActions;
            if (!actions.empty() && pick(0, 1))
                input.command = actions[static_cast<std::size_t>(pick(0, static_cast<std::int64_t>(actions.size()) - 1))].command;
            else
                input.command = "x" + std::to_string(pick(0, 4)) + "=" + std::to_string(pick(1, 99));
            if (!shownState.isUp(input.node))
                return;
            break;
        }
        case 7:
        case 8: {
            const auto messages = shownState.inFlight();
            if (messages.empty())
                return;
            input.kind = pick(0, 1) ? InputKind::DropMessage : InputKind::DuplicateMessage;
            input.messageId = messages[static_cast<std::size_t>(pick(0, static_cast<std::int64_t>(messages.size()) - 1))]->id;
            break;
        }
        default: {
            const auto &specs = shownState.protocol().descriptor().parameters;
            const auto index = static_cast<std::size_t>(pick(0, static_cast<std::int64_t>(specs.size()) - 1));
            const auto &spec = specs[index];
            if (!spec.changeableWhileRunning)
                return;
            auto values = mTimeline->present().parameters();
            values[index] = pick(spec.minimum, spec.maximum);
            if (values == mTimeline->present().parameters() || !parameterConsistencyProblem(specs, values).empty())
                return;
            input.kind = InputKind::SetParameter;
            input.parameter = spec.name;
            input.value = values[index];
            break;
        }
        }
        apply(std::move(input));
    }

    void act()
    {
        const auto &present = mTimeline->present();
        const auto choice = pick(0, 99);
        if (choice < 18) {
            play(pick(1, choice < 6 ? 1500 * kMillisecond : 300 * kMillisecond));
        } else if (choice < 24) {
            for (auto n = pick(1, 20); n > 0; --n)
                stepOnce();
        } else if (choice < 34) {
            seekToTime(pick(0, present.now()));
        } else if (choice < 40) {
            seekToStep(static_cast<std::uint64_t>(pick(0, static_cast<std::int64_t>(present.steps()))));
        } else if (choice < 44) {
            note("step back");
            if (shown().steps() > 0)
                seekToStep(shown().steps() - 1);
        } else if (choice < 46) {
            note("go live");
            goLive();
        } else if (choice < 49) {
            switchToBranch();
        } else if (choice < 55) {
            playToAnEdge();
        } else {
            randomInput();
        }
    }

    Scenario mScenario;
    VirtualTime mInterval;
    DeterministicRandom mRandom;
    std::unique_ptr<Timeline> mTimeline;
    std::optional<Simulation> mViewed;
    std::vector<Branch> mBranches;
    std::vector<std::string> mActions;
    std::string mFailure;
    int mForks = 0;
};

// The scenario of one session: a cluster of 3 to 5 nodes, sometimes with inputs already in its
// file (they sit in the log ahead of the present, and live inputs are inserted before them).
Scenario sessionScenario(const Protocol &protocol, DeterministicRandom &random)
{
    auto scenario = defaultScenario(protocol);
    scenario.seed = static_cast<std::uint64_t>(random.uniform(1, 1'000'000));
    const auto &sizeSpec = protocol.descriptor().parameters[kParamNodes];
    scenario.parameters[kParamNodes] =
        std::clamp<std::int64_t>(random.uniform(3, 5), sizeSpec.minimum, sizeSpec.maximum);
    const auto size = scenario.parameters[kParamNodes];
    for (auto n = random.uniform(-2, 3); n > 0; --n) {
        Input input;
        input.at = random.uniform(1, 3 * kSecond);
        input.kind = random.uniform(0, 1) ? InputKind::Crash : InputKind::Restart;
        input.node = static_cast<NodeId>(random.uniform(1, size));
        scenario.inputs.push_back(input);
    }
    return scenario;
}

std::string describeSession(const std::string &protocol, int session, const Session &run)
{
    std::string text = protocol + " session " + std::to_string(session) + " (set CLUSTERSCOPE_TIMETRAVEL_SESSIONS="
                       + std::to_string(session) + " to replay it): " + run.failure() + "\nactions:";
    for (const auto &action : run.actions())
        text += "\n  " + action;
    return text;
}

} // namespace

// Time travel equals re-simulation: random interactive sessions on every protocol (faults, client
// commands, dropped and duplicated messages, parameter changes, forks from the past, branch
// switches), then random seeks by time and by step, each compared field by field with a linear run.
class TestTimeTravelProperty : public QObject
{
    Q_OBJECT

private slots:
    void seeksEqualLinearRuns_data()
    {
        QTest::addColumn<QString>("protocol");
        for (const auto *protocol : allProtocols()) {
            const auto &name = protocol->descriptor().name;
            QTest::newRow(name.c_str()) << QString::fromStdString(name);
        }
    }

    void seeksEqualLinearRuns()
    {
        QFETCH(QString, protocol);
        const auto *found = findProtocol(protocol.toStdString());
        QVERIFY(found);
        const int sessions = cs::testing::timeTravelSessions();
        int seeks = 0, forks = 0;
        VirtualTime longest = 0;
        for (int session = 1; session <= sessions; ++session) {
            DeterministicRandom random(static_cast<std::uint64_t>(session) * 7919 + nameHash(protocol));
            const auto scenario = sessionScenario(*found, random);
            const auto interval = kIntervals[static_cast<std::size_t>(random.uniform(0, static_cast<std::int64_t>(kIntervals.size()) - 1))];
            Session run(scenario, interval, static_cast<std::uint64_t>(random.uniform(1, 1'000'000'000)));
            run.run();
            QVERIFY2(run.failure().empty(), describeSession(protocol.toStdString(), session, run).c_str());
            forks += run.forks();

            const auto &timeline = run.timeline();
            const auto &present = timeline.present();
            longest = std::max(longest, present.now());
            const auto log = toVector(timeline.inputs());
            std::vector<VirtualTime> times;
            std::vector<std::uint64_t> steps;
            for (int i = 0; i < kSeeksPerSession / 2; ++i) {
                times.push_back(random.uniform(0, present.now()));
                steps.push_back(static_cast<std::uint64_t>(random.uniform(0, static_cast<std::int64_t>(present.steps()))));
            }
            std::sort(times.begin(), times.end());
            std::sort(steps.begin(), steps.end());
            // One linear run per kind of seek, carried forward through the sorted targets.
            auto byTime = linearStart(scenario, log);
            for (const auto t : times) {
                byTime.runUntil(t);
                const auto sought = timeline.stateAt(t);
                QCOMPARE(sought.now(), t);
                const auto difference = firstStateDifference(byTime, sought);
                QVERIFY2(difference.empty(), (describeSession(protocol.toStdString(), session, run) + "\nseek to "
                                              + formatDuration(t) + ": " + difference).c_str());
                ++seeks;
            }
            auto byStep = linearStart(scenario, log);
            for (const auto s : steps) {
                while (byStep.steps() < s && byStep.step()) {
                }
                const auto sought = timeline.stateAtStep(s);
                QCOMPARE(sought.steps(), s);
                const auto difference = firstStateDifference(byStep, sought);
                QVERIFY2(difference.empty(), (describeSession(protocol.toStdString(), session, run) + "\nseek to step "
                                              + std::to_string(s) + ": " + difference).c_str());
                ++seeks;
            }
            const auto whole = linearAt(scenario, log, present.steps(), present.now());
            const auto difference = firstStateDifference(whole, present);
            QVERIFY2(difference.empty(), (describeSession(protocol.toStdString(), session, run)
                                          + "\nthe present: " + difference).c_str());
        }
        qInfo("%s: %d sessions (up to %s), %d forks, %d seeks, each equal to a linear run", qPrintable(protocol), sessions,
              formatDuration(longest).c_str(), forks, seeks);
    }

    // The comparison itself must catch a state that differs by one event.
    void aStateOneEventApartIsCaught()
    {
        const auto scenario = defaultScenario(*findProtocol("raft"));
        auto a = linearStart(scenario, {});
        a.runUntil(300 * kMillisecond);
        auto b = a;
        QVERIFY(firstStateDifference(a, b).empty());
        b.step();
        QVERIFY(!firstStateDifference(a, b).empty());
    }
};

QTEST_GUILESS_MAIN(TestTimeTravelProperty)
#include "tst_timetravelproperty.moc"
