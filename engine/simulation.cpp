#include "simulation.h"

#include <algorithm>
#include <limits>
#include <stdexcept>

namespace cs {

std::string_view dropReasonName(DropReason reason)
{
    switch (reason) {
    case DropReason::LinkCut: return "link cut";
    case DropReason::NodeDown: return "node down";
    case DropReason::Lost: return "lost";
    case DropReason::ByUser: return "dropped by user";
    }
    return "unknown";
}

Simulation::Simulation(const Protocol &protocol, ParameterValues parameters, std::uint64_t seed)
    : mProtocol(&protocol)
    , mParameters(std::move(parameters))
    , mSeed(seed)
    , mRandom(seed)
{
    const auto &descriptor = protocol.descriptor();
    if (mParameters.size() != descriptor.parameters.size())
        throw std::invalid_argument("parameter list does not match the protocol's descriptor");
    const int size = static_cast<int>(mParameters[kParamNodes]);
    if (size < 1)
        throw std::invalid_argument("a cluster needs at least one node");
    mNodes.resize(static_cast<std::size_t>(size));
    for (NodeId id = 1; id <= size; ++id) {
        auto &slot = mNodes[index(id)];
        slot.logic = protocol.createNode(id, size);
        slot.timers.resize(descriptor.timers.size());
        push(0, EventType::Boot, id, 0, 0);
    }
    mLinks.assign(mNodes.size() * mNodes.size(), 1);
    mLinkDelays.assign(mNodes.size() * mNodes.size(), 0);
    mChecker = protocol.createChecker(mParameters);
}

Simulation::Simulation(const Simulation &other)
    : mProtocol(other.mProtocol)
    , mParameters(other.mParameters)
    , mSeed(other.mSeed)
    , mRandom(other.mRandom)
    , mNow(other.mNow)
    , mNextSequence(other.mNextSequence)
    , mNextMessageId(other.mNextMessageId)
    , mNextTimerToken(other.mNextTimerToken)
    , mQueue(other.mQueue)
    , mLinks(other.mLinks)
    , mLinkDelays(other.mLinkDelays)
    , mInFlight(other.mInFlight)
    , mFreeSlots(other.mFreeSlots)
    , mInputs(other.mInputs)
    , mNextInput(other.mNextInput)
    , mClients(other.mClients)
    , mChecker(other.mChecker->clone())
    , mViolations(other.mViolations)
    , mStats(other.mStats)
{
    mNodes.resize(other.mNodes.size());
    for (std::size_t i = 0; i < mNodes.size(); ++i) {
        mNodes[i].logic = other.mNodes[i].logic->clone();
        mNodes[i].up = other.mNodes[i].up;
        mNodes[i].timers = other.mNodes[i].timers;
        mNodes[i].pausedUntil = other.mNodes[i].pausedUntil;
        mNodes[i].incarnation = other.mNodes[i].incarnation;
    }
}

Simulation &Simulation::operator=(const Simulation &other)
{
    if (this != &other) {
        Simulation copy(other);
        *this = std::move(copy);
    }
    return *this;
}

Simulation::~Simulation() = default;

bool Simulation::idle() const
{
    return mQueue.empty() && mNextInput >= mInputs.size();
}

std::vector<const InFlightMessage *> Simulation::inFlight() const
{
    std::vector<const InFlightMessage *> result;
    for (const auto &message : mInFlight) {
        if (message.id != 0)
            result.push_back(&message);
    }
    std::sort(result.begin(), result.end(),
              [](const InFlightMessage *a, const InFlightMessage *b) { return a->id < b->id; });
    return result;
}

void Simulation::push(VirtualTime time, EventType type, NodeId node, std::uint32_t slot, std::uint64_t token,
                      std::optional<VirtualTime> origin)
{
    mQueue.push(QueuedEvent{time, origin.value_or(time), mNextSequence++, token, slot, node, type});
}

void Simulation::schedule(const Input &input)
{
    Input queued = input;
    queued.at = std::max(input.at, mNow);
    if (mInputs.empty() || mInputs.back().at <= queued.at) {
        mInputs.push_back(std::move(queued));
        return;
    }
    // Out of order: rebuild the pending tail with the new input in its place (after equal times).
    std::vector<Input> pending;
    for (std::size_t i = mNextInput; i < mInputs.size(); ++i)
        pending.push_back(mInputs[i]);
    const auto at = std::upper_bound(pending.begin(), pending.end(), queued.at,
                                     [](VirtualTime time, const Input &other) { return time < other.at; });
    pending.insert(at, std::move(queued));
    mInputs.truncate(mNextInput);
    for (auto &item : pending)
        mInputs.push_back(std::move(item));
}

void Simulation::replaceInputs(const SharedChunkVector<Input, 256> &inputs)
{
    if (inputs.size() < mNextInput)
        throw std::invalid_argument("an input log must keep the inputs a simulation has applied");
    mInputs = inputs;
}

std::optional<VirtualTime> Simulation::nextEventTime()
{
    while (!mQueue.empty() && cancelled(mQueue.top()))
        mQueue.pop();
    std::optional<VirtualTime> next;
    if (mNextInput < mInputs.size())
        next = mInputs[mNextInput].at;
    if (!mQueue.empty() && (!next || mQueue.top().time < *next))
        next = mQueue.top().time;
    return next;
}

bool Simulation::cancelled(const QueuedEvent &event) const
{
    switch (event.type) {
    case EventType::Deliver: return mInFlight[event.slot].id != event.token;
    case EventType::Timer: return mNodes[index(event.node)].timers[event.slot].token != event.token;
    case EventType::Boot: return false;
    case EventType::ClientTimeout:
    case EventType::Request: return !mClients.pending(event.token);
    }
    return true;
}

NodeId Simulation::handlerOf(const QueuedEvent &event) const
{
    return event.type == EventType::ClientTimeout ? 0 : event.node;
}

bool Simulation::processNext(VirtualTime limit)
{
    while (true) {
        const bool haveInput = mNextInput < mInputs.size();
        const bool haveEvent = !mQueue.empty();
        if (haveInput && (!haveEvent || mInputs[mNextInput].at <= mQueue.top().time)) {
            if (mInputs[mNextInput].at > limit)
                return false;
            mNow = std::max(mNow, mInputs[mNextInput].at);
            const Input input = mInputs[mNextInput++];
            applyInput(input);
            return true;
        }
        if (!haveEvent || mQueue.top().time > limit)
            return false;
        const QueuedEvent event = mQueue.top();
        mQueue.pop();
        if (processEvent(event))
            return true;
    }
}

bool Simulation::step()
{
    return processNext(std::numeric_limits<VirtualTime>::max());
}

void Simulation::runUntil(VirtualTime t)
{
    while (processNext(t)) {
    }
    mNow = std::max(mNow, t);
}

bool Simulation::processEvent(const QueuedEvent &event)
{
    if (cancelled(event))
        return false;
    if (const auto node = handlerOf(event); node && mNodes[index(node)].up && mNodes[index(node)].pausedUntil > event.time) {
        // A paused node handles it when it resumes; deferred events keep their order.
        push(mNodes[index(node)].pausedUntil, event.type, event.node, event.slot, event.token, event.origin);
        return false;
    }
    mNow = event.time;
    switch (event.type) {
    case EventType::Deliver:
        deliver(event);
        break;
    case EventType::Timer:
        fireTimer(event);
        break;
    case EventType::ClientTimeout:
        ++mStats.steps;
        completeOperation(event.token, OperationOutcome{OperationResult::Unknown, {}, "timeout", 0, {}});
        afterStep(0);
        break;
    case EventType::Request: {
        ++mStats.steps;
        if (const auto *pending = mClients.pending(event.token);
            pending && mNodes[index(event.node)].up && mNodes[index(event.node)].incarnation == event.slot) {
            auto context = contextFor(event.node);
            mNodes[index(event.node)].logic->onClientRequest(context, pending->request);
        }
        afterStep(event.node);
        break;
    }
    case EventType::Boot: {
        ++mStats.steps;
        auto context = contextFor(event.node);
        mNodes[index(event.node)].logic->start(context);
        afterStep(event.node);
        break;
    }
    }
    return true;
}

void Simulation::deliver(const QueuedEvent &event)
{
    ++mStats.steps;
    InFlightMessage message = std::move(mInFlight[event.slot]);
    releaseSlot(event.slot);
    std::optional<DropReason> reason;
    if (message.lost)
        reason = DropReason::Lost;
    else if (!mNodes[index(message.to)].up)
        reason = DropReason::NodeDown;
    if (reason) {
        ++mStats.dropped;
        if (mObserver)
            mObserver->onDrop(mNow, message, *reason);
        afterStep(0);
        return;
    }
    ++mStats.delivered;
    if (mObserver)
        mObserver->onDeliver(mNow, message);
    auto context = contextFor(message.to);
    mNodes[index(message.to)].logic->onMessage(context, message.from, *message.body);
    afterStep(message.to);
}

void Simulation::fireTimer(const QueuedEvent &event)
{
    ++mStats.steps;
    auto &timer = mNodes[index(event.node)].timers[event.slot];
    timer.deadline = -1;
    timer.token = 0;
    if (mObserver)
        mObserver->onTimer(mNow, event.node, static_cast<int>(event.slot));
    auto context = contextFor(event.node);
    mNodes[index(event.node)].logic->onTimer(context, static_cast<int>(event.slot));
    afterStep(event.node);
}

void Simulation::applyInput(const Input &input)
{
    ++mStats.steps;
    if (mObserver)
        mObserver->onInput(input);
    const int size = clusterSize();
    auto valid = [size](NodeId id) { return id >= 1 && id <= size; };
    NodeId stepped = 0;
    switch (input.kind) {
    case InputKind::Crash: {
        if (!valid(input.node) || !isUp(input.node))
            break;
        auto &slot = mNodes[index(input.node)];
        if (slot.pausedUntil > mNow)
            dropHeldFor(input.node);
        slot.up = false;
        slot.pausedUntil = 0;
        ++slot.incarnation;
        slot.logic = slot.logic->durableRemains();
        for (auto &timer : slot.timers)
            timer = TimerState{};
        mChecker->observeCrash(mNow, input.node);
        break;
    }
    case InputKind::Restart: {
        if (!valid(input.node) || isUp(input.node))
            break;
        mNodes[index(input.node)].up = true;
        mChecker->observeRestart(mNow, input.node);
        auto context = contextFor(input.node);
        mNodes[index(input.node)].logic->restart(context);
        stepped = input.node;
        break;
    }
    case InputKind::Cut:
    case InputKind::Heal:
        if (!valid(input.node) || !valid(input.peer) || input.node == input.peer)
            break;
        mChecker->observeNetwork(mNow, input);
        setLink(input.node, input.peer, input.kind == InputKind::Heal);
        if (input.bothWays)
            setLink(input.peer, input.node, input.kind == InputKind::Heal);
        break;
    case InputKind::Partition: {
        mChecker->observeNetwork(mNow, input);
        std::vector<int> group(mNodes.size(), -1);
        for (std::size_t g = 0; g < input.groups.size(); ++g) {
            for (NodeId id : input.groups[g]) {
                if (valid(id))
                    group[index(id)] = static_cast<int>(g);
            }
        }
        for (NodeId a = 1; a <= size; ++a) {
            for (NodeId b = 1; b <= size; ++b) {
                if (a != b)
                    setLink(a, b, group[index(a)] == group[index(b)]);
            }
        }
        break;
    }
    case InputKind::HealAll:
        mChecker->observeNetwork(mNow, input);
        for (NodeId a = 1; a <= size; ++a) {
            for (NodeId b = 1; b <= size; ++b) {
                if (a != b)
                    setLink(a, b, true);
            }
        }
        break;
    case InputKind::SlowLink:
        if (!valid(input.node) || !valid(input.peer) || input.node == input.peer)
            break;
        mChecker->observeNetwork(mNow, input);
        mLinkDelays[linkIndex(input.node, input.peer)] = std::max<VirtualTime>(input.value, 0);
        if (input.bothWays)
            mLinkDelays[linkIndex(input.peer, input.node)] = std::max<VirtualTime>(input.value, 0);
        break;
    case InputKind::Pause:
        if (!valid(input.node) || !isUp(input.node) || input.value <= 0)
            break;
        mNodes[index(input.node)].pausedUntil = std::max(mNodes[index(input.node)].pausedUntil, mNow + input.value);
        mChecker->observePause(mNow, input.node, input.value);
        break;
    case InputKind::Client:
        mChecker->observeClient(mNow, input);
        invokeOperation(input);
        if (valid(input.node) && isUp(input.node))
            stepped = input.node;
        break;
    case InputKind::DropMessage:
        if (const auto slot = slotOf(input.messageId)) {
            InFlightMessage message = std::move(mInFlight[*slot]);
            releaseSlot(*slot);
            ++mStats.dropped;
            if (mObserver)
                mObserver->onDrop(mNow, message, DropReason::ByUser);
        }
        break;
    case InputKind::DuplicateMessage:
        if (const auto slot = slotOf(input.messageId)) {
            const auto &message = mInFlight[*slot];
            sendFrom(message.from, message.to, message.body, true);
        }
        break;
    case InputKind::SetParameter: {
        const auto &specs = mProtocol->descriptor().parameters;
        auto parameter = parameterIndex(specs, input.parameter);
        if (!parameter || !specs[*parameter].changeableWhileRunning)
            break;
        const auto &spec = specs[*parameter];
        mParameters[*parameter] = std::clamp(input.value, spec.minimum, spec.maximum);
        mChecker->observeParameter(mNow, *parameter, mParameters[*parameter]);
        for (NodeId id = 1; id <= size; ++id) {
            if (isUp(id)) {
                auto context = contextFor(id);
                mNodes[index(id)].logic->onParameterChanged(context, *parameter);
            }
        }
        break;
    }
    }
    afterStep(stepped);
}

void Simulation::invokeOperation(const Input &input)
{
    const auto &operation = mClients.invoke(input.request(), input.node, mNow, std::max<VirtualTime>(input.timeout, 1));
    const auto request = operation.request;
    if (mObserver)
        mObserver->onInvoke(mNow, operation);
    if (input.node < 1 || input.node > clusterSize() || !isUp(input.node)) {
        // Nobody is listening: the client knows at once that nothing happened.
        completeOperation(request.operation, OperationOutcome{OperationResult::Fail, {}, "node down", 0, {}});
        return;
    }
    push(operation.deadline, EventType::ClientTimeout, input.node, 0, request.operation);
    if (isPaused(input.node)) {
        push(pausedUntil(input.node), EventType::Request, input.node, mNodes[index(input.node)].incarnation,
             request.operation, mNow);
        return;
    }
    auto context = contextFor(input.node);
    mNodes[index(input.node)].logic->onClientRequest(context, request);
}

void Simulation::completeOperation(OperationId operation, OperationOutcome &&outcome)
{
    auto token = outcome.token;
    if (const auto *pending = mClients.pending(operation); pending && !token.empty())
        token = mProtocol->joinTokens(mClients.token(pending->request.client), token);
    const auto done = mClients.complete(operation, outcome.result, token);
    if (mObserver)
        mObserver->onComplete(mNow, done, outcome);
}

void Simulation::setLink(NodeId from, NodeId to, bool up)
{
    auto &link = mLinks[linkIndex(from, to)];
    if ((link != 0) == up)
        return;
    link = up ? 1 : 0;
    if (!up)
        dropInFlightOn(from, to);
}

void Simulation::dropInFlightOn(NodeId from, NodeId to)
{
    std::vector<std::uint32_t> victims;
    for (std::uint32_t slot = 0; slot < mInFlight.size(); ++slot) {
        const auto &message = mInFlight[slot];
        if (message.id != 0 && message.from == from && message.to == to)
            victims.push_back(slot);
    }
    std::sort(victims.begin(), victims.end(),
              [this](std::uint32_t a, std::uint32_t b) { return mInFlight[a].id < mInFlight[b].id; });
    for (std::uint32_t slot : victims) {
        InFlightMessage message = std::move(mInFlight[slot]);
        releaseSlot(slot);
        ++mStats.dropped;
        if (mObserver)
            mObserver->onDrop(mNow, message, DropReason::LinkCut);
    }
}

void Simulation::dropHeldFor(NodeId node)
{
    std::vector<std::uint32_t> held;
    for (std::uint32_t slot = 0; slot < mInFlight.size(); ++slot) {
        const auto &message = mInFlight[slot];
        if (message.id != 0 && message.to == node && message.arrivesAt <= mNow)
            held.push_back(slot);
    }
    std::sort(held.begin(), held.end(), [this](std::uint32_t a, std::uint32_t b) { return mInFlight[a].id < mInFlight[b].id; });
    for (std::uint32_t slot : held) {
        InFlightMessage message = std::move(mInFlight[slot]);
        releaseSlot(slot);
        ++mStats.dropped;
        if (mObserver)
            mObserver->onDrop(mNow, message, DropReason::NodeDown);
    }
}

std::optional<std::uint32_t> Simulation::slotOf(std::uint64_t messageId) const
{
    for (std::uint32_t slot = 0; slot < mInFlight.size(); ++slot) {
        if (messageId != 0 && mInFlight[slot].id == messageId)
            return slot;
    }
    return std::nullopt;
}

void Simulation::releaseSlot(std::uint32_t slot)
{
    mInFlight[slot] = InFlightMessage{};
    mFreeSlots.push_back(slot);
}

void Simulation::sendFrom(NodeId from, NodeId to, const MessagePtr &body, bool duplicate)
{
    InFlightMessage message;
    message.id = mNextMessageId++;
    message.from = from;
    message.to = to;
    message.sentAt = mNow;
    message.body = body;
    message.duplicate = duplicate;
    const auto latency = mRandom.uniform(mParameters[kParamLatencyMin], mParameters[kParamLatencyMax]);
    message.arrivesAt = mNow + latency + mLinkDelays[linkIndex(from, to)];
    if (mParameters[kParamLoss] > 0)
        message.lost = mRandom.chancePerMillion(mParameters[kParamLoss] * 10000);
    ++mStats.sent;
    if (mObserver)
        mObserver->onSend(message);
    if (!linkUp(from, to)) {
        ++mStats.dropped;
        if (mObserver)
            mObserver->onDrop(mNow, message, DropReason::LinkCut);
        return;
    }
    std::uint32_t slot;
    if (!mFreeSlots.empty()) {
        slot = mFreeSlots.back();
        mFreeSlots.pop_back();
    } else {
        slot = static_cast<std::uint32_t>(mInFlight.size());
        mInFlight.emplace_back();
    }
    const auto id = message.id;
    const auto arrivesAt = message.arrivesAt;
    mInFlight[slot] = std::move(message);
    push(arrivesAt, EventType::Deliver, to, slot, id);
    if (!duplicate && mParameters[kParamDuplicate] > 0
        && mRandom.chancePerMillion(mParameters[kParamDuplicate] * 10000))
        sendFrom(from, to, body, true);
}

void Simulation::emitNote(Note &&note)
{
    mChecker->observeNote(mNow, note);
    if (mObserver)
        mObserver->onNote(mNow, note);
}

void Simulation::finish()
{
    mNewViolations.clear();
    // Message loss that never stops is a fault that never stops: a liveness bound means nothing
    // under it, so liveness is judged only when the run ends on a network that loses nothing.
    if (mParameters[kParamLoss] > 0)
        return;
    mChecker->finish(mNow, mNewViolations);
    for (auto &violation : mNewViolations) {
        violation.at = mNow;
        mViolations.push_back(violation);
        if (mObserver)
            mObserver->onViolation(violation);
    }
}

void Simulation::afterStep(NodeId stepped)
{
    mNewViolations.clear();
    if (stepped != 0 && isUp(stepped))
        mChecker->crossCheck(mNow, stepped, *mNodes[index(stepped)].logic, mNewViolations);
    mChecker->check(mNow, mNewViolations);
    for (auto &violation : mNewViolations) {
        violation.at = mNow;
        mViolations.push_back(violation);
        if (mObserver)
            mObserver->onViolation(violation);
    }
    if (mObserver)
        mObserver->onStepEnd(mStats.steps);
}

NodeContext Simulation::contextFor(NodeId node)
{
    return NodeContext(*this, node);
}

void NodeContext::send(NodeId to, MessagePtr message)
{
    if (to < 1 || to > mSimulation.clusterSize() || to == mSelf)
        return;
    mSimulation.sendFrom(mSelf, to, message, false);
}

void NodeContext::broadcast(const MessagePtr &message)
{
    for (NodeId to = 1; to <= mSimulation.clusterSize(); ++to) {
        if (to != mSelf)
            mSimulation.sendFrom(mSelf, to, message, false);
    }
}

void NodeContext::startTimer(int timer, VirtualTime delay)
{
    auto &state = mSimulation.mNodes[mSimulation.index(mSelf)].timers[static_cast<std::size_t>(timer)];
    state.token = mSimulation.mNextTimerToken++;
    state.startedAt = mSimulation.mNow;
    state.deadline = mSimulation.mNow + std::max<VirtualTime>(delay, 0);
    mSimulation.push(state.deadline, Simulation::EventType::Timer, mSelf, static_cast<std::uint32_t>(timer),
                     state.token);
}

void NodeContext::cancelTimer(int timer)
{
    auto &state = mSimulation.mNodes[mSimulation.index(mSelf)].timers[static_cast<std::size_t>(timer)];
    state = TimerState{};
}

void NodeContext::note(Note note)
{
    note.node = mSelf;
    mSimulation.emitNote(std::move(note));
}

void NodeContext::replyOk(OperationId operation, std::string value, std::string token)
{
    if (mSimulation.mClients.pending(operation))
        mSimulation.completeOperation(operation, OperationOutcome{OperationResult::Ok, std::move(value), {}, 0,
                                                                  std::move(token)});
}

void NodeContext::replyFail(OperationId operation, std::string error, NodeId leader, std::string token)
{
    if (mSimulation.mClients.pending(operation))
        mSimulation.completeOperation(operation,
                                      OperationOutcome{OperationResult::Fail, {}, std::move(error), leader,
                                                       std::move(token)});
}

void NodeContext::replyUnknown(OperationId operation, std::string error)
{
    if (mSimulation.mClients.pending(operation))
        mSimulation.completeOperation(operation,
                                      OperationOutcome{OperationResult::Unknown, {}, std::move(error), 0, {}});
}

} // namespace cs
