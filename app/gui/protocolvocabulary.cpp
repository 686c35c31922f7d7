#include "protocolvocabulary.h"

#include <QCoreApplication>

namespace {

// The vocabulary lupdate must see; the engine and protocols keep these words in English.
[[maybe_unused]] const char *const kVocabulary[] = {
    QT_TRANSLATE_NOOP("Protocol", "Nodes"),
    QT_TRANSLATE_NOOP("Protocol", "Minimum latency"),
    QT_TRANSLATE_NOOP("Protocol", "Maximum latency"),
    QT_TRANSLATE_NOOP("Protocol", "Message loss"),
    QT_TRANSLATE_NOOP("Protocol", "Duplication"),
    QT_TRANSLATE_NOOP("Protocol", "Election timeout (min)"),
    QT_TRANSLATE_NOOP("Protocol", "Election timeout (max)"),
    QT_TRANSLATE_NOOP("Protocol", "Heartbeat interval"),
    QT_TRANSLATE_NOOP("Protocol", "Number of nodes in the cluster."),
    QT_TRANSLATE_NOOP("Protocol", "Shortest one-way delay of a message."),
    QT_TRANSLATE_NOOP("Protocol", "Longest one-way delay of a message; each message draws its delay from the range."),
    QT_TRANSLATE_NOOP("Protocol", "Chance that a message is lost on its way."),
    QT_TRANSLATE_NOOP("Protocol", "Chance that a message is delivered twice."),
    QT_TRANSLATE_NOOP("Protocol", "Shortest time a follower waits for the leader before it campaigns."),
    QT_TRANSLATE_NOOP("Protocol", "Longest such wait; each wait is drawn at random from the range."),
    QT_TRANSLATE_NOOP("Protocol", "How often the leader sends AppendEntries when it has nothing new."),
    QT_TRANSLATE_NOOP("Protocol", "follower"),
    QT_TRANSLATE_NOOP("Protocol", "candidate"),
    QT_TRANSLATE_NOOP("Protocol", "leader"),
    QT_TRANSLATE_NOOP("Protocol", "election"),
    QT_TRANSLATE_NOOP("Protocol", "heartbeat"),
    QT_TRANSLATE_NOOP("Protocol", "Raft"),
    QT_TRANSLATE_NOOP("Protocol", "Raft (unsafe: commits old-term entries by counting)"),
    QT_TRANSLATE_NOOP("Protocol", "Two-phase commit"),
    QT_TRANSLATE_NOOP("Protocol", "Three-phase commit"),
    QT_TRANSLATE_NOOP("Protocol", "Node 1 coordinates; the others are participants."),
    QT_TRANSLATE_NOOP("Protocol", "Chance of a no vote"),
    QT_TRANSLATE_NOOP("Protocol", "Coordinator timeout"),
    QT_TRANSLATE_NOOP("Protocol", "Participant timeout"),
    QT_TRANSLATE_NOOP("Protocol", "Retry interval"),
    QT_TRANSLATE_NOOP("Protocol", "Chance that a participant votes no on its own."),
    QT_TRANSLATE_NOOP("Protocol", "How long the coordinator waits for votes (or preCommit acks) before it acts."),
    QT_TRANSLATE_NOOP("Protocol", "3PC: how long a participant waits before it runs the termination protocol."),
    QT_TRANSLATE_NOOP("Protocol", "How often decisions are resent and in-doubt participants ask."),
    QT_TRANSLATE_NOOP("Protocol", "coordinator"),
    QT_TRANSLATE_NOOP("Protocol", "idle"),
    QT_TRANSLATE_NOOP("Protocol", "init"),
    QT_TRANSLATE_NOOP("Protocol", "ready"),
    QT_TRANSLATE_NOOP("Protocol", "precommit"),
    QT_TRANSLATE_NOOP("Protocol", "committed"),
    QT_TRANSLATE_NOOP("Protocol", "aborted"),
    QT_TRANSLATE_NOOP("Protocol", "participant"),
    QT_TRANSLATE_NOOP("Protocol", "termination"),
    QT_TRANSLATE_NOOP("Protocol", "Transaction"),
    QT_TRANSLATE_NOOP("Protocol", "Start a transaction"),
    QT_TRANSLATE_NOOP("Protocol", "Will vote no"),
    QT_TRANSLATE_NOOP("Protocol", "Will vote yes"),
    QT_TRANSLATE_NOOP("Protocol", "Bully election"),
    QT_TRANSLATE_NOOP("Protocol", "Bully election (unsafe: ignores alive answers)"),
    QT_TRANSLATE_NOOP("Protocol", "Failure timeout"),
    QT_TRANSLATE_NOOP("Protocol", "Answer timeout"),
    QT_TRANSLATE_NOOP("Protocol", "Victory timeout"),
    QT_TRANSLATE_NOOP("Protocol", "How often the coordinator tells the others it is alive."),
    QT_TRANSLATE_NOOP("Protocol", "How long a node waits for the coordinator's heartbeat before it starts an election."),
    QT_TRANSLATE_NOOP("Protocol", "How long an electing node waits for an alive answer from a higher node."),
    QT_TRANSLATE_NOOP("Protocol", "After an answer, how long to wait for the coordinator's announcement."),
    QT_TRANSLATE_NOOP("Protocol", "normal"),
    QT_TRANSLATE_NOOP("Protocol", "electing"),
    QT_TRANSLATE_NOOP("Protocol", "failure"),
    QT_TRANSLATE_NOOP("Protocol", "answer"),
    QT_TRANSLATE_NOOP("Protocol", "victory"),
    QT_TRANSLATE_NOOP("Protocol", "Start an election"),
};

} // namespace

QString protocolText(const std::string &text)
{
    return QCoreApplication::translate("Protocol", text.c_str());
}
