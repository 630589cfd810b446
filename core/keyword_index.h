// keyword_index.h — the hash index behind the keyword term tables.
//
// Input: a 64-bit hash of a key and a way to ask "is entry `id` this key?".
// Output: the key's dense id (its index in the caller's own vector), or a new
// one. Keys live with the caller (views into the text, arena ranges, id
// pairs), so a lookup allocates nothing: open addressing with linear probing
// over (hash, id) slots, kept at most half full.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "packed_bytes.h"

namespace sift {

// Hashes mix 8 bytes per step. They never leave a run (unlike token ids,
// which must match across builds), so byte order does not matter.
inline std::uint64_t hash_mix(std::uint64_t h, std::uint64_t value) {
    h = (h ^ value) * 0x9E3779B97F4A7C15ull;
    return h ^ (h >> 32);
}

// Spreads every bit of a key over the low bits the tables index by.
inline std::uint64_t hash_spread(std::uint64_t x) {
    x ^= x >> 32;
    x *= 0xD6E8FEB86659FD93ull;
    x ^= x >> 29;
    x *= 0x9E3779B97F4A7C15ull;
    return x ^ (x >> 32);
}

// 1..8 bytes as one number without reading past them: two overlapping
// 4-byte loads, or the first, middle and last byte. Equal numbers mean equal
// bytes for equal lengths (every byte is covered).
inline std::uint64_t load_short(const char* p, std::size_t n) {
    if (n >= 4) {
        std::uint32_t head, tail;
        std::memcpy(&head, p, 4);
        std::memcpy(&tail, p + n - 4, 4);
        return (static_cast<std::uint64_t>(head) << 32) | tail;
    }
    const auto byte = [p](std::size_t k) { return static_cast<std::uint64_t>(static_cast<unsigned char>(p[k])); };
    return (byte(0) << 16) | (byte(n / 2) << 8) | byte(n - 1);
}

inline std::uint64_t hash_bytes(std::string_view s) {
    std::uint64_t h = 0x243F6A8885A308D3ull ^ s.size();
    std::size_t i = 0;
    for (; i + 8 < s.size(); i += 8) {
        std::uint64_t chunk;
        std::memcpy(&chunk, s.data() + i, 8);
        h = hash_mix(h, chunk);
    }
    if (i < s.size()) h = hash_mix(h, load_short(s.data() + i, s.size() - i));
    return h;
}

// Two ids as one KeyIndex key (a phrase's word pair, a pair of surfaces).
inline std::uint64_t pair_key(int first, int second) {
    return (static_cast<std::uint64_t>(static_cast<std::uint32_t>(first)) << 32) | static_cast<std::uint32_t>(second);
}

// Equality for the short keys of the tables, without a library call.
inline bool same_bytes(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    if (a.size() > 8) return a == b;
    return a.empty() || load_short(a.data(), a.size()) == load_short(b.data(), b.size());
}

// The slot array both indexes below share: linear probing over a power-of-two
// array kept at most half full, doubled (each slot re-placed from its home
// position) when it fills. Slot needs a `stamp` member: a slot is in use when
// its stamp is the array's current one, so emptying the array (once per
// article) only moves to a new stamp instead of clearing every slot.
template <class Slot>
class ProbedSlots {
protected:
    static constexpr std::size_t kInitialSlots = 256;

    // Empties the array, sized for about `expected` keys; storage is reused.
    void reset_slots(std::size_t expected) {
        std::size_t size = kInitialSlots;
        while (size < 2 * expected) size *= 2;
        if (++stamp_ == 0) {  // wrapped: old stamps could come back, so clear them all once
            std::memset(static_cast<void*>(slots_.data()), 0, slots_.size() * sizeof(Slot));
            stamp_ = 1;
        }
        use_slots(size);
        used_ = 0;
    }

    // The first `size` slots; slots past the current storage start with
    // stamp 0, never current. Storage past `size`, kept from a larger page,
    // is not read.
    void use_slots(std::size_t size) {
        static_assert(std::is_trivially_copyable<Slot>::value, "slots are cleared bytewise");
        if (slots_.size() < size) slots_.resize(size);
        size_ = size;
        mask_ = size - 1;
        shift_ = 64;
        for (std::size_t n = size; n > 1; n /= 2) --shift_;
    }

    // A 64-bit key's home slot: the top bits of its product with an odd
    // constant (they depend on every bit of the key), one multiplication.
    std::size_t home_of(std::uint64_t key) const {
        return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ull) >> shift_);
    }

    bool in_use(const Slot& slot) const { return slot.stamp == stamp_; }

    // Before an insertion: whether one more key would fill the array past
    // half, when the caller grows it (out of line: rare, and kept out of the
    // inlined probes).
    bool full() const { return 2 * (used_ + 1) > size_; }

    // Doubles the array; `home(slot)` is where a slot's probe sequence starts
    // (read after the array is resized).
    template <class Home>
    void grow(Home home) {
        std::vector<Slot> old;
        old.swap(slots_);
        const std::size_t old_size = size_;
        const std::uint32_t old_stamp = stamp_;
        stamp_ = 1;  // the fresh storage is all stamp 0
        use_slots(old_size == 0 ? kInitialSlots : old_size * 2);
        for (std::size_t k_old = 0; k_old < old_size; ++k_old) {
            Slot slot = old[k_old];
            if (slot.stamp != old_stamp) continue;
            slot.stamp = stamp_;
            std::size_t k = home(slot);
            while (in_use(slots_[k])) k = (k + 1) & mask_;
            slots_[k] = slot;
        }
    }

    std::vector<Slot> slots_;
    std::size_t size_ = 0;  // slots in use: the first size_ of slots_
    std::size_t mask_ = 0;
    std::size_t used_ = 0;
    unsigned shift_ = 64;  // 64 - log2(size_)
    std::uint32_t stamp_ = 0;  // 0 is never current
};

