#pragma once

#include <cstddef>
#include <memory>
#include <vector>

namespace cs {

// A vector whose copies share fixed-size chunks until one of them writes (copy on write), so
// copying a simulation with long logs, as every checkpoint does, costs a few pointers per chunk.
// Elements are read-only through the vector; appends and truncation are the only changes.
template<typename T, std::size_t ChunkSize = 256>
class SharedChunkVector
{
public:
    using value_type = T;

    std::size_t size() const { return mSize; }
    bool empty() const { return mSize == 0; }

    const T &operator[](std::size_t index) const { return (*mChunks[index / ChunkSize])[index % ChunkSize]; }
    const T &back() const { return (*this)[mSize - 1]; }

    void push_back(T value)
    {
        if (mSize % ChunkSize == 0) {
            auto chunk = std::make_shared<std::vector<T>>();
            chunk->reserve(ChunkSize);
            mChunks.push_back(std::move(chunk));
        } else {
            ownLastChunk();
        }
        mChunks.back()->push_back(std::move(value));
        ++mSize;
    }

    // Keeps the first count elements.
    void truncate(std::size_t count)
    {
        if (count >= mSize)
            return;
        mChunks.resize((count + ChunkSize - 1) / ChunkSize);
        mSize = count;
        if (count % ChunkSize != 0) {
            ownLastChunk();
            mChunks.back()->resize(count % ChunkSize);
        }
    }

    // Replaces one element (used rarely; copies its chunk if shared).
    void set(std::size_t index, T value)
    {
        auto &chunk = mChunks[index / ChunkSize];
        if (chunk.use_count() > 1)
            chunk = std::make_shared<std::vector<T>>(*chunk);
        (*chunk)[index % ChunkSize] = std::move(value);
    }

    // Iteration, for range-for and algorithms.
    class const_iterator
    {
    public:
        const_iterator(const SharedChunkVector *owner, std::size_t index) : mOwner(owner), mIndex(index) {}
        const T &operator*() const { return (*mOwner)[mIndex]; }
        const T *operator->() const { return &(*mOwner)[mIndex]; }
        const_iterator &operator++()
        {
            ++mIndex;
            return *this;
        }
        bool operator==(const const_iterator &other) const { return mIndex == other.mIndex; }
        bool operator!=(const const_iterator &other) const { return mIndex != other.mIndex; }

    private:
        const SharedChunkVector *mOwner;
        std::size_t mIndex;
    };

    const_iterator begin() const { return const_iterator(this, 0); }
    const_iterator end() const { return const_iterator(this, mSize); }

    bool operator==(const SharedChunkVector &other) const
    {
        if (mSize != other.mSize)
            return false;
        for (std::size_t i = 0; i < mSize; ++i) {
            if (!((*this)[i] == other[i]))
                return false;
        }
        return true;
    }

private:
    void ownLastChunk()
    {
        auto &last = mChunks.back();
        if (last.use_count() > 1) {
            auto copy = std::make_shared<std::vector<T>>(*last);
            copy->reserve(ChunkSize);
            last = std::move(copy);
        }
    }

    std::vector<std::shared_ptr<std::vector<T>>> mChunks;
    std::size_t mSize = 0;
};

} // namespace cs
