#include "boundedjson.h"

#include <cmath>
#include <filesystem>
#include <fstream>
#include <set>
#include <vector>

#include "jsoncursor.h"

namespace cs {

namespace {

using Json = nlohmann::ordered_json;

// Builds the tree from nlohmann's SAX events, enforcing the limits and keeping the path of the
// value being read, so a refusal names where it happened.
class BoundedBuilder
{
public:
    // cutAt is where the bytes were cut short before an overlong string of overlongString bytes, if one.
    BoundedBuilder(const DocumentLimits &limits, std::size_t cutAt, std::size_t overlongString)
        : mLimits(limits)
        , mCutAt(cutAt)
        , mOverlongString(overlongString)
    {
    }

    Json takeRoot() { return std::move(mRoot); }

    bool null() { return add(Json()); }
    bool boolean(bool value) { return add(Json(value)); }
    bool number_integer(Json::number_integer_t value) { return add(Json(value)); }
    bool number_unsigned(Json::number_unsigned_t value) { return add(Json(value)); }
    bool number_float(Json::number_float_t value, const std::string &text)
    {
        if (!std::isfinite(value))
            fail(valuePath(), "number out of range (" + text + ")");
        return add(Json(value));
    }
    bool string(std::string &value)
    {
        checkLength(value);
        return add(Json(std::move(value)));
    }
    bool binary(Json::binary_t &) { fail(valuePath(), "binary values are not JSON text"); }

    bool start_object(std::size_t) { return open(Json::object()); }
    bool start_array(std::size_t) { return open(Json::array()); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }

    bool key(std::string &name)
    {
        auto &frame = mFrames.back();
        if (name.size() > mLimits.maxStringBytes)
            fail(framePath(mFrames.size()), "key too long (" + std::to_string(name.size()) + " bytes, at most "
                                                + std::to_string(mLimits.maxStringBytes) + ")");
        if (!frame.keys.insert(name).second)
            fail(appendKeyToPath(framePath(mFrames.size()), name), "duplicate key (it appears more than once)");
        if (frame.keys.size() > mLimits.maxMembers)
            fail(framePath(mFrames.size()), "too many members (more than " + std::to_string(mLimits.maxMembers) + ")");
        frame.key = name;
        frame.keyPending = true;
        return true;
    }

    template<class Exception>
    bool parse_error(std::size_t position, const std::string &, const Exception &error)
    {
        if (mOverlongString != 0 && position >= mCutAt) {
            const bool isKey = !mFrames.empty() && mFrames.back().value->is_object() && !mFrames.back().keyPending;
            fail(isKey ? framePath(mFrames.size()) : valuePath(),
                 std::string(isKey ? "key" : "string") + " too long (" + std::to_string(mOverlongString)
                     + " bytes, at most " + std::to_string(mLimits.maxStringBytes) + ")");
        }
        std::string message = error.what();
        if (error.id == 406) { // a number beyond a double, which the parser reports before calling number_float
            auto number = message.substr(message.find('\'') + 1);
            number = number.substr(0, number.rfind('\''));
            fail(valuePath(), "number out of range (" + number.substr(0, 40) + ")");
        }
        const std::string marker = "parse error ";
        if (const auto at = message.find(marker); at != std::string::npos)
            message = message.substr(at + marker.size());
        if (message.rfind("at ", 0) == 0)
            message = message.substr(3);
        throw InputError("not valid JSON: " + message);
    }

private:
    struct Frame
    {
        Json *value = nullptr;
        std::size_t count = 0;
        std::string key;
        bool keyPending = false;
        std::set<std::string, std::less<>> keys;
    };

    [[noreturn]] void fail(const std::string &path, const std::string &problem) const
    {
        throw InputError((path.empty() ? std::string("document") : path) + ": " + problem);
    }

    // The path of the frame at the given depth (1 is the root's frame), as its parent names it.
    std::string framePath(std::size_t depth) const
    {
        std::string path;
        for (std::size_t i = 0; i + 1 < depth; ++i) {
            const auto &frame = mFrames[i];
            if (frame.value->is_array())
                path += "[" + std::to_string(frame.count - 1) + "]";
            else
                path = appendKeyToPath(path, frame.key);
        }
        return path;
    }

    // The path of the value about to be added.
    std::string valuePath() const
    {
        if (mFrames.empty())
            return {};
        const auto &frame = mFrames.back();
        const auto path = framePath(mFrames.size());
        return frame.value->is_array() ? path + "[" + std::to_string(frame.count) + "]"
                                       : appendKeyToPath(path, frame.key);
    }

    void checkLength(const std::string &text) const
    {
        if (text.size() > mLimits.maxStringBytes)
            fail(valuePath(), "string too long (" + std::to_string(text.size()) + " bytes, at most "
                                  + std::to_string(mLimits.maxStringBytes) + ")");
    }