struct HashedIdSlot {
    std::uint32_t hash;
    std::int32_t id;
    std::uint32_t stamp;
};

// For keys that live with the caller (views into the text, arena ranges): a
// slot keeps a 32-bit hash and the caller's id, and `same(id)` confirms a match.
class IdIndex : private ProbedSlots<HashedIdSlot> {
public:
    // The id for which same(id) holds, or -1.
    template <class Same>
    int find(std::uint64_t hash, Same same) const {
        if (size_ == 0) return -1;
        const std::uint32_t h = fold(hash);
        for (std::size_t k = h & mask_;; k = (k + 1) & mask_) {
            const HashedIdSlot& slot = slots_[k];
            if (!in_use(slot)) return -1;
            if (slot.hash == h && same(slot.id)) return slot.id;
        }
    }

    // {id, false} when found; otherwise records `new_id` and returns {new_id, true}.
    template <class Same>
    std::pair<int, bool> find_or_add(std::uint64_t hash, int new_id, Same same) {
        if (full()) grow_ids();
        const std::uint32_t h = fold(hash);
        for (std::size_t k = h & mask_;; k = (k + 1) & mask_) {
            HashedIdSlot& slot = slots_[k];
            if (!in_use(slot)) {
                slot = HashedIdSlot{h, new_id, stamp_};
                ++used_;
                return {new_id, true};
            }
            if (slot.hash == h && same(slot.id)) return {slot.id, false};
        }
    }

    // Empties the index, sized for about `expected` keys (it still grows past
    // that); the slot storage is reused.
    void reset(std::size_t expected) { reset_slots(expected); }

private:
    static std::uint32_t fold(std::uint64_t hash) { return static_cast<std::uint32_t>(hash_spread(hash)); }
    __attribute__((noinline)) void grow_ids() {
        grow([this](const HashedIdSlot& slot) { return slot.hash & mask_; });
    }
};

struct KeyedIdSlot {
    std::uint64_t key;
    std::int32_t id;
    std::uint32_t stamp;
};

// The same idea for keys that are one 64-bit number (a packed short string,
// a pair of ids): the key sits in the slot, so a lookup touches one slot.
class KeyIndex : private ProbedSlots<KeyedIdSlot> {
public:
    // The id stored for `key`, or -1.
    int find(std::uint64_t key) const {
        if (size_ == 0) return -1;
        for (std::size_t k = home_of(key);; k = (k + 1) & mask_) {
            if (!in_use(slots_[k])) return -1;
            if (slots_[k].key == key) return slots_[k].id;
        }
    }

    // The id slot of `key`, to read or overwrite in place; `added` tells
    // whether the key was new (its slot then holds `new_id`). The reference
    // stays valid until the next insertion.
    std::int32_t& find_or_add_slot(std::uint64_t key, int new_id, bool& added) {
        if (full()) grow_keys();
        for (std::size_t k = home_of(key);; k = (k + 1) & mask_) {
            KeyedIdSlot& slot = slots_[k];
            if (!in_use(slot)) {
                slot = KeyedIdSlot{key, new_id, stamp_};
                ++used_;
                added = true;
                return slot.id;
            }
            if (slot.key == key) {
                added = false;
                return slot.id;
            }
        }
    }

    void reset(std::size_t expected) { reset_slots(expected); }

private:
    __attribute__((noinline)) void grow_keys() {
        grow([this](const KeyedIdSlot& slot) { return home_of(slot.key); });
    }
};

struct WideKeyedIdSlot {
    std::uint64_t low, high;
    std::int32_t id;
    std::uint32_t stamp;
};

// KeyIndex for keys of two 64-bit numbers: words of 9..16 bytes packed whole
// (pack_wide), found with no string hashed or compared.
class WideKeyIndex : private ProbedSlots<WideKeyedIdSlot> {
public:
    // As KeyIndex::find_or_add_slot.
    std::int32_t& find_or_add_slot(std::uint64_t low, std::uint64_t high, int new_id, bool& added) {
        if (full()) grow_keys();
        for (std::size_t k = home_of(low ^ high); ; k = (k + 1) & mask_) {
            WideKeyedIdSlot& slot = slots_[k];
            if (!in_use(slot)) {
                slot = WideKeyedIdSlot{low, high, new_id, stamp_};
                ++used_;
                added = true;
                return slot.id;
            }
            if (slot.low == low && slot.high == high) {
                added = false;
                return slot.id;
            }
        }
    }

    void reset(std::size_t expected) { reset_slots(expected); }

private:
    // low ^ high mixes both halves before home_of's multiplication; the
    // shared-prefix words ("government", "governments") differ in high.
    __attribute__((noinline)) void grow_keys() {
        grow([this](const WideKeyedIdSlot& slot) { return home_of(slot.low ^ slot.high); });
    }
};

// A string of 9..16 bytes, none of them NUL, as two numbers: its first eight
// bytes (as pack_short packs eight) and the rest zero padded. Different
// strings give different pairs.
inline std::pair<std::uint64_t, std::uint64_t> pack_wide(const char* p, std::size_t n) {
    return {pack_short(p, 8), pack_short(p + 8, n - 8)};
}

}  // namespace sift
