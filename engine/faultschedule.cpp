#include "faultschedule.h"

#include <algorithm>

#include "deterministicrandom.h"

namespace cs {

namespace {

constexpr std::uint64_t kFaultPurpose = 0xfa175;

} // namespace

VirtualTime defaultFaultsEnd(VirtualTime until)
{
    return until * 6 / 10;
}

std::vector<Input> randomFaultSchedule(const Scenario &scenario, VirtualTime faultsEnd, FaultMix mix)
{
    auto random = DeterministicRandom::derived(scenario.seed, kFaultPurpose);
    const int size = scenario.clusterSize();
    std::vector<bool> up(static_cast<std::size_t>(size) + 1, true);
    std::vector<Input> inputs;
    auto randomNode = [&] { return static_cast<NodeId>(random.uniform(1, size)); };
    bool lossy = false;

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
        } else {
            continue;
        }
        inputs.push_back(std::move(input));
    }

    Input heal;
    heal.at = faultsEnd;
    heal.kind = InputKind::HealAll;
    inputs.push_back(heal);
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
