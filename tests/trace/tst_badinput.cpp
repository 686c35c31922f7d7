#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

#include <fstream>
#include <map>

#include "jsoncursor.h"
#include "registry.h"
#include "scenario.h"
#include "tracefile.h"

using namespace cs;

namespace {

const ProtocolLookup kLookup = [](std::string_view name) { return findProtocol(name); };

const QString kDirectory = QStringLiteral(CS_TEST_DATA_DIR "/trace/badinput");

// Loads a bad file the way the CLI does and returns the one-line message (without the path).
std::string messageFor(const QString &path)
{
    const auto file = path.toStdString();
    try {
        if (QFileInfo(path).fileName().startsWith(QStringLiteral("scenario-")))
            loadScenarioFile(file, kLookup);
        else
            loadTraceFile(file, kLookup);
    } catch (const InputError &error) {
        std::string message = error.what();
        if (message.rfind(file + ": ", 0) == 0)
            message = message.substr(file.size() + 2);
        return message;
    }
    return "(accepted)";
}

std::map<std::string, std::string> readExpectations()
{
    std::map<std::string, std::string> expected;
    std::ifstream in((kDirectory + "/expected.txt").toStdString());
    std::string line;
    while (std::getline(in, line)) {
        const auto bar = line.find(" | ");
        if (bar != std::string::npos)
            expected[line.substr(0, bar)] = line.substr(bar + 3);
    }
    return expected;
}

} // namespace

// Every kind of malformed, hostile or impossible file gets one line naming what and where.
class TestBadInput : public QObject
{
    Q_OBJECT

private slots:
    void file_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        const auto expected = readExpectations();
        const auto files = QDir(kDirectory).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 20);
        if (qEnvironmentVariableIsSet("CLUSTERSCOPE_REWRITE")) {
            std::ofstream out((kDirectory + "/expected.txt").toStdString());
            for (const auto &file : files)
                out << file.toStdString() << " | " << messageFor(kDirectory + "/" + file) << "\n";
        }
        for (const auto &file : files) {
            const auto it = expected.find(file.toStdString());
            QTest::newRow(qPrintable(file)) << file
                                            << QString::fromStdString(it == expected.end() ? "(no expectation)" : it->second);
        }
    }

    void file()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        const auto message = QString::fromStdString(messageFor(kDirectory + "/" + name));
        QCOMPARE(message, expected);
        QVERIFY(!message.contains(QLatin1Char('\n')));
    }

    void oversizedScenarioIsRefusedBeforeReading()
    {
        QTemporaryDir dir;
        const auto path = dir.filePath(QStringLiteral("scenario-big.json"));
        {
            std::ofstream out(path.toStdString());
            out << "{\"protocol\":\"raft\",\"description\":\"" << std::string(2 << 20, 'x') << "\"}";
        }
        QVERIFY(QString::fromStdString(messageFor(path)).startsWith(QStringLiteral("too large (")));
    }

    // A document whose tree would outgrow its memory budget is refused while it is read.
    void aTreeOverItsBudgetIsRefused()
    {
        std::string text = "{\"events\": [1";
        for (int i = 0; i < 100000; ++i)
            text += ",1";
        text += "]}";
        DocumentLimits limits{text.size(), 32, 1024, 100, 1 << 20};
        try {
            parseJsonDocument(text, limits);
            QFAIL("accepted");
        } catch (const InputError &error) {
            QCOMPARE(QString::fromUtf8(error.what()),
                     QStringLiteral("events[32765]: the document would take more than 1 MiB of memory once read"));
        }
        limits.maxTreeBytes = 16 << 20;
        QCOMPARE(parseJsonDocument(text, limits)["events"].size(), std::size_t(100001));
    }

    // Control characters, bad UTF-8 and bidirectional overrides never reach a terminal raw.
    void messagesEscapeWhatATerminalWouldObey()
    {
        QCOMPARE(QString::fromUtf8(InputError(std::string("a\nb\x1b[2J\0c\xff\xe2\x80\xae\xc2\x9b\xe4\xb8\xad", 18)).what()),
                 QStringLiteral("a\\nb\\u001b[2J\\u0000c\\xff\\u202e\\u009b") + QChar(0x4e2d));
    }

    void missingFileAndDirectory()
    {
        QCOMPARE(QString::fromStdString(messageFor(kDirectory + "/no-such-file.json")), QStringLiteral("no such file"));
        QTemporaryDir dir;
        QCOMPARE(QString::fromStdString(messageFor(dir.path())), QStringLiteral("not a regular file"));
    }
};

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
