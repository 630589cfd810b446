// stopwords.cpp — the stopword tables and the Latin-script language guess
// (the Chinese function characters are in stopwords_cjk.cpp).
//
// Input: lower-cased words. Output: membership and a language code. The
// word lists are written per language as space-separated literals (easy to
// read and extend). At start-up their words fill one perfect hash table
// (stopword_tables.h), which answers every lookup: a word with an
// apostrophe goes in twice, also spelt with the curly one (U+2019, as typeset
// pages print "don’t"), so no lookup needs to rewrite its word first. Words
// shared by several languages ("de", "a", "en") carry several bits.
#include "stopwords.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

namespace sift {

stopword_tables::Table stopword_tables::g_table;  // zero-initialised: every slot empty

namespace {

using namespace stopword_tables;

enum LangBit : std::uint8_t { kEn = 1, kFr = 2, kDe = 4, kEs = 8, kIt = 16, kPt = 32, kNl = 64 };

struct LangList {
    LangBit bit;
    std::string_view code;
    std::string_view words;  // space-separated, lower-case, apostrophe = U+0027
};

// English: the frequent function words plus reporting verbs and fillers
// ("said", "also") that would otherwise crowd news keywords.
constexpr std::string_view kEnglishWords =
    "a about above after again against all almost also although am among an and another any "
    "are aren't around as at be became because been before being below between both but by "
    "can can't cannot could couldn't did didn't do does doesn't doing don't down during each "
    "either else even ever every few for from further get gets got had hadn't has hasn't have "
    "haven't having he he's her here hers herself him himself his how however i i'm i've if in "
    "into is isn't it it's its itself just last least less let like many may me might more most "
    "mr mrs ms much must my myself neither no nor not now of off often on once one only or other "
    "our ours ourselves out over own per perhaps quite rather really said same say says she "
    "should shouldn't since so some such than that that's the their theirs them themselves then "
    "there there's these they they're this those though through thus to too toward towards "
    "under until up upon us very via was wasn't we we're were weren't what what's when where "
    "whether which while who whom whose why will with within without won't would wouldn't yet "
    "you you're your yours yourself";

constexpr std::string_view kFrenchWords =
    "a à ai alors après au aucun aussi autre aux avait avant avec c'est ce cela ces cet cette "
    "comme d'un d'une dans de des donc dont du elle elles en encore entre est et été être fait "
    "il ils j'ai je l'a la le les leur leurs lui mais même ne nous on ont ou où par pas peu plus "
    "pour qu'il que qui sa sans se ses si son sont sous sur tout tous très un une vous y";

constexpr std::string_view kGermanWords =
    "aber als alle am an auch auf aus bei bin bis da damit dann das dass dem den der des die dies "
    "diese dieser doch durch ein eine einem einen einer es für gibt hat haben hatte ich ihr ihre im "
    "in ist jetzt kann kein keine man mit nach nicht noch nur oder schon sehr sein sich sie "
    "sind so über um und uns unter vom von vor war wenn werden wie wieder wir wird wurde zu zum zur";

constexpr std::string_view kSpanishWords =
    "a al algo como con cuando de del donde el ella ellos en entre era es esta este esto estos "
    "está están fue ha han hay la las le les lo los más me mi muy no nos o para pero por porque "
    "que se ser si sin sobre son su sus también todo tiene un una unos uno y ya";

constexpr std::string_view kItalianWords =
    "a ad al alla alle anche come con cui da dal dalla degli dei del della delle di dove e ed "
    "era essere gli ha hanno i il in io la le lo loro ma molto nel nella non o per perché più "
    "quando quella quello questa questo se si sono stato su sua sul sulla suo tra un una uno "
    "è";

constexpr std::string_view kPortugueseWords =
    "a ao aos as até com como da das de dele do dos e ela ele eles em entre era essa esse esta "
    "este está foi já mais mas muito na nas no nos não o os ou para pela pelo por porque que "
    "se sem ser seu seus sua suas são também tem um uma é";

constexpr std::string_view kDutchWords =
    "aan al als bij dan dat de deze die dit door een en er geen had heb hebben heeft het hij "
    "hoe hun ik in is je kan maar me meer met na naar niet nog nu of om onder ook op over te "
    "tot uit van veel voor was wat we werd wij worden wordt ze zich zij zijn zo zoals";

constexpr std::array<LangList, 7> kLists = {{
    {kEn, "en", kEnglishWords},   {kFr, "fr", kFrenchWords},     {kDe, "de", kGermanWords},
    {kEs, "es", kSpanishWords},   {kIt, "it", kItalianWords},    {kPt, "pt", kPortugueseWords},
    {kNl, "nl", kDutchWords},
}};

// The table (stopword_tables.h) is filled by a static initialiser before
// main, not at compile time: as constexpr data it would put its 19 KB into
// the wasm download; filled at start-up it costs ~550 inserts, once.

// A stopword met in the lists: its key, size and languages.
struct ListedWord {
    WordKey key;
    std::size_t size = 0;
    std::uint8_t languages = 0;
};

ListedWord listed_word(std::string_view word, std::uint8_t language) {
    char bytes[kLongestWordBytes] = {};
    std::memcpy(bytes, word.data(), word.size());
    ListedWord w;
    std::memcpy(&w.key.low, bytes, 8);
    std::memcpy(&w.key.high, bytes + 8, 8);
    w.size = word.size();
    w.languages = language;
    return w;
}

// U+2019, which pages print for the apostrophe ("don’t"): read as U+0027.
constexpr std::string_view kCurlyApostrophe = "\xE2\x80\x99";

// The words of one bucket (stopword_tables.h), each once with all its languages.
using Bucket = std::vector<ListedWord>;

void add_to_bucket(std::vector<Bucket>& buckets, const ListedWord& w) {
    Bucket& bucket = buckets[word_hash(w.key.low, w.key.high) >> (64 - kBucketBits)];
    for (ListedWord& there : bucket)
        if (there.key.low == w.key.low && there.key.high == w.key.high) {  // "de", "a", "en": several languages' word
            there.languages = static_cast<std::uint8_t>(there.languages | w.languages);
            return;
        }
    bucket.push_back(w);
}

// Every word of the lists by bucket. A word with an apostrophe (never more
// than one) is listed with the curly one too.
std::vector<Bucket> listed_words() {
    std::vector<Bucket> buckets(std::size_t{1} << kBucketBits);
    for (const LangList& list : kLists) {
        std::string_view rest = list.words;
        while (!rest.empty()) {
            std::size_t space = 0;
            while (space < rest.size() && rest[space] != ' ') ++space;
            const std::string_view word = rest.substr(0, space);
            rest.remove_prefix(space < rest.size() ? space + 1 : space);
            if (word.empty() || word.size() > kLongestWordBytes) continue;
            add_to_bucket(buckets, listed_word(word, list.bit));
            const std::size_t apostrophe = word.find('\'');
            if (apostrophe == std::string_view::npos) continue;
            char curly[kLongestWordBytes];
            const std::size_t size = word.size() - 1 + kCurlyApostrophe.size();
            if (size > sizeof curly) continue;  // no stopword is that long
            std::memcpy(curly, word.data(), apostrophe);
            std::memcpy(curly + apostrophe, kCurlyApostrophe.data(), kCurlyApostrophe.size());
            std::memcpy(curly + apostrophe + kCurlyApostrophe.size(), word.data() + apostrophe + 1, word.size() - apostrophe - 1);
            add_to_bucket(buckets, listed_word(std::string_view(curly, size), list.bit));
        }
    }
    return buckets;
}

// The t-th multiplier a bucket tries: odd (so distinct hashes stay distinct)
// and well mixed (splitmix64's finaliser).
std::uint64_t candidate_multiplier(std::uint64_t t) {
    std::uint64_t z = t * 0x9E3779B97F4A7C15ull + 0x632BE59BD9B4E019ull;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return (z ^ (z >> 31)) | 1;
}

// Tries per bucket before giving up: with the table half full a bucket of
// four finds free slots in a few dozen; a failure means the lists outgrew it.
constexpr std::uint64_t kMaxMultiplierTries = std::uint64_t{1} << 20;

// The perfect hash: buckets with the most words choose first (while the
// table is emptiest), each the first multiplier that sends all its words to
// distinct free slots. Aborts if a bucket finds none (raise kSlotBits):
// every lookup would otherwise be wrong, and every test fails at start-up.
bool fill_word_table() {
    const std::vector<Bucket> buckets = listed_words();
    std::size_t largest = 0;
    for (const Bucket& bucket : buckets) largest = std::max(largest, bucket.size());
    std::vector<bool> taken(g_table.keys.size(), false);
    std::vector<std::size_t> slots;
    for (std::size_t size = largest; size > 0; --size)
        for (std::size_t b = 0; b < buckets.size(); ++b) {
            if (buckets[b].size() != size) continue;
            bool placed = false;
            for (std::uint64_t t = 0; t < kMaxMultiplierTries && !placed; ++t) {
                g_table.multipliers[b] = candidate_multiplier(t);
                slots.clear();
                placed = true;
                for (const ListedWord& w : buckets[b]) {
                    const std::size_t slot = slot_of(word_hash(w.key.low, w.key.high), g_table);
                    if (taken[slot] || std::find(slots.begin(), slots.end(), slot) != slots.end()) {
                        placed = false;
                        break;
                    }
                    slots.push_back(slot);
                }
            }
            if (!placed) std::abort();
            for (std::size_t j = 0; j < slots.size(); ++j) {
                const ListedWord& w = buckets[b][j];
                taken[slots[j]] = true;
                g_table.keys[slots[j]] = w.key;
                g_table.size_and_languages[slots[j]] = static_cast<std::uint16_t>(w.size << 8 | w.languages);
            }
        }
    return true;
}
[[maybe_unused]] const bool g_word_table_filled = fill_word_table();

// Language mask of a word, 0 when it is no stopword.
std::uint8_t lookup(std::string_view lower_word) {
    if (lower_word.empty() || lower_word.size() > kLongestWordBytes) return 0;
    char bytes[kLongestWordBytes] = {};
    std::memcpy(bytes, lower_word.data(), lower_word.size());
    std::uint64_t low, high;
    std::memcpy(&low, bytes, 8);
    std::memcpy(&high, bytes + 8, 8);
    return word_languages(low, high, lower_word.size());
}

constexpr double kMinGuessMargin = static_cast<double>(kMinGuessMarginNumerator) / kMinGuessMarginDenominator;

}  // namespace

bool is_stopword(std::string_view lower_word) { return !lower_word.empty() && lookup(lower_word) != 0; }

StopwordLanguages stopword_languages(std::string_view lower_word) { return lower_word.empty() ? 0 : lookup(lower_word); }

std::string_view guess_latin_language(const std::vector<std::string_view>& lower_words) {
    std::vector<StopwordLanguages> word_languages;
    word_languages.reserve(lower_words.size());
    for (std::string_view w : lower_words) word_languages.push_back(lookup(w));
    return guess_latin_language_from(word_languages);
}

std::string_view guess_latin_language_from(const std::vector<StopwordLanguages>& word_languages) {
    LatinVote vote;
    for (const StopwordLanguages mask : word_languages) vote.add(mask);
    return vote.guess();
}

constexpr bool list_l_is_bit_l() {
    for (std::size_t l = 0; l < kLists.size(); ++l)
        if (kLists[l].bit != 1u << l) return false;
    return true;
}
static_assert(LatinVote::kLanguages == kLists.size() && list_l_is_bit_l(), "LatinVote scores language l for bit l");

std::string_view stopword_language_code(std::size_t language) {
    return language < kLists.size() ? kLists[language].code : std::string_view();
}

std::string_view LatinVote::guess() const {
    std::size_t best = 0;
    for (std::size_t l = 1; l < kLists.size(); ++l)
        if (score_[l] > score_[best]) best = l;  // ties keep the earlier (English first)
    double second = 0;
    for (std::size_t l = 0; l < kLists.size(); ++l)
        if (l != best) second = std::max(second, score_[l]);
    if (score_[best] < kMinGuessHits || score_[best] < kMinGuessMargin * second) return {};
    return kLists[best].code;
}

}  // namespace sift
