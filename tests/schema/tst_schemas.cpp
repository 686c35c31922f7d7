#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "registry.h"

namespace {

const QString kSchemaDir = QStringLiteral(CS_TEST_DATA_DIR "/../resources/schema");
const QString kValidator = QStringLiteral(CS_TEST_DATA_DIR "/schema/validate.py");

struct Outcome
{
    int status = -1;
    QString output;
};

Outcome runProcess(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    process.waitForFinished(300000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAll())};
}

Outcome validate(const QString &schema, const QStringList &files)
{
    return runProcess(QStringLiteral("python3"), QStringList{kValidator, kSchemaDir + "/" + schema} + files);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

// The committed schemas are what `clusterscope-cli schema` generates from the registry, and an
// independent validator (python3-jsonschema) accepts every shipped scenario and a trace of every
// protocol and variant with them, and refuses files that break them.
class TestSchemas : public QObject
{
    Q_OBJECT

    QTemporaryDir mDir;

    QString cli() const { return QStringLiteral(CS_BINARY_DIR "/clusterscope-cli"); }

private slots:
    void initTestCase()
    {
        const auto probe = runProcess(QStringLiteral("python3"), {QStringLiteral("-c"), QStringLiteral("import jsonschema")});
        QVERIFY2(probe.status == 0, "python3-jsonschema is missing: run scripts/setup");
    }

    void committedSchemasEqualTheGenerator_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("scenario") << QStringLiteral("scenario");
        QTest::newRow("trace") << QStringLiteral("trace");
        QTest::newRow("lesson") << QStringLiteral("lesson");
    }

    void committedSchemasEqualTheGenerator()
    {
        QFETCH(QString, kind);
        QProcess process;
        process.start(cli(), {QStringLiteral("schema"), kind});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        const auto generated = process.readAllStandardOutput();
        const auto path = kSchemaDir + QStringLiteral("/clusterscope-%1.schema.json").arg(kind);
        if (qEnvironmentVariableIsSet("CLUSTERSCOPE_REWRITE")) {
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(generated);
        }
        QVERIFY2(readAll(path) == generated,
                 "resources/schema drifted from the registry: run CLUSTERSCOPE_REWRITE=1 build/bin/tst_schemas");
    }

    void everyShippedScenarioIsValid()
    {
        const QDir dir(QStringLiteral(CS_TEST_DATA_DIR "/../resources/scenarios"));
        QStringList files;
        for (const auto &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
            files << dir.filePath(name);
        QVERIFY(files.size() >= 9);
        const auto result = validate(QStringLiteral("clusterscope-scenario.schema.json"), files);
        QVERIFY2(result.status == 0, qPrintable(result.output));
        QCOMPARE(result.output.count(QStringLiteral(": ok\n")), files.size());
    }

    void everyShippedLessonIsValid()
    {
        const QDir dir(QStringLiteral(CS_TEST_DATA_DIR "/../resources/lessons"));
        QStringList files;
        for (const auto &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
            files << dir.filePath(name);
        QVERIFY(files.size() >= 2);
        const auto result = validate(QStringLiteral("clusterscope-lesson.schema.json"), files);
        QVERIFY2(result.status == 0, qPrintable(result.output));
        QCOMPARE(result.output.count(QStringLiteral(": ok\n")), files.size());
    }

    void aTraceOfEveryProtocolIsValid()
    {
        QStringList files;
        for (const auto *protocol : cs::allProtocols()) {
            const auto name = QString::fromStdString(protocol->descriptor().name);
            const auto path = mDir.filePath(name + QStringLiteral(".json"));
            const auto run = runProcess(cli(), {QStringLiteral("run"), QStringLiteral("--protocol"), name,
                                                QStringLiteral("--seed"), QStringLiteral("11"), QStringLiteral("--until"),
                                                QStringLiteral("3s"), QStringLiteral("--faults"), QStringLiteral("random"),
                                                QStringLiteral("--out"), path});
            QVERIFY2(run.status == 0 || run.status == 1, qPrintable(run.output));
            files << path;
        }
        QVERIFY(files.size() >= 8);
        const auto result = validate(QStringLiteral("clusterscope-trace.schema.json"), files);
        QVERIFY2(result.status == 0, qPrintable(result.output));
        QCOMPARE(result.output.count(QStringLiteral(": ok\n")), files.size());
    }

    // The validation can fail: files that break the schemas in protocol-dependent ways are refused.
    void wrongFilesAreRefused_data()
    {
        QTest::addColumn<QString>("schema");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("why");
        const QString scenario = QStringLiteral("clusterscope-scenario.schema.json");
        QTest::newRow("unknown protocol") << scenario << QByteArray(R"({"protocol": "carrier-pigeon"})") << "protocol";
        QTest::newRow("another protocol's parameter")
            << scenario << QByteArray(R"({"protocol": "zab", "parameters": {"electionTimeoutMin": "1s"}})")
            << "parameters";
        QTest::newRow("parameter out of range")
            << scenario << QByteArray(R"({"protocol": "bully", "network": {"nodes": 26}})") << "network/nodes";
        QTest::newRow("set a fixed parameter")
            << scenario << QByteArray(R"({"protocol": "paxos", "inputs": [{"at": "1s", "set": "nodes", "value": 3}]})")
            << "inputs/0/set";
        const QString lesson = QStringLiteral("clusterscope-lesson.schema.json");
        const QByteArray lessonHead = R"({"format": "clusterscope-lesson", "version": 1, "id": "x", "topic": "t",
            "title": {"en": "T", "zh_CN": "T"}, "summary": {"en": "S", "zh_CN": "S"}, "scenario": "raft-partition.json", )";
        QTest::newRow("a lesson text without Chinese")
            << lesson << lessonHead + R"("steps": [{"kind": "narrate", "text": {"en": "Hi"}}]})" << "steps/0";
        QTest::newRow("a lesson scenario outside the folder")
            << lesson << QByteArray(lessonHead).replace("raft-partition.json", "../secret.json")
                   + R"("steps": [{"kind": "narrate", "text": {"en": "Hi", "zh_CN": "Hi"}}]})"
            << "scenario";
        QTest::newRow("unknown fault mix") << scenario << QByteArray(R"({"protocol": "raft", "faults": "many"})") << "faults";
        const QString trace = QStringLiteral("clusterscope-trace.schema.json");
        const QByteArray head = R"({"format": "clusterscope-trace", "version": 1, "scenario": {"protocol": "zab"}, )";
        QTest::newRow("another protocol's note")
            << trace << head + R"("events": [{"t": 1, "kind": "note", "node": 1, "note": "append", "index": 1, "term": 1, "command": "x"}]})"
            << "events/0";
        QTest::newRow("a note missing a field")
            << trace << QByteArray(head).replace("zab", "raft") + R"("events": [{"t": 1, "kind": "note", "node": 1, "note": "commit"}]})"
            << "events/0";
    }

    void wrongFilesAreRefused()
    {
        QFETCH(QString, schema);
        QFETCH(QByteArray, content);
        QFETCH(QString, why);
        const auto path = mDir.filePath(QStringLiteral("wrong.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
        file.close();
        const auto result = validate(schema, {path});
        QCOMPARE(result.status, 1);
        QVERIFY2(result.output.contains(QStringLiteral("invalid at /") + why), qPrintable(result.output));
    }
};

QTEST_GUILESS_MAIN(TestSchemas)
#include "tst_schemas.moc"
