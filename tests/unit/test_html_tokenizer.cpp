// Unit tests for html_tokenizer: each case is input HTML and the token
// stream written compactly — <tag a="v"> </tag> "text" {comment} !doctype
// [cdata] — so the nasty cases read as a table.
#include <catch2/catch.hpp>

#include <string>

#include "html_tokenizer.h"

namespace {

std::string tokens_of(std::string_view html) {
    sift::html::Tokenizer tok(html);
    sift::html::Token t;
    std::string out;
    while (tok.next(t)) {
        if (!out.empty()) out += ' ';
        switch (t.type) {
            case sift::html::TokenType::StartTag:
                out += '<';
                out += t.name;
                for (std::size_t k = 0; k < t.attr_count; ++k) {
                    out += ' ';
                    out += t.attrs[k].name;
                    out += "=\"";
                    out += t.attrs[k].value;
                    out += '"';
                }
                out += t.self_closing ? "/>" : ">";
                break;
            case sift::html::TokenType::EndTag: out += "</"; out += t.name; out += '>'; break;
            case sift::html::TokenType::Text: out += '"'; out += t.text; out += '"'; break;
            case sift::html::TokenType::Comment: out += '{'; out += t.text; out += '}'; break;
            case sift::html::TokenType::Doctype: out += '!'; out += t.text; break;
            case sift::html::TokenType::Cdata: out += '['; out += t.text; out += ']'; break;
        }
    }
    return out;
}

}  // namespace

TEST_CASE("tokenizer handles well-formed and broken markup", "[html_tokenizer]") {
    struct Case { const char* in; const char* out; };
    const Case cases[] = {
        {"<p>Hi</p>", "<p> \"Hi\" </p>"},
        {"<DIV Class=X>a</DIV>", "<div class=\"X\"> \"a\" </div>"},
        {"<a href='x>y' title=\"q'\">", "<a href=\"x>y\" title=\"q'\">"},     // '>' inside quotes
        {"<input disabled value=a&amp;b>", "<input disabled=\"\" value=\"a&b\">"},
        {"<p id=1 id=2 ID=3>", "<p id=\"1\">"},                               // first wins
        {"<br/><img src=x />", "<br/> <img src=\"x\"/>"},
        {"<div/>", "<div/>"},
        {"<a href=x/>", "<a href=\"x/\">"},                                   // unquoted value eats '/'
        {"<p =a>", "<p =a=\"\">"},
        {"a < b and c > d", "\"a < b and c > d\""},
        {"x<y", "\"x\""},                                                     // "<y" at EOF: unfinished tag dropped
        {"1 <3 you", "\"1 <3 you\""},
        {"<!-- c -->x", "{ c } \"x\""},
        {"<!-->x", "{} \"x\""},
        {"<!--->x", "{} \"x\""},
        {"<!-- a --!>x", "{ a } \"x\""},
        {"<!-- a -- b --->x", "{ a -- b -} \"x\""},
        {"<!-- never ends", "{ never ends}"},
        {"<!DOCTYPE html><p>", "! html <p>"},
        {"<![CDATA[x<y]]>z", "[x<y] \"z\""},
        {"<?xml version=1?>a", "{?xml version=1?} \"a\""},
        {"<!bogus>a", "{bogus} \"a\""},
        {"</>a", "\"a\""},
        {"</3>a", "{3} \"a\""},
        {"a</", "\"a\" \"</\""},
        {"<p class=\"unterminated", ""},                                      // EOF in attribute value
        {"text<p", "\"text\""},                                               // EOF in tag name
        {"<script>if (a<b) document.write('</div>')</script><p>",
         "<script> \"if (a<b) document.write('</div>')\" </script> <p>"},
        {"<SCRIPT>x</Script >y", "<script> \"x\" </script> \"y\""},
        {"<script>a</scripty></script>", "<script> \"a</scripty>\" </script>"},
        {"<style>p{}</style", "<style> \"p{}</style\""},                     // unterminated end: text to EOF
        {"<script>never closed <p>", "<script> \"never closed <p>\""},
        {"<title>a &amp; b</title>", "<title> \"a & b\" </title>"},           // RCDATA decodes
        {"<script>a &amp; b</script>", "<script> \"a &amp; b\" </script>"},   // raw text does not
        {"<textarea><p>x</p></textarea>", "<textarea> \"<p>x</p>\" </textarea>"},
        {"<noscript><img src=x></noscript>", "<noscript> \"<img src=x>\" </noscript>"},
        {"<plaintext></plaintext><p>", "<plaintext> \"</plaintext><p>\""},
        {"&amp;lt; &copy &#x41;", "\"&lt; \xC2\xA9 A\""},
        {"<p\nclass\n=\n'a'\n>", "<p class=\"a\">"},
        {"</p foo=\"a>b\">x", "</p> \"x\""},
    };
    for (const Case& c : cases) {
        INFO("input: " << c.in);
        CHECK(tokens_of(c.in) == c.out);
    }
}

TEST_CASE("tokenizer survives arbitrary bytes and stays linear", "[html_tokenizer]") {
    // Every prefix of a nasty document: no crash, no hang (ASan/UBSan builds catch the rest).
    const std::string nasty =
        "<a href='\x01\xff'><!--<![CDATA[</script><script>\xC3</scr<p x=\"&#x110000;&#0\" "
        "y='&amp'>&notin;&\xF0\x9F<!doctype\0><?pi?></";
    for (std::size_t n = 0; n <= nasty.size(); ++n) tokens_of(std::string_view(nasty).substr(0, n));

    // Pathological repetition: many '<', many attributes, many '--'.
    std::string big(200000, '<');
    tokens_of(big);
    std::string attrs = "<p";
    for (int i = 0; i < 50000; ++i) attrs += " a" + std::to_string(i % 100) + "=1";
    attrs += ">";
    sift::html::Tokenizer tok(attrs);
    sift::html::Token t;
    REQUIRE(tok.next(t));
    CHECK(t.attr_count == 64);  // kMaxAttributes: first ones kept, dups dropped
    std::string dashes = "<!--" + std::string(200000, '-');
    CHECK(tokens_of(dashes).size() == 200002);
}

TEST_CASE("token attribute lookup", "[html_tokenizer]") {
    sift::html::Tokenizer tok("<div hidden class=\"a b\">");
    sift::html::Token t;
    REQUIRE(tok.next(t));
    bool found = false;
    CHECK(t.attr("class") == "a b");
    CHECK(t.attr("hidden", &found).empty());
    CHECK(found);
    CHECK(t.has_attr("hidden"));
    CHECK_FALSE(t.has_attr("id"));
}
