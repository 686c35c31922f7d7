#include "simulationcontroller.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <algorithm>
#include <array>
#include <cmath>
#include <fstream>

#include "protocolvocabulary.h"
#include "recordedrun.h"
#include "registry.h"

namespace {

constexpr std::array<double, 13> kSpeeds{0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100};
// Run-until gives up after this much virtual time, or after 20 times the protocol's longest
// duration parameter if that is longer; the step limit only keeps a very dense run responsive.
constexpr cs::VirtualTime kRunUntilMinimumBound = 60 * cs::kSecond;
constexpr cs::VirtualTime kRunUntilTimeoutMultiple = 20;
constexpr std::uint64_t kRunUntilStepLimit = 2'000'000;
constexpr int kFrameMillis = 16;
constexpr cs::VirtualTime kCheckpointInterval = 2 * cs::kSecond;
constexpr double kDropMarkWallMicros = 1.5e6;
constexpr std::size_t kMaxDropMarks = 400;

QString writeAtomically(const QString &path, const std::string &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QCoreApplication::translate("SimulationController", "%1: cannot write: %2").arg(path, file.errorString());
    if (file.write(bytes.data(), static_cast<qint64>(bytes.size())) != static_cast<qint64>(bytes.size()) || !file.commit())
        return QCoreApplication::translate("SimulationController", "%1: cannot write: %2").arg(path, file.errorString());
    return {};
}

} // namespace

// Sees every event of the controller's simulation: records it and remembers what views need.
class PlaybackObserver final : public cs::SimulationObserver
{
public:
    explicit PlaybackObserver(SimulationController &controller)
        : mController(controller)
        , mMeanings(controller.descriptor().meanings)
    {
    }

    void onSend(const cs::InFlightMessage &message) override
    {
        mController.mRecorder->onSend(message);
        touch(message.from);
    }
    void onDeliver(cs::VirtualTime at, const cs::InFlightMessage &message) override
    {
        mController.mRecorder->onDeliver(at, message);
        touch(message.to);
    }
    void onDrop(cs::VirtualTime at, const cs::InFlightMessage &message, cs::DropReason reason) override
    {
        mController.mRecorder->onDrop(at, message, reason);
        const double span = static_cast<double>(std::max<cs::VirtualTime>(message.arrivesAt - message.sentAt, 1));
        const double progress = std::clamp(static_cast<double>(at - message.sentAt) / span, 0.0, 1.0);
        mController.mDropMarks.push_back({message.from, message.to, progress, at});
    }
    void onTimer(cs::VirtualTime at, cs::NodeId node, int timer) override
    {
        mController.mRecorder->onTimer(at, node, timer);
        touch(node);
    }
    void onInput(const cs::Input &input) override
    {
        mController.mRecorder->onInput(input);
        touch(input.node);
    }
    void onNote(cs::VirtualTime at, const cs::Note &note) override
    {
        mController.mRecorder->onNote(at, note);
        touch(note.node);
        const auto news = mMeanings.observe(note);
        leaderElected = leaderElected || (news & cs::MeaningTracker::bit(cs::Meaning::Leader));
        committed = committed || (news & cs::MeaningTracker::bit(cs::Meaning::Decision));
    }
    void onViolation(const cs::Violation &violation) override
    {
        mController.mRecorder->onViolation(violation);
        violated = true;
    }
    void onInvoke(cs::VirtualTime at, const cs::PendingOperation &operation) override
    {
        mController.mRecorder->onInvoke(at, operation);
    }
    void onComplete(cs::VirtualTime at, const cs::PendingOperation &operation,
                    const cs::OperationOutcome &outcome) override
    {
        mController.mRecorder->onComplete(at, operation, outcome);
    }
    void onStepEnd(std::uint64_t) override
    {
        mController.mStepEvents.push_back(static_cast<std::uint32_t>(mController.mRecorder->size()));
    }

    void touch(cs::NodeId node)
    {
        auto &changed = mController.mChangedNodes;
        if (node != 0 && std::find(changed.begin(), changed.end(), node) == changed.end())
            changed.push_back(node);
    }

    bool leaderElected = false;
    bool committed = false;
    bool violated = false;

private:
    SimulationController &mController;
    cs::MeaningTracker mMeanings;
};

