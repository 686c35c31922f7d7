#include "sessiongraph.h"

#include <algorithm>
#include <deque>
#include <map>

namespace cs {

namespace {

constexpr std::size_t kNone = static_cast<std::size_t>(-1);

enum class EdgeKind : std::uint8_t { Chain, Read, Dependency };

struct Edge
{
    int from = 0;
    int to = 0;
    EdgeKind kind = EdgeKind::Chain;
    std::size_t operation = kNone;
    std::size_t observed = kNone;
};

// The visibility graph under construction: value nodes (writes and each key's initial value), the
// per-client chains of "must already see" sets, the edges every observer shares and each one's own.
class GraphBuilder
{
public:
    GraphBuilder(const RegisterHistory &history, unsigned rules);

    std::optional<SessionViolation> firstViolation() const;

private:
    int newNode(std::size_t writer = kNone, bool value = false);
    void edge(int from, int to, EdgeKind kind, int viewer, std::size_t operation = kNone,
              std::size_t observed = kNone);
    void extend(int &chain, int from, EdgeKind kind, int viewer, std::size_t operation, std::size_t observed = kNone);
    int target(int key, int value) const;
    // Per client and key, the current node of each chain.
    struct Chains
    {
        std::vector<int> own, observed, writerOrder, writerReads, causal, written, read;
    };
    // An operation added against its client's chains as they stood at its call, waiting for its
    // return to pass what it added on to the client's later operations.
    struct Prepared
    {
        std::size_t index = 0;
        Chains base;
        Chains local;
    };
    void addRead(std::size_t index, int viewer, Chains &chains);
    void addWrite(std::size_t index, int viewer, Chains &chains);
    void commit(int viewer, const Prepared &prepared);
    std::optional<SessionViolation> violationFor(int viewer) const;
    SessionViolation explain(const std::vector<const Edge *> &cycle) const;

