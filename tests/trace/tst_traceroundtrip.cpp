#include <QtTest>

#include "faultschedule.h"
#include "recordedrun.h"
#include "registry.h"
#include "tracefile.h"
#include "tracereplay.h"

using namespace cs;

namespace {

const ProtocolLookup kLookup = [](std::string_view name) { return findProtocol(name); };

TraceDocument recordedTrace(std::uint64_t seed)
{
    auto scenario = defaultScenario(*findProtocol("raft"));
    scenario.seed = seed;
    scenario.until = 5 * kSecond;
    scenario.faults = "random";
    scenario.inputs = randomFaultSchedule(scenario, defaultFaultsEnd(scenario.until));
    RecordedRun run(scenario);
    run.runToEnd();
    return run.document();
}

} // namespace

// Export, import and export again gives identical bytes; replay and check work from the file alone.
class TestTraceRoundTrip : public QObject
{
    Q_OBJECT

private slots:
    void exportImportExportIsIdentical()
    {
        const auto bytes = serializeTrace(recordedTrace(17));
        const auto imported = parseTrace(bytes, kLookup);
        QCOMPARE(imported.events.size(), recordedTrace(17).events.size());
        QVERIFY(serializeTrace(imported) == bytes);
    }

    void replayOfAnImportedTraceIsIdentical()
    {
        const auto imported = parseTrace(serializeTrace(recordedTrace(23)), kLookup);
        QVERIFY(!replayTrace(imported).has_value());
    }

    // A pause and a slow link survive the file: the scenario writes them back the same, and replay
    // matches.
    void aPauseAndASlowLinkRoundTrip()
    {
        auto scenario = defaultScenario(*findProtocol("raft"));
        scenario.seed = 4;
        scenario.until = 3 * kSecond;
        Input pause;
        pause.at = 1 * kSecond;
        pause.kind = InputKind::Pause;
        pause.node = 2;
        pause.value = 700 * kMillisecond;
        Input slow;
        slow.at = 1500 * kMillisecond;
        slow.kind = InputKind::SlowLink;
        slow.node = 1;
        slow.peer = 3;
        slow.bothWays = false;
        slow.value = 250 * kMillisecond;
        scenario.inputs = {pause, slow};
        RecordedRun run(scenario);
        run.runToEnd();
        const auto bytes = serializeTrace(run.document());
        QVERIFY(bytes.find(R"({"t":1000000,"kind":"pause","node":2,"for":700000})") != std::string::npos);
        QVERIFY(bytes.find(R"({"at":1000000,"pause":2,"for":700000})") != std::string::npos);
        QVERIFY(bytes.find(R"({"t":1500000,"kind":"slow","from":1,"to":3,"bothWays":false,"by":250000})") != std::string::npos);
        QVERIFY(bytes.find(R"({"at":1500000,"slow":[1,3],"by":250000,"oneWay":true})") != std::string::npos);
        const auto imported = parseTrace(bytes, kLookup);
        QVERIFY(serializeTrace(imported) == bytes);
        QVERIFY(!replayTrace(imported).has_value());
        QVERIFY(checkTrace(imported).empty());
    }

    void replayNamesTheFirstDifference()
    {
        auto imported = parseTrace(serializeTrace(recordedTrace(23)), kLookup);
        imported.events[40]["t"] = imported.events[40]["t"].get<std::int64_t>() + 1;
        imported.events[41]["kind"] = "timer";
        const auto difference = replayTrace(imported);
        QVERIFY(difference.has_value());
        QCOMPARE(difference->index, std::size_t(40));
        QVERIFY(difference->recorded != difference->replayed);
    }

    void unknownFieldsAreIgnoredWithinVersionOne()
    {
        auto bytes = serializeTrace(recordedTrace(5));
        const std::string marker = "\"events\": [\n    {";
        const auto at = bytes.find(marker);
        QVERIFY(at != std::string::npos);
        bytes.insert(at + marker.size(), "\"colour\":\"teal\",");
        bytes.insert(1, "\n  \"producedBy\": \"another tool\",");
        const auto imported = parseTrace(bytes, kLookup);
        QVERIFY(!replayTrace(imported).has_value());
    }

    void checkFindsNothingInACorrectRun()
    {
        const auto imported = parseTrace(serializeTrace(recordedTrace(31)), kLookup);
        QVERIFY(checkTrace(imported).empty());
    }

    void checkFindsATamperedApply()
    {
        auto imported = parseTrace(serializeTrace(recordedTrace(31)), kLookup);
        std::size_t applies = 0;
        for (auto &event : imported.events) {
            if (event["kind"] == "note" && event["note"] == "apply" && ++applies == 12)
                event["command"] = "forged=1";
        }
        QVERIFY(applies > 12);
        const auto violations = checkTrace(imported);
        QVERIFY(!violations.empty());
        QCOMPARE(violations.front().invariant, std::string("State Machine Safety"));
    }

    void checkFindsTwoLeadersInOneTerm()
    {
        auto imported = parseTrace(serializeTrace(recordedTrace(31)), kLookup);
        for (auto &event : imported.events) {
            if (event["kind"] == "note" && event["note"] == "role" && event["role"] == "leader") {
                auto forged = event;
                forged["node"] = event["node"].get<int>() % 5 + 1;
                imported.events.insert(imported.events.begin() + 5, forged);
                break;
            }
        }
        bool electionSafety = false;
        for (const auto &violation : checkTrace(imported))
            electionSafety = electionSafety || violation.invariant == "Election Safety";
        QVERIFY(electionSafety);
    }
};

QTEST_GUILESS_MAIN(TestTraceRoundTrip)
#include "tst_traceroundtrip.moc"