SimulationController::SimulationController(QObject *parent)
    : QObject(parent)
{
    mFrameTimer.setInterval(kFrameMillis);
    mFrameTimer.setTimerType(Qt::PreciseTimer);
    connect(&mFrameTimer, &QTimer::timeout, this, &SimulationController::onFrame);
    mWallClock.start();
    load(cs::defaultScenario(*cs::findProtocol("raft")));
}

SimulationController::~SimulationController() = default;

void SimulationController::load(const cs::Scenario &scenario)
{
    dropLesson();
    mScenario = scenario;
    mScenarioInputs = scenario.inputs;
    mBranches.clear();
    emit branchesChanged();
    reset();
}

void SimulationController::switchProtocol(const cs::Protocol &protocol, int nodes)
{
    auto next = cs::defaultScenario(protocol);
    next.seed = mScenario.seed;
    const auto &sizeSpec = protocol.descriptor().parameters[cs::kParamNodes];
    next.parameters[cs::kParamNodes] =
        std::clamp<std::int64_t>(nodes > 0 ? nodes : mScenario.parameters[cs::kParamNodes], sizeSpec.minimum, sizeSpec.maximum);
    // The network as it is now, including changes made while the cluster ran.
    for (int shared = cs::kParamLatencyMin; shared < cs::kNetworkParameterCount; ++shared)
        next.parameters[static_cast<std::size_t>(shared)] = present().parameters()[static_cast<std::size_t>(shared)];
    setPlaying(false);
    load(next);
}

void SimulationController::reset()
{
    if (mLesson) {
        openLesson(mLessonDocument);
        return;
    }
    mSelectedMessage = 0;
    rebuild(mScenarioInputs);
    if (mSelectedNode > present().clusterSize())
        mSelectedNode = 0;
    emit clusterReset();
    emit selectionChanged(mSelectedNode);
    afterEvents();
}

void SimulationController::rebuild(const std::vector<cs::Input> &inputs)
{
    cs::Simulation start(*mScenario.protocol, mScenario.parameters, mScenario.seed);
    for (const auto &input : inputs)
        start.schedule(input);
    startRecording();
    mTimeline = std::make_unique<cs::Timeline>(start, kCheckpointInterval);
    mTimeline->present().setObserver(mObserver.get());
    syncScenarioInputs();
    mTimeline->advanceTo(0);
}

void SimulationController::startRecording()
{
    mRecorder = std::make_unique<cs::TraceRecorder>(mScenario.protocol->descriptor());
    mObserver = std::make_unique<PlaybackObserver>(*this);
    mViewed.reset();
    mStepEvents.assign(1, 0);
    mDisplayTime = 0;
    mDropMarks.clear();
    mChangedNodes.clear();
    mReportedViolations = 0;
    mClientCounter = 0;
}

cs::SimulationObserver *SimulationController::viewObserver() const
{
    return mObserver.get();
}

void SimulationController::syncScenarioInputs()
{
    mScenario.inputs.clear();
    for (const auto &input : timeline().inputs())
        mScenario.inputs.push_back(input);
}

std::size_t SimulationController::eventsAtStep(std::uint64_t step) const
{
    return mStepEvents[std::min<std::size_t>(step, mStepEvents.size() - 1)];
}

cs::NodeId SimulationController::leader() const
{
    const auto &leaderRole = descriptor().view.leaderRole;
    if (leaderRole.empty())
        return 0;
    cs::NodeId best = 0;
    std::int64_t bestTerm = -1;
    const auto &shown = simulation();
    for (cs::NodeId id = 1; id <= shown.clusterSize(); ++id) {
        if (!shown.isUp(id))
            continue;
        const auto description = shown.node(id).describe(0);
        if (description.role == leaderRole && description.term > bestTerm) {
            best = id;
            bestTerm = description.term;
        }
    }
    return best;
}

void SimulationController::setPlaying(bool playing)
{
    if (playing == mPlaying)
        return;
    mPlaying = playing;
    if (mPlaying) {
        mLastFrameMicros = mWallClock.nsecsElapsed() / 1000;
        mFrameTimer.start();
    } else {
        mFrameTimer.stop();
    }
    emit playingChanged(mPlaying);
}

