#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace cs::testing {

// What a run of clusterscope-cli gave: its exit status (-1 if it crashed) and its two streams.
struct CliOutcome
{
    int status = -1;
    QString out;
    QString err;
};

// Runs the clusterscope-cli built beside the test (CS_BINARY_DIR) in `directory`, to the end.
inline CliOutcome runCli(const QStringList &arguments, const QString &directory = {})
{
    QProcess process;
    if (!directory.isEmpty())
        process.setWorkingDirectory(directory);
    process.start(QStringLiteral(CS_BINARY_DIR "/clusterscope-cli"), arguments);
    process.waitForFinished(300000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

} // namespace cs::testing