    const RegisterHistory &mHistory;
    unsigned mRules;
    int mKeys = 0;
    std::vector<std::size_t> mNodeWriter;
    std::vector<bool> mValueNode;
    std::vector<int> mWriteNode;
    std::vector<int> mInitial;
    std::map<std::pair<int, int>, std::size_t> mReadsFrom;
    // Per write and key: the "must see" sets a reader inherits by seeing it (writer order, writer
    // reads, causal past).
    std::vector<std::vector<int>> mWriterOrderSet, mWriterReadSet, mCausalSet;
    std::vector<Edge> mShared;
    std::vector<std::vector<Edge>> mOwn;
    std::vector<Chains> mChains;
};

GraphBuilder::GraphBuilder(const RegisterHistory &history, unsigned rules)
    : mHistory(history), mRules(rules), mKeys(static_cast<int>(history.keyNames.size()))
{
    const auto &ops = history.ops;
    for (int k = 0; k < mKeys; ++k)
        mInitial.push_back(newNode(kNone, true));
    mWriteNode.assign(ops.size(), -1);
    for (std::size_t i = 0; i < ops.size(); ++i) {
        for (std::size_t k = 0; k < ops[i].keys.size(); ++k) {
            if (ops[i].writeValues[k] < 0)
                continue;
            mWriteNode[i] = newNode(i, true);
            mReadsFrom.emplace(std::make_pair(ops[i].keys[k], ops[i].writeValues[k]), i);
            edge(mInitial[static_cast<std::size_t>(ops[i].keys[k])], mWriteNode[i], EdgeKind::Chain, -1);
        }
    }
    auto sets = [&](unsigned rule) {
        std::vector<std::vector<int>> out(ops.size());
        if (mRules & rule)
            for (std::size_t i = 0; i < ops.size(); ++i)
                if (mWriteNode[i] >= 0)
                    for (int k = 0; k < mKeys; ++k)
                        out[i].push_back(newNode());
        return out;
    };
    mWriterOrderSet = sets(WriterOrder);
    mWriterReadSet = sets(WriterReads);
    mCausalSet = sets(CausalPast);
    std::map<ClientId, int> viewers;
    for (const auto &op : ops)
        viewers.emplace(op.client, 0);
    int next = 0;
    for (auto &[client, viewer] : viewers)
        viewer = next++;
    mOwn.resize(viewers.size());
    const std::vector<int> none(static_cast<std::size_t>(mKeys), -1);
    mChains.assign(viewers.size(), Chains{none, none, none, none, none, none, none});
    // Session order is "returned before invoked" (sessionPrecedes): an operation sees its client's
    // chains with what returned before its call, and adds to them only once it returns itself.
    std::vector<std::vector<Prepared>> waiting(viewers.size());
    for (std::size_t i = 0; i < ops.size(); ++i) {
        const int viewer = viewers[ops[i].client];
        auto &open = waiting[static_cast<std::size_t>(viewer)];
        std::stable_sort(open.begin(), open.end(),
                         [&](const Prepared &a, const Prepared &b) { return ops[a.index].ret < ops[b.index].ret; });
        auto returned = open.begin();
        while (returned != open.end() && sessionPrecedes(ops[returned->index], ops[i]))
            commit(viewer, *returned++);
        open.erase(open.begin(), returned);
        Prepared prepared{i, mChains[static_cast<std::size_t>(viewer)], mChains[static_cast<std::size_t>(viewer)]};
        // An operation that completed unknown may never have taken effect: it read nothing.
        bool reads = false;
        for (const int value : ops[i].readValues)
            reads = reads || (value >= 0 && !ops[i].optional);
        if (reads)
            addRead(i, viewer, prepared.local);
        if (mWriteNode[i] >= 0)
            addWrite(i, viewer, prepared.local);
        if (!ops[i].optional)
            open.push_back(std::move(prepared));
    }
}

void GraphBuilder::commit(int viewer, const Prepared &prepared)
{
    auto &heads = mChains[static_cast<std::size_t>(viewer)];
    auto join = [&](std::vector<int> Chains::*member, int edgeViewer) {
        auto &head = heads.*member;
        const auto &base = prepared.base.*member;
        const auto &local = prepared.local.*member;
        for (std::size_t key = 0; key < head.size(); ++key) {
            if (local[key] == base[key])
                continue;
            if (head[key] == base[key] || head[key] < 0) {
                head[key] = local[key];
                continue;
            }
            const int node = newNode();
            edge(head[key], node, EdgeKind::Chain, edgeViewer);
            edge(local[key], node, EdgeKind::Chain, edgeViewer);
            head[key] = node;
        }
    };
    join(&Chains::own, viewer);
    join(&Chains::observed, viewer);
    join(&Chains::writerOrder, viewer);
    join(&Chains::writerReads, viewer);
    join(&Chains::causal, -1);
    join(&Chains::written, -1);
    join(&Chains::read, -1);
}

int GraphBuilder::newNode(std::size_t writer, bool value)
{
    mNodeWriter.push_back(writer);
    mValueNode.push_back(value);
    return static_cast<int>(mNodeWriter.size() - 1);
}

void GraphBuilder::edge(int from, int to, EdgeKind kind, int viewer, std::size_t operation, std::size_t observed)
{
    if (from < 0 || to < 0)
        return;
    (viewer < 0 ? mShared : mOwn[static_cast<std::size_t>(viewer)]).push_back(Edge{from, to, kind, operation, observed});
}

void GraphBuilder::extend(int &chain, int from, EdgeKind kind, int viewer, std::size_t operation, std::size_t observed)
{
    if (from < 0)
        return;
    const int node = newNode();
    edge(chain, node, EdgeKind::Chain, viewer);
    edge(from, node, kind, viewer, operation, observed);
    chain = node;
}

int GraphBuilder::target(int key, int value) const
{
    if (value == 0)
        return mInitial[static_cast<std::size_t>(key)];
    const auto it = mReadsFrom.find({key, value});
    return it == mReadsFrom.end() ? -1 : mWriteNode[it->second];
}

void GraphBuilder::addRead(std::size_t index, int viewer, Chains &chains)
{
    const auto &op = mHistory.ops[index];
    std::vector<int> targets;
    for (std::size_t k = 0; k < op.keys.size(); ++k)
        targets.push_back(op.readValues[k] >= 0 ? target(op.keys[k], op.readValues[k]) : -1);
    // Seeing a write brings what its writer's order, reads or causal past make visible with it.
    for (const int node : targets) {
        if (node < 0 || mNodeWriter[static_cast<std::size_t>(node)] == kNone)
            continue;
        const auto write = mNodeWriter[static_cast<std::size_t>(node)];
        for (int k = 0; k < mKeys; ++k) {
            const auto key = static_cast<std::size_t>(k);
            if (mRules & WriterOrder)
                extend(chains.writerOrder[key], mWriterOrderSet[write][key], EdgeKind::Dependency, viewer, index, write);
            if (mRules & WriterReads)
                extend(chains.writerReads[key], mWriterReadSet[write][key], EdgeKind::Dependency, viewer, index, write);
            if (mRules & CausalPast)
                extend(chains.causal[key], mCausalSet[write][key], EdgeKind::Dependency, -1, index, write);
        }
    }
    for (std::size_t k = 0; k < op.keys.size(); ++k) {
        const int node = targets[k];
        const auto key = static_cast<std::size_t>(op.keys[k]);
        if (node < 0)
            continue;
        const std::pair<unsigned, int> required[] = {{OwnWrites, chains.own[key]},
                                                     {ObservedWrites, chains.observed[key]},
                                                     {WriterOrder, chains.writerOrder[key]},
                                                     {WriterReads, chains.writerReads[key]},
                                                     {CausalPast, chains.causal[key]}};
        for (const auto &[rule, chain] : required)
            if (mRules & rule)
                edge(chain, node, EdgeKind::Read, viewer, index);
    }
    for (std::size_t k = 0; k < op.keys.size(); ++k) {
        const auto key = static_cast<std::size_t>(op.keys[k]);
        if (targets[k] < 0)
            continue;
        if (mRules & ObservedWrites)
            extend(chains.observed[key], targets[k], EdgeKind::Chain, viewer, index);
        if (mRules & WriterReads)
            extend(chains.read[key], targets[k], EdgeKind::Chain, -1, index);
        if (mRules & CausalPast)
            extend(chains.causal[key], targets[k], EdgeKind::Chain, -1, index);
    }
}

void GraphBuilder::addWrite(std::size_t index, int viewer, Chains &chains)
{
    const auto &op = mHistory.ops[index];
    const int node = mWriteNode[index];
    const auto key = static_cast<std::size_t>(op.keys[0]);
    if ((mRules & OwnWrites) && !op.optional) {
        edge(chains.own[key], node, EdgeKind::Chain, viewer, index);
        extend(chains.own[key], node, EdgeKind::Chain, viewer, index);
    }
    auto inherit = [&](unsigned rule, std::vector<int> &set, std::vector<int> &chain) {
        if (!(mRules & rule))
            return;
        for (int k = 0; k < mKeys; ++k)
            edge(chain[static_cast<std::size_t>(k)], set[static_cast<std::size_t>(k)], EdgeKind::Chain, -1, index);
        edge(set[key], node, EdgeKind::Dependency, -1, index);
    };
    inherit(WriterOrder, mWriterOrderSet[index], chains.written);
    inherit(WriterReads, mWriterReadSet[index], chains.read);
    inherit(CausalPast, mCausalSet[index], chains.causal);
    // A write that completed unknown never returns, so these reach its client's later operations
    // only if it does (commit); it stays in the past of what read it (Jepsen's :info).
    if (mRules & WriterOrder)
        extend(chains.written[key], node, EdgeKind::Chain, -1, index);
    if (mRules & CausalPast)
        extend(chains.causal[key], node, EdgeKind::Chain, -1, index);
}

std::optional<SessionViolation> GraphBuilder::firstViolation() const
{
    for (int viewer = 0; viewer < static_cast<int>(mOwn.size()); ++viewer)
        if (auto violation = violationFor(viewer))
            return violation;
    return std::nullopt;
}

std::optional<SessionViolation> GraphBuilder::violationFor(int viewer) const
{
    const auto nodes = mNodeWriter.size();
    // The viewer's graph in compressed rows: the shared edges and its own.
    const auto &own = mOwn[static_cast<std::size_t>(viewer)];
    std::vector<std::size_t> first(nodes + 1, 0);
    for (const auto *edges : {&mShared, &own})
        for (const auto &e : *edges)
            ++first[static_cast<std::size_t>(e.from) + 1];
    for (std::size_t v = 0; v < nodes; ++v)
        first[v + 1] += first[v];
    std::vector<const Edge *> rows(first[nodes]);
    {
        auto fill = first;
        for (const auto *edges : {&mShared, &own})
            for (const auto &e : *edges)
                rows[fill[static_cast<std::size_t>(e.from)]++] = &e;
    }
    struct Row
    {
        const Edge *const *b;
        const Edge *const *e;
        std::size_t size() const { return static_cast<std::size_t>(e - b); }
        const Edge *operator[](std::size_t i) const { return b[i]; }
        const Edge *const *begin() const { return b; }
        const Edge *const *end() const { return e; }
    };
    auto out = [&](std::size_t v) { return Row{rows.data() + first[v], rows.data() + first[v + 1]}; };
    // Tarjan's strongly connected components, iteratively.
    std::vector<int> index(nodes, -1), low(nodes, 0), component(nodes, -1);
    std::vector<bool> onStack(nodes, false);
    std::vector<int> stack;
    std::vector<std::pair<int, std::size_t>> work;
    int counter = 0;
    int components = 0;
    for (std::size_t root = 0; root < nodes; ++root) {
        if (index[root] >= 0)
            continue;
        work.push_back({static_cast<int>(root), 0});
        while (!work.empty()) {
            auto &[v, next] = work.back();
            const auto u = static_cast<std::size_t>(v);
            if (next == 0 && index[u] < 0) {
                index[u] = low[u] = counter++;
                stack.push_back(v);
                onStack[u] = true;
            }
            if (next < out(u).size()) {
                const auto w = static_cast<std::size_t>(out(u)[next++]->to);
                if (index[w] < 0)
                    work.push_back({static_cast<int>(w), 0});
                else if (onStack[w])
                    low[u] = std::min(low[u], index[w]);
                continue;
            }
            if (low[u] == index[u]) {
                while (true) {
                    const auto w = static_cast<std::size_t>(stack.back());
                    stack.pop_back();
                    onStack[w] = false;
                    component[w] = components;
                    if (w == u)
                        break;
                }
                ++components;
            }
            work.pop_back();
            if (!work.empty()) {
                const auto parent = static_cast<std::size_t>(work.back().first);
                low[parent] = std::min(low[parent], low[u]);
            }
        }
    }
    std::vector<int> firstValue(static_cast<std::size_t>(components), -1);
    for (std::size_t v = 0; v < nodes; ++v) {
        if (!mValueNode[v])
            continue;
        auto &first = firstValue[static_cast<std::size_t>(component[v])];
        if (first < 0) {
            first = static_cast<int>(v);
            continue;
        }
        // Two values in one component: a shortest way from one to another and back.
        const int c = component[v];
        auto path = [&](int from, auto arrived) {
            std::vector<const Edge *> via(nodes, nullptr);
            std::vector<bool> seen(nodes, false);
            std::deque<int> queue{from};
            seen[static_cast<std::size_t>(from)] = true;
            while (!queue.empty()) {
                const int at = queue.front();
                queue.pop_front();
                for (const Edge *e : out(static_cast<std::size_t>(at))) {
                    const auto to = static_cast<std::size_t>(e->to);
                    if (component[to] != c || seen[to])
                        continue;
                    seen[to] = true;
                    via[to] = e;
                    if (arrived(e->to)) {
                        std::vector<const Edge *> edges;
                        for (const Edge *step = e; step; step = step->from == from ? nullptr : via[static_cast<std::size_t>(step->from)])
                            edges.push_back(step);
                        std::reverse(edges.begin(), edges.end());
                        return edges;
                    }
                    queue.push_back(e->to);
                }
            }
            return std::vector<const Edge *>{};
        };
        const int start = first;
        auto there = path(start, [&](int node) { return node != start && mValueNode[static_cast<std::size_t>(node)]; });
        const int middle = there.back()->to;
        auto back = path(middle, [&](int node) { return node == start; });
        there.insert(there.end(), back.begin(), back.end());
        return explain(there);
    }
    return std::nullopt;
}

SessionViolation GraphBuilder::explain(const std::vector<const Edge *> &cycle) const
{
    SessionViolation violation;
    std::vector<std::size_t> operations;
    for (const Edge *e : cycle) {
        for (const auto op : {e->operation, e->observed})
            if (op != kNone)
                operations.push_back(op);
        const auto writer = mNodeWriter[static_cast<std::size_t>(e->to)];
        if (mValueNode[static_cast<std::size_t>(e->to)] && writer != kNone)
            operations.push_back(writer);
    }
    std::sort(operations.begin(), operations.end());
    operations.erase(std::unique(operations.begin(), operations.end()), operations.end());
    violation.operations = operations;
    // The read that returned too old a value, and the nearest value before it on the cycle that it
    // had to see.
    const auto n = cycle.size();
    for (std::size_t i = 0; i < n; ++i) {
        const Edge *e = cycle[i];
        if (e->kind != EdgeKind::Read)
            continue;
        std::optional<std::size_t> via;
        for (std::size_t back = 1; back <= n; ++back) {
            const Edge *before = cycle[(i + n - back) % n];
            if (before->kind == EdgeKind::Dependency && before->observed != kNone)
                via = before->observed;
            const auto from = static_cast<std::size_t>(before->from);
            if (!mValueNode[from])
                continue;
            if (mNodeWriter[from] == kNone)
                break;
            violation.read = e->operation;
            violation.required = mNodeWriter[from];
            violation.via = via;
            const auto &read = mHistory.ops[e->operation];
            for (std::size_t k = 0; k < read.keys.size(); ++k) {
                if (target(read.keys[k], read.readValues[k]) == e->to) {
                    violation.key = read.keys[k];
                    violation.readValue = read.readValues[k];
                }
            }
            return violation;
        }
    }
    return violation;
}

} // namespace

std::optional<SessionViolation> findSessionViolation(const RegisterHistory &history, unsigned rules)
{
    return GraphBuilder(history, rules).firstViolation();
}

} // namespace cs