void SimulationController::togglePlaying()
{
    setPlaying(!mPlaying);
}

void SimulationController::onFrame()
{
    const qint64 nowMicros = mWallClock.nsecsElapsed() / 1000;
    const qint64 delta = std::min<qint64>(nowMicros - mLastFrameMicros, 250000);
    mLastFrameMicros = nowMicros;
    advanceWallTime(delta);
}

void SimulationController::advanceWallTime(qint64 wallMicros)
{
    mChangedNodes.clear();
    mDisplayTime += static_cast<double>(wallMicros) * kBaseRate * mSpeed;
    const auto target = static_cast<cs::VirtualTime>(std::floor(mDisplayTime));
    if (mViewed) {
        // Replaying the past: catch up with the present, then carry on live.
        if (target < present().now()) {
            mViewed->runUntil(target);
            afterEvents();
            return;
        }
        mViewed.reset();
    }
    if (mLesson) {
        playLesson(target);
        return;
    }
    mTimeline->advanceTo(target);
    afterEvents();
}

void SimulationController::advanceTo(cs::VirtualTime time)
{
    goLive();
    mChangedNodes.clear();
    if (mLesson) {
        playLesson(time);
        return;
    }
    mTimeline->advanceTo(time);
    mDisplayTime = std::max(mDisplayTime, static_cast<double>(present().now()));
    afterEvents();
}

void SimulationController::stepOnce()
{
    setPlaying(false);
    if (mViewed) {
        seekToStep(mViewed->steps() + 1);
        return;
    }
    mChangedNodes.clear();
    if (mLesson) {
        // A lesson moves on only while its player plays: to the next event's time.
        auto probe = present();
        if (const auto next = probe.nextEventTime(); next && mLesson->playing())
            playLesson(*next);
        return;
    }
    if (mTimeline->stepPresent())
        mDisplayTime = static_cast<double>(present().now());
    afterEvents();
}

void SimulationController::stepBack()
{
    setPlaying(false);
    const auto steps = simulation().steps();
    if (steps > 0)
        seekToStep(steps - 1);
}

void SimulationController::seekToStep(std::uint64_t step)
{
    mChangedNodes.clear();
    if (step >= present().steps()) {
        mViewed.reset();
        mDisplayTime = static_cast<double>(present().now());
    } else {
        mViewed = timeline().stateAtStep(step);
        mDisplayTime = static_cast<double>(mViewed->now());
    }
    afterEvents();
}

void SimulationController::seekToTime(double time)
{
    mChangedNodes.clear();
    const auto target = static_cast<cs::VirtualTime>(std::floor(std::max(time, 0.0)));
    if (target >= present().now()) {
        mViewed.reset();
        mDisplayTime = static_cast<double>(present().now());
    } else {
        mViewed = timeline().stateAt(target);
        mDisplayTime = std::max(time, 0.0);
    }
    afterEvents();
}

void SimulationController::goLive()
{
    if (!mViewed)
        return;
    mViewed.reset();
    mDisplayTime = static_cast<double>(present().now());
    afterEvents();
}

cs::VirtualTime SimulationController::runUntilBound() const
{
    cs::VirtualTime longest = 0;
    const auto &specs = descriptor().parameters;
    for (std::size_t i = 0; i < specs.size(); ++i) {
        if (specs[i].unit == cs::ParameterUnit::Duration)
            longest = std::max(longest, present().parameters()[i]);
    }
    return std::max(kRunUntilMinimumBound, kRunUntilTimeoutMultiple * longest);
}

