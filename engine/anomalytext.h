#pragma once

#include <optional>

#include "sessiongraph.h"
#include "writeorderchecks.h"

namespace cs {

// The anomalies' sentences, in English and Simplified Chinese, naming clients (A, B...), keys,
// values and order; the initial value of a key reads "(initial)".

// A Wing-Gong witness: a stale read when one read missed a write completed before it, otherwise the
// operations that admit no order.
ConsistencyAnomaly describeNoOrder(ConsistencyModel model, const RegisterHistory &history,
                                   const std::vector<RegisterOp> &witness);

ConsistencyAnomaly describeSessionViolation(ConsistencyModel model, const RegisterHistory &history,
                                            const SessionViolation &violation);

ConsistencyAnomaly describePrefixViolation(const RegisterHistory &history, const WriteOrderViolation &violation);
ConsistencyAnomaly describeStaleRead(const RegisterHistory &history, const WriteOrderViolation &violation,
                                     VirtualTime bound);
ConsistencyAnomaly describeDivergence(const RegisterHistory &history, const WriteOrderViolation &violation);

} // namespace cs
