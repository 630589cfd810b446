// json_writer.h — the compact JSON writer behind article_to_json
// (json_output.cpp): strings escaped as nlohmann's dump(-1, ' ', false,
// replace) escapes them, keys, integers and the separators, written through a
// buffer of its own. Header-only: json_output.cpp is its one user.
#pragma once

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "decimal.h"
#include "feature_bytes.h"
#include "utf8.h"

namespace sift {

// Compact JSON writer producing the same bytes as nlohmann's dump(-1, ' ',
// ensure_ascii = false) for valid UTF-8: '"' and '\\' escaped, \b \f \n \r \t
// by name, other controls below 0x20 as \u00xx (lower-case hex), everything
// else (DEL, '/', non-ASCII) as is.
//
// It writes through a pointer into a buffer of its own, not with
// std::string's += (an out-of-line call per piece), copies each run of bytes
// that need no escape with one memcpy, and appends the buffer to the output
// when it fills: the output is never zero-filled ahead of the writes, as
// writing into a std::string resized in advance would need.
class JsonWriter {
public:
    static constexpr std::size_t kMaxEscapeBytes = 6;  // \u001f is the longest; U+FFFD takes 3

    explicit JsonWriter(std::string& out) : out_(out) {}
    ~JsonWriter() { flush(); }
    JsonWriter(const JsonWriter&) = delete;
    JsonWriter& operator=(const JsonWriter&) = delete;

    // Escapes and checks the UTF-8 in one pass. The stages only hand over
    // valid UTF-8; should a byte that is not slip through, it is written as
    // U+FFFD, as nlohmann's `replace` handler does, so the document stays
    // valid JSON without the library's serialiser in the wasm bundle.
    void string(std::string_view s) {
        if (!s.empty() && s.size() <= kMaxShortCopy) {
            room(s.size() + 2);
            if (copy_short_plain(s)) return;
        }
        escaped_string(s);
    }
    // The rest of string(): long strings, and short ones with a byte to escape.
    // Out of line, so that string() itself is small enough to inline.
    [[gnu::noinline]] void escaped_string(std::string_view s) {
        put('"');
        std::size_t i = next_unusual_byte(s, 0);
        if (i == s.size()) {  // most strings: nothing to escape, one copy
            copy(s);
            put('"');
            return;
        }
        std::size_t run = 0;  // start of the pending unescaped run
        for (; i < s.size(); i = next_unusual_byte(s, i)) {
            if (static_cast<unsigned char>(s[i]) >= 0x80) {
                i = end_of_valid_sequences(s, i);
                if (i == s.size() || static_cast<unsigned char>(s[i]) < 0x80) continue;  // the lane search takes the ASCII after them
            }
            const unsigned char c = static_cast<unsigned char>(s[i]);  // a byte to escape, or one that is not UTF-8
            copy(s.substr(run, i - run));
            room(kMaxEscapeBytes);
            if (c >= 0x80) copy("\xEF\xBF\xBD");
            else put_escape(c);
            run = ++i;
        }
        copy(s.substr(run));
        put('"');
    }
    void string_or_null(const std::string& s) { if (s.empty()) put("null"); else string(s); }
    template <typename Int>
    [[gnu::always_inline]] void integer(Int v) {  // a few call sites, each short: not worth a call
        size_ += write_decimal(room(kMaxDecimalBytes), static_cast<long long>(v));
    }
    void boolean(bool v) { put(v ? std::string_view("true") : std::string_view("false")); }
    // "key": (after a comma unless it opens the object). Keys are ASCII
    // literals, so they need no escaping, and their length is known when
    // this is compiled: the copy is a few moves, not a call.
    template <std::size_t N>
    void key(const char (&k)[N]) {
        constexpr std::size_t kLength = N - 1;  // without the literal's NUL
        char* p = room(kLength + 4);
        if (!first_) *p++ = ',';
        first_ = false;
        *p = '"';
        std::memcpy(p + 1, k, kLength);
        p[kLength + 1] = '"';
        p[kLength + 2] = ':';
        size_ = static_cast<std::size_t>(p + kLength + 3 - buffer_);
    }
    void raw(std::string_view r) { put(r); }
    // A piece of at most eight bytes held in an eight-byte array (its bytes
    // past `size` are not written): one fixed-size copy, no length to measure.
    void short_piece(const char (&bytes)[8], std::size_t size) {
        std::memcpy(room(8), bytes, 8);
        size_ += size;
    }
    // Separators: call before each array element / object key.
    void comma() {
        if (!first_) put(',');
        first_ = false;
    }
    void open(char c) { put(c); first_ = true; }
    void close(char c) { put(c); first_ = false; }
    // "key":[{…},{…}]: one object per item, its fields written by each(item).
    template <std::size_t N, class Items, class Each>
    void object_array(const char (&k)[N], const Items& items, Each each) {
        key(k);
        open('[');
        for (const auto& item : items) {
            comma();
            open('{');
            each(item);
            close('}');
        }
        close(']');
    }
    void string_array(const std::vector<std::string>& items) {
        open('[');
        for (const std::string& x : items) { comma(); string(x); }
        close(']');
    }

private:
    // 0x80 in the first lane (in memory order) of x whose byte a JSON string
    // cannot carry as is -- a control below 0x20, '"', '\\' -- or that starts or
    // continues a multi-byte sequence (0x80 and up, checked separately), and
    // possibly in later lanes too; 0 when there is no such lane. The
    // subtractions borrow only out of a lane that qualifies, so every lane
    // before the first qualifying one reads exactly: cheaper than an exact mask
    // of each kind, and the caller only wants the first.
    static std::uint64_t first_unusual_lane(std::uint64_t x) {
        using bytes::kHigh, bytes::kOnes;
        const std::uint64_t quote = x ^ ('"' * kOnes), backslash = x ^ ('\\' * kOnes);
        // A lane below 0x20 (or equal to the quote or backslash once xored to 0)
        // wraps around and sets its high bit; a lane with its own high bit set is
        // flagged by `| x`, which also stands for the `& ~x` of the usual test.
        return ((x - 0x20 * kOnes) | (quote - kOnes) | (backslash - kOnes) | x) & kHigh;
    }

