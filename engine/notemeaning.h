#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <utility>
#include <string>
#include <string_view>
#include <vector>

#include "note.h"

namespace cs {

// What a kind of note stands for, as views need to know it.
enum class Meaning : std::uint8_t {
    RoleChange, // the note's text names the node's new role
    Leader,     // a node takes the lead: a leader elected, a coordinator, a proposer that won its prepare phase
    Decision,   // something decided for good: an entry committed, a value chosen, a transaction decided
    ReplicaValue, // a replica's copy of a key changed: the text starts with the key, the note says what it now holds
};

// Which of the notes that carry a meaning are news; views mark and stop at news only.
enum class Novelty : std::uint8_t {
    Every,     // every such note
    NewKey,    // the first note for each key and text (a slot's value, a transaction's outcome), so a
               // conflicting second decision is news too
    RisingKey, // a note whose key passes every earlier one (a commit index covers all below it)
    Once,      // the first such note of the run (single-decree Paxos chooses one value)
};

// The words a view uses for a meaning, in English; the app translates them in the "Protocol" context.
struct MeaningWords
{
    std::string runUntil; // the run-until action: "Run until a leader is elected"
    std::string markers;  // the jump-to choice: "Elections"
    std::string summary;  // the CLI summary's label: "leaders"
    std::string nothing;  // said when the run-until bound passes without one: "No leader was elected"
};

// A protocol's declaration that one kind of note means something, so that no view guesses from note
// names: which note, which of its fields say in which term (epoch, ballot, slot...) and who.
struct NoteMeaning
{
    Meaning meaning = Meaning::Decision;
    const NoteSchema *note = nullptr;
    // Only notes whose text is this ("leader"); empty for any.
    std::string_view text = {};
    // The number field naming what the note is about (term, epoch, round; index, slot, tx), or -1.
    int key = -1;
    // The number field naming the node the note is about, or -1 for the node that wrote it.
    int who = -1;
    Novelty novelty = Novelty::Every;
    MeaningWords words = {};
    // ReplicaValue: the character that ends the key in the note's text ('=' in "x=V1"); the whole text
    // if none.
    char keyEnd = '\0';
    // ReplicaValue: every node replicates every key, so a live node without a key disagrees with one
    // holding it (false when each key lives on a subset of the nodes, as in a Dynamo ring).
    bool everyNode = false;

    bool matches(const Note &note) const { return note.schema == this->note && (text.empty() || note.text == text); }
    std::optional<std::int64_t> keyOf(const Note &note) const;
    NodeId whoOf(const Note &note) const;
    // ReplicaValue: the key a note's text names, up to keyEnd.
    std::string_view textKeyOf(const Note &note) const;
    // The key's field name ("term"), or empty.
    std::string_view keyName() const;
};

// The declaration of a meaning among a protocol's, or nullptr; a protocol declares each at most once.
const NoteMeaning *findMeaning(const std::vector<NoteMeaning> &meanings, Meaning meaning);

// Follows the notes of one run and tells which are news for which declared meaning, so timeline
// markers, run-until and the CLI summary agree on what counts.
class MeaningTracker
{
public:
    explicit MeaningTracker(const std::vector<NoteMeaning> &meanings);

    // The meanings this note is news for, as bits (1 << Meaning).
    unsigned observe(const Note &note);

    static constexpr unsigned bit(Meaning meaning) { return 1u << static_cast<unsigned>(meaning); }

private:
    // What one meaning has seen so far.
    struct Seen
    {
        const NoteMeaning *meaning;
        bool any = false;
        std::int64_t highest = 0;
        std::set<std::pair<std::int64_t, std::string>> keys = {};
    };

    std::vector<Seen> mSeen;
};

} // namespace cs
