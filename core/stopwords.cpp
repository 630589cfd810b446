// stopwords.cpp — the stopword tables and the Latin-script language guess
// (the Chinese function characters are in stopwords_cjk.cpp).
//
// Input: lower-cased words. Output: membership and a language code. The
// word lists are written per language as space-separated literals (easy to
// read and extend). At start-up their words of 1..8 and 9..16 bytes fill
// two packed hash tables, which answer every lookup: a word with an
// apostrophe goes in twice, also spelt with the curly one (U+2019, as typeset
// pages print "don’t"), so no lookup needs to rewrite its word first. Words
// shared by several languages ("de", "a", "en") carry several bits.
#include "stopwords.h"

#include "packed_bytes.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <string>

namespace sift {

stopword_tables::ShortTable stopword_tables::g_short_table;  // zero-initialised: every slot empty
stopword_tables::LongTable stopword_tables::g_long_table;

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

// The tables (stopword_tables.h) are filled by a static initialiser before
// main, not at compile time: as constexpr data the short table put 32 KB
// (about 5 KB gzip) into the wasm download; filled at start-up it costs ~630
// inserts, once.
void add_short_word(ShortTable& t, std::string_view word, std::uint8_t language) {
    const std::uint64_t key = pack_short(word.data(), word.size());
    std::size_t h = short_home(key);
    while (t[h].size != 0 && !(t[h].key == key && t[h].size == word.size())) h = (h + 1) % t.size();
    t[h].key = key;
    t[h].size = static_cast<std::uint8_t>(word.size());
    t[h].mask = static_cast<std::uint8_t>(t[h].mask | language);  // one word, several languages
}

void add_long_word(LongTable& t, std::string_view word, std::uint8_t language) {
    char bytes[kLongWordBytes] = {};
    std::memcpy(bytes, word.data(), word.size());
    std::uint64_t low, high;
    std::memcpy(&low, bytes, 8);
    std::memcpy(&high, bytes + 8, 8);
    std::size_t h = long_home(low, high);
    while (t[h].size != 0 && !(t[h].low == low && t[h].high == high)) h = (h + 1) % t.size();
    t[h].low = low;
    t[h].high = high;
    t[h].size = static_cast<std::uint8_t>(word.size());
    t[h].mask = static_cast<std::uint8_t>(t[h].mask | language);
}

void add_word(std::string_view word, std::uint8_t language) {
    if (word.size() <= kShortWordBytes) add_short_word(g_short_table, word, language);
    else add_long_word(g_long_table, word, language);
}

// U+2019, which pages print for the apostrophe ("don’t"): read as U+0027.
constexpr std::string_view kCurlyApostrophe = "\xE2\x80\x99";

// Both tables from the lists, in one pass over their words. A word with an
// apostrophe (never more than one) is added with the curly one too.
bool fill_word_tables() {
    for (const LangList& list : kLists) {
        std::string_view rest = list.words;
        while (!rest.empty()) {
            std::size_t space = 0;
            while (space < rest.size() && rest[space] != ' ') ++space;
            const std::string_view word = rest.substr(0, space);
            rest.remove_prefix(space < rest.size() ? space + 1 : space);
            if (word.empty() || word.size() > kLongWordBytes) continue;
            add_word(word, list.bit);
            const std::size_t apostrophe = word.find('\'');
            if (apostrophe == std::string_view::npos) continue;
            char curly[kLongWordBytes];
            const std::size_t size = word.size() - 1 + kCurlyApostrophe.size();
            if (size > sizeof curly) continue;  // no stopword is that long
            std::memcpy(curly, word.data(), apostrophe);
            std::memcpy(curly + apostrophe, kCurlyApostrophe.data(), kCurlyApostrophe.size());
            std::memcpy(curly + apostrophe + kCurlyApostrophe.size(), word.data() + apostrophe + 1, word.size() - apostrophe - 1);
            add_word(std::string_view(curly, size), list.bit);
        }
    }
    return true;
}
[[maybe_unused]] const bool g_word_tables_filled = fill_word_tables();

// Language mask of a word, 0 when it is no stopword. A word of more than
// kLongWordBytes is none: the longest stopword, curly apostrophe and all, is shorter.
std::uint8_t lookup(std::string_view lower_word) {
    if (lower_word.size() - 1 < kShortWordBytes) return short_word_mask(pack_short(lower_word.data(), lower_word.size()), lower_word.size());
    if (lower_word.size() > kLongWordBytes || lower_word.empty()) return 0;
    char bytes[kLongWordBytes] = {};
    std::memcpy(bytes, lower_word.data(), lower_word.size());
    std::uint64_t low, high;
    std::memcpy(&low, bytes, 8);
    std::memcpy(&high, bytes + 8, 8);
    return long_word_mask(low, high, lower_word.size());
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