bool SimulationController::runUntilNext(StopAt kind)
{
    setPlaying(false);
    goLive();
    mChangedNodes.clear();
    if (mLesson) {
        emit runUntilGaveUp(tr("The lesson plays the simulation: continue the lesson, or close it to explore freely."));
        return false;
    }
    const cs::NoteMeaning *meaning = nullptr;
    if (kind != StopAt::Violation) {
        meaning = cs::findMeaning(descriptor().meanings,
                                  kind == StopAt::LeaderElected ? cs::Meaning::Leader : cs::Meaning::Decision);
        if (!meaning) {
            emit runUntilGaveUp(tr("%1 declares nothing to run until.").arg(protocolText(descriptor().title)));
            return false;
        }
    }
    const auto start = present().now();
    const auto deadline = start + runUntilBound();
    mObserver->leaderElected = mObserver->committed = mObserver->violated = false;
    bool found = false;
    std::uint64_t steps = 0;
    for (; steps < kRunUntilStepLimit; ++steps) {
        const auto next = mTimeline->present().nextEventTime();
        if (!next || *next > deadline || !mTimeline->stepPresent())
            break;
        found = (kind == StopAt::LeaderElected && mObserver->leaderElected)
                || (kind == StopAt::Commit && mObserver->committed) || (kind == StopAt::Violation && mObserver->violated);
        if (found)
            break;
    }
    if (!found && steps < kRunUntilStepLimit)
        mTimeline->advanceTo(deadline);
    mDisplayTime = static_cast<double>(present().now());
    afterEvents();
    if (!found) {
        const auto nothing = meaning ? protocolText(meaning->words.nothing) : tr("No violation was found");
        emit runUntilGaveUp(tr("%1 in %2 of virtual time; stopped at %3.")
                                .arg(nothing, QString::fromStdString(cs::formatDuration(present().now() - start)),
                                     QString::fromStdString(cs::formatDuration(present().now()))));
    }
    return found;
}

void SimulationController::setSpeed(double speed)
{
    speed = std::clamp(speed, kMinSpeed, kMaxSpeed);
    if (speed == mSpeed)
        return;
    mSpeed = speed;
    emit speedChanged(mSpeed);
}

void SimulationController::faster()
{
    for (double step : kSpeeds) {
        if (step > mSpeed * 1.0001) {
            setSpeed(step);
            return;
        }
    }
}

void SimulationController::slower()
{
    for (auto it = kSpeeds.rbegin(); it != kSpeeds.rend(); ++it) {
        if (*it < mSpeed * 0.9999) {
            setSpeed(*it);
            return;
        }
    }
}

void SimulationController::selectNode(cs::NodeId node)
{
    if (node < 0 || node > present().clusterSize() || node == mSelectedNode)
        return;
    mSelectedNode = node;
    emit selectionChanged(node);
}

void SimulationController::selectMessage(std::uint64_t messageId)
{
    if (messageId == mSelectedMessage)
        return;
    mSelectedMessage = messageId;
    emit messageSelectionChanged(messageId);
}

void SimulationController::afterEvents()
{
    // A drop mark stays for about 1.5 s of playback at the current speed, and while paused.
    const double horizon = kDropMarkWallMicros * kBaseRate * mSpeed;
    mDropMarks.erase(std::remove_if(mDropMarks.begin(), mDropMarks.end(),
                                    [this, horizon](const DropMark &mark) {
                                        return mDisplayTime - static_cast<double>(mark.at) > horizon;
                                    }),
                     mDropMarks.end());
    if (mDropMarks.size() > kMaxDropMarks)
        mDropMarks.erase(mDropMarks.begin(), mDropMarks.end() - static_cast<std::ptrdiff_t>(kMaxDropMarks));
    const auto &violations = present().violations();
    for (; mReportedViolations < violations.size(); ++mReportedViolations) {
        const auto &violation = violations[mReportedViolations];
        emit violationFound(QString::fromStdString(violation.invariant + ": " + violation.detail));
    }
    emit advanced();
}

void SimulationController::forkFromViewedMoment()
{
    Branch old;
    old.inputs = mScenario.inputs;
    old.steps = present().steps();
    old.time = present().now();
    old.label = tr("Branch %1: %2 inputs, up to %3")
                    .arg(mBranches.size() + 1)
                    .arg(old.inputs.size())
                    .arg(QString::fromStdString(cs::formatDuration(present().now())));
    mBranches.push_back(std::move(old));
    const cs::Simulation moment = *mViewed;
    startRecording();
    auto forked = mTimeline->fork(moment, mObserver.get());
    mTimeline = std::make_unique<cs::Timeline>(std::move(forked));
    syncScenarioInputs();
    mDisplayTime = static_cast<double>(present().now());
    emit branchesChanged();
    emit clusterReset();
}

