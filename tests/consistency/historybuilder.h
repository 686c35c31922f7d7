#pragma once

#include <string>

#include "history.h"

namespace cs::testing {

// Builds a hand-written operation history the way a run records it (invoke, then complete), in
// invocation order; times are in milliseconds of virtual time.
class HistoryBuilder
{
public:
    OperationId write(ClientId client, const std::string &key, const std::string &value, int from, int to,
                      OperationResult result = OperationResult::Ok);
    // `value` is what the read returned ("" for never written; "5,2" for keys "home,visitors").
    OperationId read(ClientId client, const std::string &key, const std::string &value, int from, int to);
    OperationId cas(ClientId client, const std::string &key, const std::string &expected, const std::string &value,
                    int from, int to, OperationResult result = OperationResult::Ok);

    const History &history() const { return mHistory; }

private:
    OperationId add(ClientRequest request, int from, int to, OperationOutcome outcome);

    History mHistory;
    OperationId mNext = 1;
};

} // namespace cs::testing