    // The first byte at or after i that is not plain ASCII needing no escape
    // (a control, '"', '\\' or a non-ASCII byte), or s.size(): eight bytes
    // are tested at a time.
    static std::size_t next_unusual_byte(std::string_view s, std::size_t i) {
#if SIFT_WIDE_LANES
        // Sixteen bytes a compare where SSE2 is there (feature_bytes.h).
        for (; i + wide::kWidth <= s.size(); i += wide::kWidth) {
            const unsigned mask = unusual_mask(unusual_lanes(wide::load16(s, i)));
            if (mask != 0) return i + wide::first_bit(mask);
        }
        if (i < s.size() && s.size() >= wide::kWidth) {
            // The rest from the last sixteen bytes, shifted so that bit 0 is byte i.
            const std::size_t from = s.size() - wide::kWidth;
            const unsigned mask = unusual_mask(unusual_lanes(wide::load16(s, from))) >> (i - from);
            return mask != 0 ? i + wide::first_bit(mask) : s.size();
        }
#endif
#if SIFT_BYTE_LANES
        for (; i + 16 <= s.size(); i += 16) {  // two words a turn: prose runs long between escapes
            const std::uint64_t low = first_unusual_lane(bytes::load8(s, i));
            const std::uint64_t high = first_unusual_lane(bytes::load8(s, i + 8));
            if ((low | high) == 0) continue;
            return low != 0 ? i + bytes::first_lane(low) : i + 8 + bytes::first_lane(high);
        }
        if (i + 8 <= s.size()) {
            const std::uint64_t unusual = first_unusual_lane(bytes::load8(s, i));
            if (unusual != 0) return i + bytes::first_lane(unusual);
            i += 8;
        }
#else
        while (i + 8 <= s.size() && first_unusual_lane(bytes::load8(s, i)) == 0) i += 8;
#endif
#if SIFT_BYTE_LANES
        if (i < s.size() && s.size() >= 8) {
            // The last eight bytes, shifted so that lane 0 is byte i: the lanes
            // shifted in are zero bytes, which count as unusual, but they lie
            // past the end and are cut off by the min.
            const std::size_t rest = s.size() - i;  // 1..7
            const std::uint64_t x = bytes::load8(s, s.size() - 8) >> (8 * (8 - rest));
            return std::min(s.size(), i + bytes::first_lane(first_unusual_lane(x)));
        }
#endif
        for (; i < s.size(); ++i) {
            const unsigned char c = static_cast<unsigned char>(s[i]);
            if (c < 0x20 || c >= 0x80 || c == '"' || c == '\\') return i;
        }
        return i;
    }

#if SIFT_WIDE_LANES
    // 0xFF in the lanes of x that are unusual: read as signed, below 0x20
    // (that takes in 0x80 and up, which are negative), or '"' or '\\'.
    static __m128i unusual_lanes(__m128i x) {
        return _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('"')), _mm_cmpeq_epi8(x, _mm_set1_epi8('\\'))),
                            _mm_cmplt_epi8(x, _mm_set1_epi8(0x20)));
    }
    static unsigned unusual_mask(__m128i lanes) { return static_cast<unsigned>(_mm_movemask_epi8(lanes)); }