void SimulationController::switchToBranch(int branch)
{
    if (branch < 0 || branch >= static_cast<int>(mBranches.size()) || mLesson)
        return;
    setPlaying(false);
    Branch current;
    current.inputs = mScenario.inputs;
    current.steps = present().steps();
    current.time = present().now();
    current.label = tr("Branch %1: %2 inputs, up to %3")
                        .arg(mBranches.size() + 1)
                        .arg(current.inputs.size())
                        .arg(QString::fromStdString(cs::formatDuration(present().now())));
    const Branch target = mBranches[static_cast<std::size_t>(branch)];
    mBranches.erase(mBranches.begin() + branch);
    mBranches.push_back(std::move(current));
    rebuild(target.inputs);
    mTimeline->catchUp(target.steps, target.time);
    mDisplayTime = static_cast<double>(present().now());
    emit branchesChanged();
    emit clusterReset();
    afterEvents();
}

void SimulationController::apply(cs::Input input)
{
    if (mLesson) {
        // During a lesson the learner's action is the player's input, given at the present.
        goLive();
        mLesson->input(std::move(input));
        syncScenarioInputs();
        afterLessonAction();
        return;
    }
    // Acting on the past forks the run there; the old future is kept as a branch.
    if (mViewed)
        forkFromViewedMoment();
    // One microsecond after everything already shown, so the input replays at the same point.
    const auto scheduled = mTimeline->schedule(std::move(input));
    syncScenarioInputs();
    mChangedNodes.clear();
    mTimeline->advanceTo(scheduled.at);
    mDisplayTime = std::max(mDisplayTime, static_cast<double>(scheduled.at));
    afterEvents();
    emit inputApplied(QString::fromStdString(mRecorder->size() ? mRecorder->describe(mRecorder->size() - 1) : ""));
}

void SimulationController::crash(cs::NodeId node)
{
    if (node < 1 || node > simulation().clusterSize() || !simulation().isUp(node))
        return;
    cs::Input input;
    input.kind = cs::InputKind::Crash;
    input.node = node;
    apply(input);
}

void SimulationController::restart(cs::NodeId node)
{
    if (node < 1 || node > simulation().clusterSize() || simulation().isUp(node))
        return;
    cs::Input input;
    input.kind = cs::InputKind::Restart;
    input.node = node;
    apply(input);
}

void SimulationController::pause(cs::NodeId node, cs::VirtualTime duration)
{
    if (node < 1 || node > simulation().clusterSize() || !simulation().isUp(node) || duration <= 0)
        return;
    cs::Input input;
    input.kind = cs::InputKind::Pause;
    input.node = node;
    input.value = duration;
    apply(input);
}

void SimulationController::slowLink(cs::NodeId a, cs::NodeId b, cs::VirtualTime delay)
{
    const int size = simulation().clusterSize();
    if (a < 1 || b < 1 || a > size || b > size || a == b || delay < 0)
        return;
    cs::Input input;
    input.kind = cs::InputKind::SlowLink;
    input.node = a;
    input.peer = b;
    input.value = delay;
    apply(input);
}

void SimulationController::toggleNode(cs::NodeId node)
{
    if (node < 1 || node > simulation().clusterSize())
        return;
    if (simulation().isUp(node))
        crash(node);
    else
        restart(node);
}

void SimulationController::setLink(cs::NodeId a, cs::NodeId b, bool up)
{
    const int size = simulation().clusterSize();
    if (a < 1 || b < 1 || a > size || b > size || a == b)
        return;
    cs::Input input;
    input.kind = up ? cs::InputKind::Heal : cs::InputKind::Cut;
    input.node = a;
    input.peer = b;
    apply(input);
}

void SimulationController::toggleLink(cs::NodeId a, cs::NodeId b)
{
    const int size = simulation().clusterSize();
    if (a < 1 || b < 1 || a > size || b > size || a == b)
        return;
    const bool up = simulation().linkUp(a, b) && simulation().linkUp(b, a);
    setLink(a, b, !up);
}