    // Counts what a value costs in the tree (its slot, its key, its string's heap) against the budget.
    void charge(const Json &value, bool member, std::size_t keyLength)
    {
        constexpr std::size_t kShortString = 15;
        std::size_t cost = 2 * sizeof(Json);
        if (member)
            cost += sizeof(std::string) + (keyLength > kShortString ? keyLength + 1 : 0);
        if (value.is_string() && value.get_ref<const std::string &>().size() > kShortString)
            cost += value.get_ref<const std::string &>().size() + 1;
        mTreeBytes += cost;
        if (mTreeBytes > mLimits.maxTreeBytes)
            fail(valuePath(), "the document would take more than " + std::to_string(mLimits.maxTreeBytes >> 20)
                                  + " MiB of memory once read");
    }

    Json *place(Json &&value)
    {
        charge(value, !mFrames.empty() && mFrames.back().value->is_object(),
               mFrames.empty() ? 0 : mFrames.back().key.size());
        if (mFrames.empty()) {
            mRoot = std::move(value);
            return &mRoot;
        }
        auto &frame = mFrames.back();
        ++frame.count;
        if (frame.value->is_array()) {
            auto &array = *frame.value->get_ptr<Json::array_t *>();
            array.push_back(std::move(value));
            return &array.back();
        }
        frame.keyPending = false;
        auto &object = *frame.value->get_ptr<Json::object_t *>();
        object.Container::emplace_back(frame.key, std::move(value)); // the key set already refused duplicates
        return &object.back().second;
    }

    bool add(Json &&value)
    {
        place(std::move(value));
        return true;
    }

    bool open(Json &&container)
    {
        if (static_cast<int>(mFrames.size()) >= mLimits.maxDepth)
            fail(valuePath(), "nested deeper than " + std::to_string(mLimits.maxDepth) + " levels");
        Json *placed = place(std::move(container));
        mFrames.push_back({placed, 0, {}, false, {}});
        return true;
    }

    bool close()
    {
        mFrames.pop_back();
        return true;
    }

    const DocumentLimits &mLimits;
    std::size_t mCutAt;
    std::size_t mOverlongString;
    Json mRoot;
    std::vector<Frame> mFrames;
    std::size_t mTreeBytes = 0;
};

bool isIdentifier(std::string_view key)
{
    if (key.empty() || (key[0] >= '0' && key[0] <= '9'))
        return false;
    for (char c : key) {
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'))
            return false;
    }
    return true;
}

// Where the first string starts whose raw length alone proves it too long (an escape such as \u0041
// decodes six bytes into one), and its length in bytes; the parser is stopped there before buffering it.
std::pair<std::size_t, std::size_t> findOverlongString(std::string_view bytes, std::size_t maxStringBytes)
{
    const std::size_t rawLimit = maxStringBytes * 6;
    std::size_t start = 0;
    bool inString = false;
    bool escaped = false;
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (!inString) {
            inString = c == '"';
            start = i;
        } else if (escaped) {
            escaped = false;
        } else if (c == '\\') {
            escaped = true;
        } else if (c == '"') {
            inString = false;
            if (i - start - 1 > rawLimit)
                return {start, i - start - 1};
        }
    }
    if (inString && bytes.size() - start - 1 > rawLimit)
        return {start, bytes.size() - start - 1};
    return {bytes.size(), 0};
}

} // namespace

std::string appendKeyToPath(const std::string &path, std::string_view key)
{
    if (!isIdentifier(key))
        return path + "[" + Json(std::string(key)).dump(-1, ' ', false, Json::error_handler_t::replace) + "]";
    return path.empty() ? std::string(key) : path + "." + std::string(key);
}

nlohmann::ordered_json parseJsonDocument(std::string_view bytes, const DocumentLimits &limits)
{
    if (bytes.size() > limits.maxBytes)
        throw InputError("too large (" + std::to_string(bytes.size()) + " bytes, at most "
                         + std::to_string(limits.maxBytes) + ")");
    if (const auto nul = bytes.find('\0'); nul != std::string_view::npos)
        throw InputError("not a text file (a NUL byte at offset " + std::to_string(nul) + ")");
    const auto [end, overlong] = findOverlongString(bytes, limits.maxStringBytes);
    BoundedBuilder builder(limits, end, overlong);
    Json::sax_parse(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(end), &builder);
    return builder.takeRoot();
}

std::string readFileLimited(const std::string &path, std::size_t maxBytes)
{
    std::error_code error;
    if (!std::filesystem::is_regular_file(path, error))
        throw InputError(std::filesystem::exists(path, error) ? "not a regular file" : "no such file");
    const auto size = std::filesystem::file_size(path, error);
    if (error)
        throw InputError("cannot read: " + error.message());
    if (size > maxBytes)
        throw InputError("too large (" + std::to_string(size) + " bytes, at most " + std::to_string(maxBytes) + ")");
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw InputError("cannot open for reading");
    std::string content(static_cast<std::size_t>(size), '\0');
    in.read(content.data(), static_cast<std::streamsize>(size));
    content.resize(static_cast<std::size_t>(in.gcount()));
    if (in.peek() != std::char_traits<char>::eof())
        throw InputError("changed while being read");
    return content;
}

} // namespace cs
