// unicode/: the identifier tables and NFKC that the lexer and str share.
// Expected values are CPython 3.11's (unicodedata.normalize('NFKC', s),
// str.isidentifier, str.isprintable); tests/lex/identifier_nfkc_all.py checks
// NFKC on every identifier character against python3 itself.
#include <gtest/gtest.h>

#include "pyunicode/unicode.h"

namespace {

TEST(Unicode, NfkcMatchesCPython) {
  struct Case {
    const char* text;
    const char* nfkc;
  };
  const Case cases[] = {
      {"\uFB03", "ffi"},                                             // compatibility ligature
      {"\u01C5", "D\u017E"},                                         // titlecase digraph
      {"\u212B", "\u00C5"},                                          // canonical singleton
      {"A\u030A", "\u00C5"},                                         // composition
      {"e\u0301\u0327", "\u0229\u0301"},                             // reordered marks, then composition
      {"s\u0307\u0323", "\u1E69"},                                   // reordered, two compositions
      {"a\u0323\u0302\u0301", "\u1EAD\u0301"},                       // compositions in turn
      {"\u1100\u1161\u11A8", "\uAC01"},                              // Hangul L V T
      {"\uAC00\u11A8", "\uAC01"},                                    // Hangul LV + T
      {"\uAC01\u11A8", "\uAC01\u11A8"},                              // Hangul LVT + T stays apart
      {"\u3131\u314F\u3131", "\uAC00\u1100"},                        // compatibility jamo
      {"\uFF76\uFF9E", "\u30AC"},                                    // halfwidth voiced mark
      {"a\u0344", "\u00E4\u0301"},                                   // decomposition of an excluded composite
      {"\u0915\u093C", "\u0915\u093C"},                              // composition exclusion
      {"\u2160\u2167", "IVIII"},                                     // Roman numerals
      {"\U0001D400\U0001D7CE", "A0"},                                // mathematical alphanumerics
      {"\uFDFA", "\u0635\u0644\u0649 \u0627\u0644\u0644\u0647 \u0639\u0644\u064A\u0647 \u0648\u0633\u0644\u0645"},
      {"\u1E9B\u0323", "\u1E69"},                                    // long s: compatibility inside canonical
      {"a\u0F73\u0F75\u0F81", "a\u0F71\u0F71\u0F71\u0F72\u0F80\u0F74"},  // Tibetan vowel signs
      {"\u00BD x\u00B2", "1\u20442 x2"},                             // fractions, superscripts
      {"plain ascii", "plain ascii"},                                // ASCII is its own form
  };
  for (const Case& c : cases) EXPECT_EQ(pyunicode::nfkc(c.text), c.nfkc) << c.text;
}

TEST(Unicode, IdentifierCharacters) {
  // '·' and combining marks and digits may continue a name, not start it;
  // '℘' and 'Ⅰ' may do both; '゛', '²' and '€' neither.
  EXPECT_TRUE(pyunicode::is_identifier_start(U'_'));
  EXPECT_TRUE(pyunicode::is_identifier_start(U'\u2118'));
  EXPECT_TRUE(pyunicode::is_identifier_start(U'\u2160'));
  for (char32_t c : {U'\u00B7', U'\u0300', U'\u0660', U'7'}) {
    EXPECT_FALSE(pyunicode::is_identifier_start(c)) << uint32_t(c);
    EXPECT_TRUE(pyunicode::is_identifier_continue(c)) << uint32_t(c);
  }
  for (char32_t c : {U'\u309B', U'\u00B2', U'\u20AC', U'$'}) {
    EXPECT_FALSE(pyunicode::is_identifier_start(c)) << uint32_t(c);
    EXPECT_FALSE(pyunicode::is_identifier_continue(c)) << uint32_t(c);
  }
  auto misplaced = pyunicode::find_non_identifier_character("ab\u20ACc");
  ASSERT_TRUE(misplaced.has_value());
  EXPECT_EQ(misplaced->index, 2u);
  EXPECT_EQ(misplaced->code_point, U'\u20AC');
  EXPECT_FALSE(pyunicode::find_non_identifier_character("\u2118\u00B7\u0660"));
  EXPECT_EQ(pyunicode::find_non_identifier_character("1a")->index, 0u);
}

TEST(Unicode, Printable) {
  EXPECT_TRUE(pyunicode::is_printable(U'\u20AC'));
  EXPECT_TRUE(pyunicode::is_printable(U' '));
  EXPECT_FALSE(pyunicode::is_printable(U'\u00A0'));
  EXPECT_FALSE(pyunicode::is_printable(U'\u200B'));
  EXPECT_FALSE(pyunicode::is_printable(U'\x01'));
  EXPECT_EQ(pyunicode::encode_utf8(U'\u20AC'), "\u20AC");
  EXPECT_EQ(pyunicode::encode_utf8(U'\U0001D400'), "\U0001D400");
}

}  // namespace