void SimulationController::partition(const std::vector<std::vector<cs::NodeId>> &groups)
{
    cs::Input input;
    input.kind = cs::InputKind::Partition;
    for (const auto &group : groups) {
        std::vector<cs::NodeId> members;
        for (cs::NodeId node : group) {
            if (node >= 1 && node <= simulation().clusterSize())
                members.push_back(node);
        }
        std::sort(members.begin(), members.end());
        if (!members.empty())
            input.groups.push_back(members);
    }
    if (input.groups.size() < 2)
        return;
    apply(input);
}

void SimulationController::isolate(cs::NodeId node)
{
    if (node < 1 || node > simulation().clusterSize() || simulation().clusterSize() < 2)
        return;
    std::vector<cs::NodeId> rest;
    for (cs::NodeId id = 1; id <= simulation().clusterSize(); ++id) {
        if (id != node)
            rest.push_back(id);
    }
    partition({{node}, rest});
}

void SimulationController::healAll()
{
    cs::Input input;
    input.kind = cs::InputKind::HealAll;
    apply(input);
}

void SimulationController::clientCommand(cs::NodeId node, const std::string &command)
{
    if (node < 1 || node > simulation().clusterSize() || !simulation().isUp(node) || command.empty()
        || command.size() > cs::kMaxCommandLength)
        return;
    cs::Input input;
    input.kind = cs::InputKind::Client;
    input.node = node;
    input.command = command;
    apply(input);
}

void SimulationController::clientRequest()
{
    cs::NodeId target = leader();
    for (cs::NodeId id = 1; target == 0 && id <= simulation().clusterSize(); ++id) {
        if (simulation().isUp(id))
            target = id;
    }
    if (target == 0)
        return;
    ++mClientCounter;
    clientCommand(target, "x" + std::to_string(mClientCounter % 5) + "=" + std::to_string(mClientCounter));
}

void SimulationController::clientOperation(cs::ClientId client, cs::NodeId node, cs::OperationKind kind,
                                           const std::string &key, const std::string &value,
                                           const std::string &consistency)
{
    if (node < 1 || node > simulation().clusterSize() || client < 1 || client > cs::kMaxClients || key.empty()
        || key.size() + value.size() > cs::kMaxCommandLength || kind == cs::OperationKind::Command
        || !cs::isSessionConsistency(consistency))
        return;
    cs::Input input;
    input.kind = cs::InputKind::Client;
    input.node = node;
    input.client = client;
    input.operation = kind;
    input.key = key;
    if (kind == cs::OperationKind::Write)
        input.command = value;
    input.consistency = consistency;
    apply(input);
}

void SimulationController::setParameter(const std::string &name, std::int64_t value)
{
    const auto &specs = descriptor().parameters;
    const auto index = cs::parameterIndex(specs, name);
    if (!index)
        return;
    const auto &spec = specs[static_cast<std::size_t>(*index)];
    if (!spec.changeableWhileRunning) {
        if (*index == cs::kParamNodes && value != mScenario.parameters[cs::kParamNodes]) {
            auto scenario = mScenario;
            scenario.parameters[cs::kParamNodes] = std::clamp(value, spec.minimum, spec.maximum);
            scenario.inputs.clear();
            load(scenario);
        }
        return;
    }
    auto values = present().parameters();
    values[static_cast<std::size_t>(*index)] = std::clamp(value, spec.minimum, spec.maximum);
    if (values == present().parameters() || !cs::parameterConsistencyProblem(specs, values).empty())
        return;
    cs::Input input;
    input.kind = cs::InputKind::SetParameter;
    input.parameter = name;
    input.value = values[static_cast<std::size_t>(*index)];
    apply(input);
}

void SimulationController::dropMessage(std::uint64_t messageId)
{
    cs::Input input;
    input.kind = cs::InputKind::DropMessage;
    input.messageId = messageId;
    apply(input);
}

void SimulationController::duplicateMessage(std::uint64_t messageId)
{
    cs::Input input;
    input.kind = cs::InputKind::DuplicateMessage;
    input.messageId = messageId;
    apply(input);
}

cs::TraceDocument SimulationController::traceDocument() const
{
    cs::TraceDocument trace;
    trace.scenario = mScenario;
    trace.scenario.inputs.clear();
    for (const auto &input : present().inputs())
        trace.scenario.inputs.push_back(input);
    trace.scenario.until = std::max<cs::VirtualTime>(present().now(), 1);
    trace.events = mRecorder->eventsToJson();
    trace.final = cs::finalStateJson(present());
    return trace;
}

