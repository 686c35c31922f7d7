#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <fstream>

#include "deterministicrandom.h"
#include "jsoncursor.h"
#include "recordedrun.h"
#include "registry.h"
#include "scenario.h"
#include "tracefile.h"
#include "tracereplay.h"

using namespace cs;

namespace {

const ProtocolLookup kLookup = [](std::string_view name) { return findProtocol(name); };

// Fragments a fuzzer would splice in: overflowing and odd numbers, structure, escapes, keys twice.
const std::vector<std::string> kFragments = {
    "1e999", "-1e999", "1e308", "-0", "-0.0", "18446744073709551616", "9223372036854775808", "NaN", "Infinity",
    "0.5", "null", "true", "\"\"", "{", "}", "[", "]", ",", ":", "\"", "\\", "\\u0000", "\\u001b[2J", "\\ud800",
    "\xff", "\xc0\xaf", "\xef\xbb\xbf", "\n", "\"protocol\": \"zab\", ", "\"kind\": \"note\", ", "\"t\": 1, ",
    "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[", "\"crash\": 99, ", "{\"a\": 1, \"a\": 2}", "\"heal\": \"all\", ",
};

// One deterministic mutation of a valid document: flip, insert a fragment, delete or repeat a range.
std::string mutate(std::string text, DeterministicRandom &random)
{
    const int rounds = static_cast<int>(random.uniform(1, 3));
    for (int r = 0; r < rounds && !text.empty(); ++r) {
        const auto at = static_cast<std::size_t>(random.uniform(0, static_cast<std::int64_t>(text.size()) - 1));
        switch (random.uniform(0, 3)) {
        case 0: text[at] = static_cast<char>(random.uniform(1, 255)); break;
        case 1:
            text.insert(at, kFragments[static_cast<std::size_t>(
                                random.uniform(0, static_cast<std::int64_t>(kFragments.size()) - 1))]);
            break;
        case 2: text.erase(at, static_cast<std::size_t>(random.uniform(1, 40))); break;
        default: {
            const auto length = std::min<std::size_t>(text.size() - at, static_cast<std::size_t>(random.uniform(1, 60)));
            text.insert(at, text.substr(at, length));
        }
        }
    }
    return text;
}

std::string readFile(const QString &path)
{
    std::ifstream in(path.toStdString(), std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// A refusal must be one line of printable text.
bool isOneCleanLine(const std::string &message)
{
    for (unsigned char c : message) {
        if (c < 0x20 || c == 0x7f)
            return false;
    }
    return !message.empty();
}

} // namespace

// Random mutations of valid scenario and trace files are accepted or refused with one clean line,
// never with a crash or an exception other than InputError, in process and through the CLI.
class TestFuzzInput : public QObject
{
    Q_OBJECT

    QTemporaryDir mDir;
    std::vector<std::string> mScenarios;
    std::vector<std::string> mTraces;

    // Loads a mutated file as the CLI does; returns "" when accepted, else the message.
    std::string outcome(const std::string &bytes, bool trace, const QString &path)
    {
        try {
            if (trace) {
                const auto document = parseTrace(bytes, kLookup);
                checkTrace(document);
            } else {
                std::ofstream(path.toStdString(), std::ios::binary | std::ios::trunc) << bytes;
                loadScenarioFile(path.toStdString(), kLookup);
            }
        } catch (const InputError &error) {
            return error.what();
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(mDir.isValid());
        const QDir scenarios(QStringLiteral(CS_TEST_DATA_DIR "/../resources/scenarios"));
        for (const auto &name : scenarios.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
            mScenarios.push_back(readFile(scenarios.filePath(name)));
        QVERIFY(mScenarios.size() >= 5);
        for (const char *name : {"raft", "zab", "2pc"}) {
            auto scenario = defaultScenario(*findProtocol(name));
            scenario.until = 400 * kMillisecond;
            RecordedRun run(scenario);
            run.runToEnd();
            mTraces.push_back(serializeTrace(run.document()));
        }
    }

    void mutationsAreAcceptedOrRefusedCleanly()
    {
        const int executions = qEnvironmentVariableIntValue("CLUSTERSCOPE_FUZZ_RUNS") > 0
                                   ? qEnvironmentVariableIntValue("CLUSTERSCOPE_FUZZ_RUNS")
                                   : 3000;
        DeterministicRandom random(20261123);
        const auto path = mDir.filePath(QStringLiteral("mutated.json"));
        int refused = 0;
        for (int i = 0; i < executions; ++i) {
            const bool trace = i % 3 == 2;
            const auto &pool = trace ? mTraces : mScenarios;
            const auto &original = pool[static_cast<std::size_t>(i / 3) % pool.size()];
            const auto bytes = mutate(original, random);
            std::string message;
            try {
                message = outcome(bytes, trace, path);
            } catch (const std::exception &error) {
                QFAIL(qPrintable(QStringLiteral("execution %1 threw %2").arg(i).arg(QString::fromUtf8(error.what()))));
            }
            if (!message.empty()) {
                ++refused;
                QVERIFY2(isOneCleanLine(message), qPrintable(QStringLiteral("execution %1: %2").arg(i).arg(
                                                      QString::fromUtf8(message.c_str()))));
            }
        }
        qInfo("%d executions, %d refused, %d accepted", executions, refused, executions - refused);
        QVERIFY(refused > executions / 2);
        QVERIFY(refused < executions);
    }

    // A sample of the same mutations through the real CLI: exit 2 with one line, or accepted.
    void theCliRefusesWithStatusTwoAndOneLine()
    {
        DeterministicRandom random(7);
        int refused = 0;
        for (int i = 0; i < 60; ++i) {
            const bool trace = i % 2 == 1;
            const auto &pool = trace ? mTraces : mScenarios;
            const auto path = mDir.filePath(QStringLiteral("cli-%1.json").arg(i));
            std::ofstream(path.toStdString(), std::ios::binary) << mutate(pool[static_cast<std::size_t>(i) % pool.size()], random);
            QProcess process;
            const QStringList arguments = trace ? QStringList{QStringLiteral("check"), path}
                                                : QStringList{QStringLiteral("run"), QStringLiteral("--scenario"), path,
                                                              QStringLiteral("--until"), QStringLiteral("200ms")};
            process.start(QStringLiteral(CS_BINARY_DIR "/clusterscope-cli"), arguments);
            QVERIFY(process.waitForFinished(60000));
            QCOMPARE(process.exitStatus(), QProcess::NormalExit);
            const auto error = process.readAllStandardError();
            QVERIFY2(process.exitCode() == 0 || process.exitCode() == 1 || process.exitCode() == 2, error.constData());
            if (process.exitCode() == 2) {
                ++refused;
                QCOMPARE(error.count('\n'), 1);
                QVERIFY2(!error.contains("internal error"), error.constData());
            }
        }
        QVERIFY(refused > 10);
    }
};

QTEST_GUILESS_MAIN(TestFuzzInput)
#include "tst_fuzzinput.moc"