#endif

    // Past the valid UTF-8 sequences from i on: to the first ASCII byte, the
    // first byte that starts no valid sequence, or the end. A run of CJK
    // text is read here in one loop rather than a sequence per lane search.
    static std::size_t end_of_valid_sequences(std::string_view s, std::size_t i) {
        while (i < s.size()) {
            const unsigned char b0 = static_cast<unsigned char>(s[i]);
            if (b0 < 0x80) break;
            // Leads E1-EC, EE and EF take any two continuation bytes (no
            // overlong form, no surrogate): every CJK character.
            if (b0 >= 0xE1 && b0 <= 0xEF && b0 != 0xED && i + 2 < s.size() && (static_cast<unsigned char>(s[i + 1]) & 0xC0) == 0x80 &&
                (static_cast<unsigned char>(s[i + 2]) & 0xC0) == 0x80) {
                i += 3;
                continue;
            }
            const std::size_t length = utf8::strict_sequence_length(s, i);
            if (length == 0) break;
            i += length;
        }
        return i;
    }

    // The escape of c (a control, '"' or '\\'); the caller has made room.
    void put_escape(unsigned char c) {
        switch (c) {
            case '"': copy("\\\""); break;
            case '\\': copy("\\\\"); break;
            case 0x08: copy("\\b"); break;
            case 0x0C: copy("\\f"); break;
            case 0x0A: copy("\\n"); break;
            case 0x0D: copy("\\r"); break;
            case 0x09: copy("\\t"); break;
            default: {
                static constexpr char kHex[] = "0123456789abcdef";
                char* p = buffer_ + size_;
                std::memcpy(p, "\\u00", 4);
                p[4] = kHex[c >> 4];
                p[5] = kHex[c & 0xF];
                size_ += 6;
            }
        }
    }

    // Space for n more bytes (n at most kBufferBytes) in the buffer.
    char* room(std::size_t n) {
        if (size_ + n > kBufferBytes) flush();
        return buffer_ + size_;
    }
    [[gnu::noinline]] void flush() {
        out_.append(buffer_, size_);
        size_ = 0;
    }
    void put(char c) { *room(1) = c; ++size_; }
    void put(std::string_view piece) { copy(piece); }
    // Appends a piece of any length: through the buffer while it fits,
    // else straight to the output after what the buffer holds.
    void copy(std::string_view piece) {
        if (piece.size() > kBufferBytes - size_) {
            flush();
            if (piece.size() > kBufferBytes) {
                out_.append(piece.data(), piece.size());
                return;
            }
        }
        if (piece.empty()) return;
        std::memcpy(buffer_ + size_, piece.data(), piece.size());
        size_ += piece.size();
    }

    // A string of 1 to 16 (64 with SSE2) bytes with nothing to escape,
    // quoted, in two overlapping loads and stores a half (or, below four
    // bytes, its first, middle and last byte): block types, labels, rule
    // names and short lines, which a call to memcpy and the lane search would
    // cost more than the bytes. False, and nothing written, when a byte needs
    // a look.
    bool copy_short_plain(std::string_view s) {
        const std::size_t n = s.size();
        char* p = buffer_ + size_;
#if SIFT_WIDE_LANES
        if (n > 32) {  // two overlapping halves of 32 bytes, each two loads
            const __m128i head = wide::load16(s, 0), head2 = wide::load16(s, 16);
            const __m128i tail2 = wide::load16(s, n - 32), tail = wide::load16(s, n - 16);
            const __m128i unusual = _mm_or_si128(_mm_or_si128(unusual_lanes(head), unusual_lanes(head2)),
                                                 _mm_or_si128(unusual_lanes(tail2), unusual_lanes(tail)));
            if (unusual_mask(unusual) != 0) return false;
            _mm_storeu_si128(reinterpret_cast<__m128i*>(p + 1), head);
            _mm_storeu_si128(reinterpret_cast<__m128i*>(p + 17), head2);
            _mm_storeu_si128(reinterpret_cast<__m128i*>(p + 1 + n - 32), tail2);
            _mm_storeu_si128(reinterpret_cast<__m128i*>(p + 1 + n - 16), tail);
        } else if (n > 16) {
            const __m128i head = wide::load16(s, 0), tail = wide::load16(s, n - wide::kWidth);
            if (unusual_mask(_mm_or_si128(unusual_lanes(head), unusual_lanes(tail))) != 0) return false;
            _mm_storeu_si128(reinterpret_cast<__m128i*>(p + 1), head);
            _mm_storeu_si128(reinterpret_cast<__m128i*>(p + 1 + n - wide::kWidth), tail);
        } else
#endif
        if (n >= 8) {
            const std::uint64_t head = bytes::load8(s, 0), tail = bytes::load8(s, n - 8);
            if ((first_unusual_lane(head) | first_unusual_lane(tail)) != 0) return false;
            std::memcpy(p + 1, &head, 8);
            std::memcpy(p + 1 + n - 8, &tail, 8);
        } else if (n < 4) {
            const auto first = static_cast<unsigned char>(s[0]), middle = static_cast<unsigned char>(s[n / 2]),
                       last = static_cast<unsigned char>(s[n - 1]);
            const std::uint64_t lanes = first | std::uint64_t{middle} << 8 | std::uint64_t{last} << 16;
            if (first_unusual_lane(lanes | (first * (bytes::kOnes << 24))) != 0) return false;  // lanes 3-7: the first byte again
            p[1] = static_cast<char>(first);
            p[1 + n / 2] = static_cast<char>(middle);
            p[n] = static_cast<char>(last);
        } else {
            std::uint32_t head, tail;
            std::memcpy(&head, s.data(), 4);
            std::memcpy(&tail, s.data() + n - 4, 4);
            if (first_unusual_lane(head | std::uint64_t{tail} << 32) != 0) return false;
            std::memcpy(p + 1, &head, 4);
            std::memcpy(p + 1 + n - 4, &tail, 4);
        }
        p[0] = '"';
        p[n + 1] = '"';
        size_ += n + 2;
        return true;
    }
#if SIFT_WIDE_LANES
    static constexpr std::size_t kMaxShortCopy = 64;  // two overlapping halves of two 16-byte loads
#else
    static constexpr std::size_t kMaxShortCopy = 16;  // two overlapping 8-byte halves
#endif

    // Small enough that appending a full buffer is a plain vector copy (the
    // C library turns to string instructions above some 4 KB), large enough
    // that appends are few.
    static constexpr std::size_t kBufferBytes = 2048;

    std::string& out_;
    char buffer_[kBufferBytes];  // written, not yet appended to out_
    std::size_t size_ = 0;       // bytes of buffer_ in use
    bool first_ = true;
};


}  // namespace sift
