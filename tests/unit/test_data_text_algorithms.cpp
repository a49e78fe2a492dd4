// The algorithms str and bytes share (data/text_algorithms.h), run over both
// unit policies: the same buffer splits differently when its characters are
// UTF-8 code points than when they are bytes. Expected values from python3.
#include <gtest/gtest.h>

#include "data/str_impl.h"
#include "data/text_algorithms.h"

using namespace py;
using namespace py::text;

namespace {

std::vector<std::string> texts(std::string_view s, const std::vector<Piece>& parts) {
  std::vector<std::string> out;
  for (const Piece& p : parts) out.emplace_back(s.substr(p.a, p.b - p.a));
  return out;
}

using Strings = std::vector<std::string>;

// U+3000 IDEOGRAPHIC SPACE is whitespace to str, three non-space bytes to bytes.
const std::string kWide = "a\xe3\x80\x80" "b c";

TEST(TextAlgorithms, SplitWhitespaceByUnit) {
  std::vector<Piece> parts;
  split_whitespace<Utf8Units>(kWide, INT64_MAX, uni_isspace, parts);
  EXPECT_EQ(texts(kWide, parts), (Strings{"a", "b", "c"}));  // "a\u3000b c".split()
  parts.clear();
  split_whitespace<ByteUnits>(kWide, INT64_MAX, ascii_space, parts);
  EXPECT_EQ(texts(kWide, parts), (Strings{"a\xe3\x80\x80" "b", "c"}));  // b"a\xe3\x80\x80b c".split()
}

TEST(TextAlgorithms, RsplitWhitespaceKeepsTheRestsLeadingSpace) {
  std::string s = "  one two  three ";
  std::vector<Piece> parts;
  rsplit_whitespace<ByteUnits>(s, 1, ascii_space, parts);
  EXPECT_EQ(texts(s, parts), (Strings{"  one two", "three"}));  // b"  one two  three ".rsplit(None, 1)
  parts.clear();
  split_whitespace<ByteUnits>(s, 1, ascii_space, parts);
  EXPECT_EQ(texts(s, parts), (Strings{"one", "two  three "}));  // .split(None, 1)
}

TEST(TextAlgorithms, SplitOnSeparator) {
  std::string s = "a--b--c";
  std::vector<Piece> parts;
  split_on(s, "--", 1, parts);
  EXPECT_EQ(texts(s, parts), (Strings{"a", "b--c"}));
  parts.clear();
  rsplit_on(s, "--", 1, parts);
  EXPECT_EQ(texts(s, parts), (Strings{"a--b", "c"}));
  parts.clear();
  rsplit_on("---", "--", INT64_MAX, parts);
  EXPECT_EQ(texts("---", parts), (Strings{"-", ""}));  // "---".rsplit("--")
}

TEST(TextAlgorithms, ReplaceEmptyMatchesPerUnit) {
  int64_t done;
  std::string e_acute = "\xc3\xa9";
  EXPECT_EQ(replace_text<Utf8Units>(e_acute, "", "-", INT64_MAX, done), "-\xc3\xa9-");  // "é".replace("", "-")
  EXPECT_EQ(done, 2);
  EXPECT_EQ(replace_text<ByteUnits>(e_acute, "", "-", INT64_MAX, done), "-\xc3-\xa9-");  // b"\xc3\xa9".replace(b"", b"-")
  EXPECT_EQ(done, 3);
  EXPECT_EQ(replace_text<ByteUnits>("aaaa", "aa", "b", 1, done), "baa");
}

TEST(TextAlgorithms, ExpandTabsCountsUnits) {
  std::string s = "\xc3\xa9\tx";
  EXPECT_EQ(expand_tabs<Utf8Units>(s, 4), "\xc3\xa9   x");  // "é\tx".expandtabs(4)
  EXPECT_EQ(expand_tabs<ByteUnits>(s, 4), "\xc3\xa9  x");   // b"\xc3\xa9\tx".expandtabs(4)
}

TEST(TextAlgorithms, StripLinesAndPadding) {
  std::string s = " \xc2\xa0x\xc2\xa0 ";
  Piece kept = strip_span<Utf8Units>(s, true, true, uni_isspace);  // U+00A0 is whitespace to str
  EXPECT_EQ(s.substr(kept.a, kept.b - kept.a), "x");
  kept = strip_span<ByteUnits>(s, true, true, ascii_space);
  EXPECT_EQ(s.substr(kept.a, kept.b - kept.a), "\xc2\xa0x\xc2\xa0");
  std::vector<Piece> parts;
  split_lines<ByteUnits>("a\r\nb\rc\n", true, [](uint32_t c) { return c == '\n' || c == '\r'; }, parts);
  EXPECT_EQ(texts("a\r\nb\rc\n", parts), (Strings{"a\r\n", "b\r", "c\n"}));
  EXPECT_EQ(centre_left_margin(3, 5), 2);  // "ab".center(5) == "  ab "
  EXPECT_EQ(centre_left_margin(3, 6), 1);  // "abc".center(6) == " abc  "
  EXPECT_EQ(zero_fill("-42", 3), "-00042");
}

}  // namespace