QString SimulationController::exportTrace(const QString &path) const
{
    return writeAtomically(path, cs::serializeTrace(traceDocument()));
}

QString SimulationController::saveScenario(const QString &path) const
{
    return writeAtomically(path, cs::scenarioFileToJson(mScenario).dump(2) + "\n");
}

QString SimulationController::openScenario(const QString &path)
{
    const auto lookup = [](std::string_view name) { return cs::findProtocol(name); };
    try {
        // An embedded example (":/examples/...") is read through Qt's resource system.
        QFile embedded(path);
        const bool resource = path.startsWith(QLatin1String(":/"));
        if (resource && !embedded.open(QIODevice::ReadOnly))
            return tr("%1: no such example").arg(path);
        const auto bytes = resource ? embedded.readAll() : QByteArray();
        load(resource ? cs::parseScenarioBytes(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())),
                                               path.toStdString(), lookup)
                      : cs::loadScenarioFile(path.toStdString(), lookup));
        return {};
    } catch (const cs::InputError &error) {
        return QString::fromStdString(error.what());
    }
}

QString SimulationController::describeDifference(const cs::ReplayDifference &difference, cs::VirtualTime *at) const
{
    QString when;
    if (difference.index < mRecorder->size()) {
        const auto time = mRecorder->events()[difference.index].t;
        when = QString::fromStdString(cs::formatDuration(time));
        if (at)
            *at = time;
    }
    return tr("The runs first differ at event %1%2.\nRecorded: %3\nThis run: %4")
        .arg(difference.index)
        .arg(when.isEmpty() ? QString() : tr(" (at %1)").arg(when))
        .arg(QString::fromStdString(difference.recorded), QString::fromStdString(difference.replayed));
}

SimulationController::OpenResult SimulationController::openTrace(const QString &path)
{
    cs::TraceDocument trace;
    try {
        trace = cs::loadTraceFile(path.toStdString(), [](std::string_view name) { return cs::findProtocol(name); });
    } catch (const cs::InputError &error) {
        return {QString::fromStdString(error.what()), {}};
    }
    setPlaying(false);
    dropLesson();
    mScenario = trace.scenario;
    mScenarioInputs = trace.scenario.inputs;
    mBranches.clear();
    emit branchesChanged();
    mSelectedMessage = 0;
    rebuild(mScenarioInputs);
    mTimeline->advanceTo(trace.scenario.until);
    showNewRun();
    const auto difference = cs::firstDifference(trace.events, *mRecorder, mRecorder->size());
    return {{}, difference ? describeDifference(*difference, nullptr) : QString()};
}

QString SimulationController::compareWithTrace(const QString &path, cs::VirtualTime *at)
{
    cs::TraceDocument trace;
    try {
        trace = cs::loadTraceFile(path.toStdString(), [](std::string_view name) { return cs::findProtocol(name); });
    } catch (const cs::InputError &error) {
        return QString::fromStdString(error.what());
    }
    const auto difference = cs::firstDifference(trace.events, *mRecorder, mRecorder->size());
    return difference ? describeDifference(*difference, at) : QString();
}

QString SimulationController::compareWithBranch(int branch, cs::VirtualTime *at)
{
    if (branch < 0 || branch >= static_cast<int>(mBranches.size()))
        return {};
    const auto &other = mBranches[static_cast<std::size_t>(branch)];
    auto scenario = mScenario;
    scenario.inputs = other.inputs;
    cs::RecordedRun run(scenario);
    while (run.simulation().steps() < other.steps && run.simulation().step()) {
    }
    const auto difference = cs::firstDifference(run.recorder().eventsToJson(), *mRecorder, mRecorder->size());
    return difference ? describeDifference(*difference, at) : QString();
}

void SimulationController::showNewRun()
{
    mDisplayTime = static_cast<double>(present().now());
    if (mSelectedNode > present().clusterSize())
        mSelectedNode = 0;
    emit clusterReset();
    emit selectionChanged(mSelectedNode);
    afterEvents();
}
