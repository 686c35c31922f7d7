#include "faultschedule.h"

#include <algorithm>

#include "deterministicrandom.h"

namespace cs {

namespace {

constexpr std::uint64_t kFaultPurpose = 0xfa175;
// Pauses and slow links draw their details from their own stream, so the other faults of a seed
// stay what they were before these two kinds existed.
constexpr std::uint64_t kTimingFaultPurpose = 0x710e;

} // namespace

VirtualTime defaultFaultsEnd(VirtualTime until)
{
    return until * 6 / 10;
}

std::vector<Input> randomFaultSchedule(const Scenario &scenario, VirtualTime faultsEnd, FaultMix mix)
{
    auto random = DeterministicRandom::derived(scenario.seed, kFaultPurpose);
    auto timing = DeterministicRandom::derived(scenario.seed, kTimingFaultPurpose);
    const int size = scenario.clusterSize();
    std::vector<bool> up(static_cast<std::size_t>(size) + 1, true);
    std::vector<Input> inputs;
    auto randomNode = [&] { return static_cast<NodeId>(random.uniform(1, size)); };
    bool lossy = false;
    // Links made slow and not yet restored, as (from, to, both ways).
    std::vector<Input> slowLinks;

    for (VirtualTime at = random.uniform(100, 400) * kMillisecond; at < faultsEnd;
         at += random.uniform(100, 700) * kMillisecond) {
        Input input;
        input.at = at;
        auto choice = random.uniform(0, 99);
        if (mix == FaultMix::CrashesOnly && choice >= 25)
            continue;
        const NodeId node = randomNode();
        if (choice < 25) {
            input.kind = up[static_cast<std::size_t>(node)] ? InputKind::Crash : InputKind::Restart;
            input.node = node;
            up[static_cast<std::size_t>(node)] = !up[static_cast<std::size_t>(node)];
        } else if (choice < 45 && size > 1) {
            input.kind = InputKind::Partition;
            std::vector<NodeId> left, right;
            for (NodeId id = 1; id <= size; ++id)
                (random.uniform(0, 1) == 0 ? left : right).push_back(id);
            // A partition with an empty side cuts nothing: move one node across.
            if (left.empty() || right.empty()) {
                auto &full = left.empty() ? right : left;
                auto &empty = left.empty() ? left : right;
                const auto moved = full.begin() + random.uniform(0, static_cast<std::int64_t>(full.size()) - 1);
                empty.push_back(*moved);
                full.erase(moved);
            }
            input.groups = {left, right};
        } else if (choice < 60) {
            input.kind = InputKind::HealAll;
        } else if (choice < 75 && size > 1) {
            input.kind = random.uniform(0, 2) == 0 ? InputKind::Heal : InputKind::Cut;
            input.node = node;
            input.peer = static_cast<NodeId>((node % size) + 1);
            input.bothWays = random.uniform(0, 3) != 0;
        } else if (choice < 85) {
            input.kind = InputKind::SetParameter;
            input.parameter = "loss";
            input.value = lossy ? 0 : random.uniform(5, 30);
            lossy = !lossy;
        } else if (choice < 92) {
            // A garbage-collection pause of a live node, over before faults stop.
            if (!up[static_cast<std::size_t>(node)])
                continue;
            input.kind = InputKind::Pause;
            input.node = node;
            input.value = std::min(timing.uniform(50, 1500) * kMillisecond, faultsEnd - at);
        } else if (size > 1) {
            // A link made slow, or a slow link restored.
            input.kind = InputKind::SlowLink;
            input.node = node;
            input.peer = static_cast<NodeId>((node % size) + 1);
            const auto slow = std::find_if(slowLinks.begin(), slowLinks.end(),
                                           [&](const Input &link) { return link.node == input.node && link.peer == input.peer; });
            if (slow != slowLinks.end()) {
                input.bothWays = slow->bothWays;
                input.value = 0;
                slowLinks.erase(slow);
            } else {
                input.bothWays = timing.uniform(0, 3) != 0;
                input.value = timing.uniform(20, 400) * kMillisecond;
                slowLinks.push_back(input);
            }
        } else {
            continue;
        }
        inputs.push_back(std::move(input));
    }

    Input heal;
    heal.at = faultsEnd;
    heal.kind = InputKind::HealAll;
    inputs.push_back(heal);
    for (auto restore : slowLinks) {
        restore.at = faultsEnd;
        restore.value = 0;
        inputs.push_back(restore);
    }
    if (lossy) {
        Input clear;
        clear.at = faultsEnd;
        clear.kind = InputKind::SetParameter;
        clear.parameter = "loss";
        clear.value = 0;
        inputs.push_back(clear);
    }
    for (NodeId id = 1; id <= size; ++id) {
        if (!up[static_cast<std::size_t>(id)]) {
            Input restart;
            restart.at = faultsEnd;
            restart.kind = InputKind::Restart;
            restart.node = id;
            inputs.push_back(restart);
        }
    }

    // Clients stop halfway through the quiet phase, so every request has time to complete.
    const VirtualTime clientsEnd = faultsEnd + (scenario.until - faultsEnd) / 2;
    const bool keyValue = scenario.protocol && scenario.protocol->descriptor().keyValueClients;
    int command = 0;
    for (VirtualTime at = random.uniform(50, 150) * kMillisecond; at < clientsEnd;
         at += random.uniform(30, 200) * kMillisecond) {
        Input client;
        client.at = at;
        client.kind = InputKind::Client;
        client.node = randomNode();
        if (keyValue) {
            // A key-value store's load: writes of unique values and reads, over three clients.
            client.client = static_cast<ClientId>(random.uniform(1, 3));
            client.key = "k" + std::to_string(random.uniform(0, 2));
            if (random.uniform(0, 1) == 0) {
                client.operation = OperationKind::Write;
                client.command = "v" + std::to_string(command);
            } else {
                client.operation = OperationKind::Read;
            }
        } else {
            client.command = "k" + std::to_string(command % 7) + "=" + std::to_string(command);
        }
        ++command;
        inputs.push_back(std::move(client));
    }
    std::stable_sort(inputs.begin(), inputs.end(), [](const Input &a, const Input &b) { return a.at < b.at; });
    return inputs;
}

} // namespace cs
