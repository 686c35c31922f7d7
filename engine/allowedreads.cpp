#include "allowedreads.h"

namespace cs {

namespace {

// The values a key takes through the sequence, from its initial value on.
std::vector<std::string> historyOf(const std::vector<SequencedWrite> &writes, const std::string &key,
                                   const std::string &initial)
{
    std::vector<std::string> values{initial};
    for (const auto &write : writes)
        if (write.key == key)
            values.push_back(write.value);
    return values;
}

// The state of `keys` after the first `count` writes.
std::vector<std::string> stateAfter(const std::vector<SequencedWrite> &writes, const std::vector<std::string> &keys,
                                    std::size_t count, const std::string &initial)
{
    std::vector<std::string> state(keys.size(), initial);
    for (std::size_t w = 0; w < count; ++w)
        for (std::size_t k = 0; k < keys.size(); ++k)
            if (writes[w].key == keys[k])
                state[k] = writes[w].value;
    return state;
}

// Per key, any of its values from index `lowest[k]` on: replicas that received each key's writes
// independently.
void perKey(const std::vector<std::vector<std::string>> &values, const std::vector<std::size_t> &lowest,
            std::vector<std::string> &partial, std::set<std::vector<std::string>> &out)
{
    const auto k = partial.size();
    if (k == values.size()) {
        out.insert(partial);
        return;
    }
    for (std::size_t i = lowest[k]; i < values[k].size(); ++i) {
        partial.push_back(values[k][i]);
        perKey(values, lowest, partial, out);
        partial.pop_back();
    }
}

} // namespace

std::set<std::vector<std::string>> allowedReads(const std::vector<SequencedWrite> &writes,
                                                const std::vector<std::string> &keys, ReadGuarantee guarantee,
                                                const ReaderContext &reader, const std::string &initial)
{
    std::set<std::vector<std::string>> out;
    std::vector<std::vector<std::string>> values;
    for (const auto &key : keys)
        values.push_back(historyOf(writes, key, initial));
    std::vector<std::size_t> lowest(keys.size(), 0);
    std::vector<std::string> partial;
    switch (guarantee) {
    case ReadGuarantee::Strong:
        out.insert(stateAfter(writes, keys, writes.size(), initial));
        break;
    case ReadGuarantee::ReadMyWrites:
        if (reader.writer) {
            out.insert(stateAfter(writes, keys, writes.size(), initial));
            break;
        }
        [[fallthrough]];
    case ReadGuarantee::Eventual:
        perKey(values, lowest, partial, out);
        break;
    case ReadGuarantee::ConsistentPrefix:
    case ReadGuarantee::BoundedStaleness: {
        const auto first = guarantee == ReadGuarantee::BoundedStaleness ? reader.freshPrefix : 0;
        for (std::size_t count = first; count <= writes.size(); ++count)
            out.insert(stateAfter(writes, keys, count, initial));
        break;
    }
    case ReadGuarantee::MonotonicReads:
        for (std::size_t k = 0; k < keys.size() && k < reader.lastRead.size(); ++k)
            for (std::size_t i = 0; i < values[k].size(); ++i)
                if (values[k][i] == reader.lastRead[k])
                    lowest[k] = i;
        perKey(values, lowest, partial, out);
        break;
    }
    return out;
}

} // namespace cs
