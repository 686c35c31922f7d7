#pragma once

#include <cstdint>
#include <string>

#include "client.h"
#include "message.h"

namespace cs::commit {

// Where a participant stands in one transaction.
enum class TxState : std::uint8_t { Init, Ready, PreCommit, Committed, Aborted };

const char *txStateName(TxState state);

// Every message of two- and three-phase commit, told apart by kind; all carry a transaction id.
struct CommitMessage final : Message
{
    enum class Kind : std::uint8_t {
        Prepare,         // 2PC prepare, 3PC canCommit
        Vote,            // yes or no
        PreCommit,       // 3PC only
        Ack,             // of a preCommit or of a decision
        Decision,        // commit or abort (3PC doCommit)
        DecisionRequest, // an in-doubt participant asks
        StateRequest,    // 3PC termination: what is your state?
        StateReply,
        ClientForward,   // a participant passes a client's transaction to the coordinator
    };

    Kind kind = Kind::Prepare;
    std::int64_t tx = 0;
    bool yes = false;
    bool threePhase = false;
    TxState state = TxState::Init;
    std::string command;
    // The client operation a forwarded transaction answers.
    OperationId operation = 0;

    std::string_view type() const override;
    std::string label() const override;
    void writeFields(nlohmann::ordered_json &out) const override;
    std::size_t sizeInBytes() const override;
};

} // namespace cs::commit
