#include "kvversion.h"

#include <algorithm>

namespace cs::kv {

bool covers(const VersionVector &a, const VersionVector &b)
{
    for (const auto &[node, counter] : b) {
        const auto it = a.find(node);
        if (it == a.end() || it->second < counter)
            return false;
    }
    return true;
}

void join(VersionVector &into, const VersionVector &other)
{
    for (const auto &[node, counter] : other) {
        auto &mine = into[node];
        mine = std::max(mine, counter);
    }
}

MergeOutcome mergeVersion(std::vector<Version> &versions, const Version &incoming, bool lastWriterWins)
{
    MergeOutcome outcome;
    for (const auto &version : versions) {
        if (covers(version.vector, incoming.vector))
            return outcome;
    }
    std::erase_if(versions, [&](const Version &version) { return covers(incoming.vector, version.vector); });
    versions.push_back(incoming);
    std::sort(versions.begin(), versions.end(), [](const Version &a, const Version &b) { return a.newerStampThan(b); });
    outcome.changed = true;
    outcome.concurrent = versions.size();
    if (lastWriterWins && versions.size() > 1) {
        Version winner = versions.front();
        for (std::size_t i = 1; i < versions.size(); ++i) {
            join(winner.vector, versions[i].vector);
            outcome.discarded.push_back(versions[i]);
        }
        versions = {winner};
    }
    outcome.winner = versions.front();
    return outcome;
}

std::string visibleValue(const std::vector<Version> &versions)
{
    std::string text;
    for (const auto &version : versions)
        text += (text.empty() ? "" : "|") + version.value;
    return text;
}

std::string encodeToken(const SessionToken &token)
{
    std::string text;
    for (const auto &[key, vector] : token) {
        if (!text.empty())
            text += ';';
        text += key + '=';
        bool first = true;
        for (const auto &[node, counter] : vector) {
            text += (first ? "" : "+") + std::to_string(node) + '.' + std::to_string(counter);
            first = false;
        }
    }
    return text;
}

SessionToken decodeToken(const std::string &text)
{
    SessionToken token;
    std::size_t start = 0;
    while (start < text.size()) {
        auto end = text.find(';', start);
        if (end == std::string::npos)
            end = text.size();
        const auto entry = text.substr(start, end - start);
        start = end + 1;
        const auto eq = entry.rfind('=');
        if (eq == std::string::npos)
            continue;
        auto &vector = token[entry.substr(0, eq)];
        std::size_t at = eq + 1;
        while (at < entry.size()) {
            auto next = entry.find('+', at);
            if (next == std::string::npos)
                next = entry.size();
            const auto pair = entry.substr(at, next - at);
            at = next + 1;
            const auto dot = pair.find('.');
            if (dot == std::string::npos)
                continue;
            try {
                vector[std::stoi(pair.substr(0, dot))] = std::stoll(pair.substr(dot + 1));
            } catch (const std::exception &) {
                // A malformed pair asks for nothing.
            }
        }
    }
    return token;
}

std::string encodeSession(const Session &session)
{
    auto text = encodeToken(session.written);
    if (!session.read.empty())
        text += "/" + encodeToken(session.read);
    return text;
}

Session decodeSession(const std::string &text)
{
    const auto slash = text.find('/');
    if (slash == std::string::npos)
        return {decodeToken(text), {}};
    return {decodeToken(text.substr(0, slash)), decodeToken(text.substr(slash + 1))};
}

} // namespace cs::kv
