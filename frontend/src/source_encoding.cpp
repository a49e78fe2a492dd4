// The load step's decoding, as CPython's tokenizer reads a file run as a
// program (`python3 file.py`; Parser/tokenizer.c): a UTF-8 BOM, then a
// coding declaration on line 1 or on line 2 after a comment or blank line 1,
// decide the encoding; without either the file must be UTF-8, line by line.
//
// Two ways through, as in CPython: UTF-8 (by default, by the BOM, or declared
// under a name that normalises to "utf-8") is read raw, so bytes that are no
// UTF-8 are harmless in comments and an error where a string or a name
// decodes them; any other declared name goes through its codec, where every
// byte must decode and a failure is "encoding problem: NAME".
#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <fmt/format.h>

#include "pyco2cpp/source.h"

namespace pyco2cpp {

namespace {

enum class Codec { Utf8, Latin1, Ascii, Cp1252, Other };

struct CodecName {
  std::string_view name;
  Codec codec;
};

// Every text encoding name CPython 3.11 knows (encodings.aliases and the
// modules of the encodings package, as codecs.lookup() takes them once
// normalised), sorted. "Other" ones are CPython's but not decoded here: a
// program declaring one gets a located "unsupported" error, while a name
// outside the list is CPython's "encoding problem".
constexpr CodecName kCodecNames[] = {
    {"037", Codec::Other}, {"1026", Codec::Other}, {"1125", Codec::Other}, {"1140", Codec::Other},
    {"1250", Codec::Other}, {"1251", Codec::Other}, {"1252", Codec::Cp1252}, {"1253", Codec::Other},
    {"1254", Codec::Other}, {"1255", Codec::Other}, {"1256", Codec::Other}, {"1257", Codec::Other},
    {"1258", Codec::Other}, {"273", Codec::Other}, {"424", Codec::Other}, {"437", Codec::Other},
    {"500", Codec::Other}, {"646", Codec::Ascii}, {"775", Codec::Other}, {"850", Codec::Other},
    {"852", Codec::Other}, {"855", Codec::Other}, {"857", Codec::Other}, {"858", Codec::Other},
    {"860", Codec::Other}, {"861", Codec::Other}, {"862", Codec::Other}, {"863", Codec::Other},
    {"864", Codec::Other}, {"865", Codec::Other}, {"866", Codec::Other}, {"869", Codec::Other},
    {"8859", Codec::Latin1}, {"932", Codec::Other}, {"936", Codec::Other}, {"949", Codec::Other},
    {"950", Codec::Other}, {"ansi_x3.4_1968", Codec::Ascii}, {"ansi_x3.4_1986", Codec::Ascii},
    {"ansi_x3_4_1968", Codec::Ascii}, {"arabic", Codec::Other}, {"ascii", Codec::Ascii},
    {"asmo_708", Codec::Other}, {"big5", Codec::Other}, {"big5_hkscs", Codec::Other}, {"big5_tw", Codec::Other},
    {"big5hkscs", Codec::Other}, {"charmap", Codec::Other}, {"chinese", Codec::Other}, {"cp037", Codec::Other},
    {"cp1006", Codec::Other}, {"cp1026", Codec::Other}, {"cp1051", Codec::Other}, {"cp1125", Codec::Other},
    {"cp1140", Codec::Other}, {"cp1250", Codec::Other}, {"cp1251", Codec::Other}, {"cp1252", Codec::Cp1252},
    {"cp1253", Codec::Other}, {"cp1254", Codec::Other}, {"cp1255", Codec::Other}, {"cp1256", Codec::Other},
    {"cp1257", Codec::Other}, {"cp1258", Codec::Other}, {"cp1361", Codec::Other}, {"cp154", Codec::Other},
    {"cp273", Codec::Other}, {"cp367", Codec::Ascii}, {"cp424", Codec::Other}, {"cp437", Codec::Other},
    {"cp500", Codec::Other}, {"cp65001", Codec::Utf8}, {"cp720", Codec::Other}, {"cp737", Codec::Other},
    {"cp775", Codec::Other}, {"cp819", Codec::Latin1}, {"cp850", Codec::Other}, {"cp852", Codec::Other},
    {"cp855", Codec::Other}, {"cp856", Codec::Other}, {"cp857", Codec::Other}, {"cp858", Codec::Other},
    {"cp860", Codec::Other}, {"cp861", Codec::Other}, {"cp862", Codec::Other}, {"cp863", Codec::Other},
    {"cp864", Codec::Other}, {"cp865", Codec::Other}, {"cp866", Codec::Other}, {"cp866u", Codec::Other},
    {"cp869", Codec::Other}, {"cp874", Codec::Other}, {"cp875", Codec::Other}, {"cp932", Codec::Other},
    {"cp936", Codec::Other}, {"cp949", Codec::Other}, {"cp950", Codec::Other}, {"cp_gr", Codec::Other},
    {"cp_is", Codec::Other}, {"csascii", Codec::Ascii}, {"csbig5", Codec::Other}, {"csibm037", Codec::Other},
    {"csibm1026", Codec::Other}, {"csibm273", Codec::Other}, {"csibm424", Codec::Other},
    {"csibm500", Codec::Other}, {"csibm855", Codec::Other}, {"csibm857", Codec::Other},
    {"csibm858", Codec::Other}, {"csibm860", Codec::Other}, {"csibm861", Codec::Other},
    {"csibm863", Codec::Other}, {"csibm864", Codec::Other}, {"csibm865", Codec::Other},
    {"csibm866", Codec::Other}, {"csibm869", Codec::Other}, {"csiso2022jp", Codec::Other},
    {"csiso2022kr", Codec::Other}, {"csiso58gb231280", Codec::Other}, {"csisolatin1", Codec::Latin1},
    {"csisolatin2", Codec::Other}, {"csisolatin3", Codec::Other}, {"csisolatin4", Codec::Other},
    {"csisolatin5", Codec::Other}, {"csisolatin6", Codec::Other}, {"csisolatinarabic", Codec::Other},
    {"csisolatincyrillic", Codec::Other}, {"csisolatingreek", Codec::Other}, {"csisolatinhebrew", Codec::Other},
    {"cskoi8r", Codec::Other}, {"cspc775baltic", Codec::Other}, {"cspc850multilingual", Codec::Other},
    {"cspc862latinhebrew", Codec::Other}, {"cspc8codepage437", Codec::Other}, {"cspcp852", Codec::Other},
    {"csptcp154", Codec::Other}, {"csshiftjis", Codec::Other}, {"cyrillic", Codec::Other},
    {"cyrillic_asian", Codec::Other}, {"ebcdic_cp_be", Codec::Other}, {"ebcdic_cp_ca", Codec::Other},
    {"ebcdic_cp_ch", Codec::Other}, {"ebcdic_cp_he", Codec::Other}, {"ebcdic_cp_nl", Codec::Other},
    {"ebcdic_cp_us", Codec::Other}, {"ebcdic_cp_wt", Codec::Other}, {"ecma_114", Codec::Other},
    {"ecma_118", Codec::Other}, {"elot_928", Codec::Other}, {"euc_cn", Codec::Other},
    {"euc_jis2004", Codec::Other}, {"euc_jis_2004", Codec::Other}, {"euc_jisx0213", Codec::Other},
    {"euc_jp", Codec::Other}, {"euc_kr", Codec::Other}, {"euccn", Codec::Other}, {"eucgb2312_cn", Codec::Other},
    {"eucjis2004", Codec::Other}, {"eucjisx0213", Codec::Other}, {"eucjp", Codec::Other}, {"euckr", Codec::Other},
    {"gb18030", Codec::Other}, {"gb18030_2000", Codec::Other}, {"gb2312", Codec::Other},
    {"gb2312_1980", Codec::Other}, {"gb2312_80", Codec::Other}, {"gbk", Codec::Other}, {"greek", Codec::Other},
    {"greek8", Codec::Other}, {"hebrew", Codec::Other}, {"hkscs", Codec::Other}, {"hp_roman8", Codec::Other},
    {"hz", Codec::Other}, {"hz_gb", Codec::Other}, {"hz_gb_2312", Codec::Other}, {"hzgb", Codec::Other},
    {"ibm037", Codec::Other}, {"ibm039", Codec::Other}, {"ibm1026", Codec::Other}, {"ibm1051", Codec::Other},
    {"ibm1125", Codec::Other}, {"ibm1140", Codec::Other}, {"ibm273", Codec::Other}, {"ibm367", Codec::Ascii},
    {"ibm424", Codec::Other}, {"ibm437", Codec::Other}, {"ibm500", Codec::Other}, {"ibm775", Codec::Other},
    {"ibm819", Codec::Latin1}, {"ibm850", Codec::Other}, {"ibm852", Codec::Other}, {"ibm855", Codec::Other},
    {"ibm857", Codec::Other}, {"ibm858", Codec::Other}, {"ibm860", Codec::Other}, {"ibm861", Codec::Other},
    {"ibm862", Codec::Other}, {"ibm863", Codec::Other}, {"ibm864", Codec::Other}, {"ibm865", Codec::Other},
    {"ibm866", Codec::Other}, {"ibm869", Codec::Other}, {"idna", Codec::Other}, {"iso2022_jp", Codec::Other},
    {"iso2022_jp_1", Codec::Other}, {"iso2022_jp_2", Codec::Other}, {"iso2022_jp_2004", Codec::Other},
    {"iso2022_jp_3", Codec::Other}, {"iso2022_jp_ext", Codec::Other}, {"iso2022_kr", Codec::Other},
    {"iso2022jp", Codec::Other}, {"iso2022jp_1", Codec::Other}, {"iso2022jp_2", Codec::Other},
    {"iso2022jp_2004", Codec::Other}, {"iso2022jp_3", Codec::Other}, {"iso2022jp_ext", Codec::Other},
    {"iso2022kr", Codec::Other}, {"iso646_us", Codec::Ascii}, {"iso8859", Codec::Latin1},
    {"iso8859_1", Codec::Latin1}, {"iso8859_10", Codec::Other}, {"iso8859_11", Codec::Other},
    {"iso8859_13", Codec::Other}, {"iso8859_14", Codec::Other}, {"iso8859_15", Codec::Other},
    {"iso8859_16", Codec::Other}, {"iso8859_2", Codec::Other}, {"iso8859_3", Codec::Other},
    {"iso8859_4", Codec::Other}, {"iso8859_5", Codec::Other}, {"iso8859_6", Codec::Other},
    {"iso8859_7", Codec::Other}, {"iso8859_8", Codec::Other}, {"iso8859_9", Codec::Other},
    {"iso_2022_jp", Codec::Other}, {"iso_2022_jp_1", Codec::Other}, {"iso_2022_jp_2", Codec::Other},
    {"iso_2022_jp_2004", Codec::Other}, {"iso_2022_jp_3", Codec::Other}, {"iso_2022_jp_ext", Codec::Other},
    {"iso_2022_kr", Codec::Other}, {"iso_646.irv_1991", Codec::Ascii}, {"iso_8859_1", Codec::Latin1},
    {"iso_8859_10", Codec::Other}, {"iso_8859_10_1992", Codec::Other}, {"iso_8859_11", Codec::Other},
    {"iso_8859_11_2001", Codec::Other}, {"iso_8859_13", Codec::Other}, {"iso_8859_14", Codec::Other},
    {"iso_8859_14_1998", Codec::Other}, {"iso_8859_15", Codec::Other}, {"iso_8859_16", Codec::Other},
    {"iso_8859_16_2001", Codec::Other}, {"iso_8859_1_1987", Codec::Latin1}, {"iso_8859_2", Codec::Other},
    {"iso_8859_2_1987", Codec::Other}, {"iso_8859_3", Codec::Other}, {"iso_8859_3_1988", Codec::Other},
    {"iso_8859_4", Codec::Other}, {"iso_8859_4_1988", Codec::Other}, {"iso_8859_5", Codec::Other},
    {"iso_8859_5_1988", Codec::Other}, {"iso_8859_6", Codec::Other}, {"iso_8859_6_1987", Codec::Other},
    {"iso_8859_7", Codec::Other}, {"iso_8859_7_1987", Codec::Other}, {"iso_8859_8", Codec::Other},
    {"iso_8859_8_1988", Codec::Other}, {"iso_8859_9", Codec::Other}, {"iso_8859_9_1989", Codec::Other},
    {"iso_celtic", Codec::Other}, {"iso_ir_100", Codec::Latin1}, {"iso_ir_101", Codec::Other},
    {"iso_ir_109", Codec::Other}, {"iso_ir_110", Codec::Other}, {"iso_ir_126", Codec::Other},
    {"iso_ir_127", Codec::Other}, {"iso_ir_138", Codec::Other}, {"iso_ir_144", Codec::Other},
    {"iso_ir_148", Codec::Other}, {"iso_ir_157", Codec::Other}, {"iso_ir_166", Codec::Other},
    {"iso_ir_199", Codec::Other}, {"iso_ir_226", Codec::Other}, {"iso_ir_58", Codec::Other},
    {"iso_ir_6", Codec::Ascii}, {"jisx0213", Codec::Other}, {"johab", Codec::Other}, {"koi8_r", Codec::Other},
    {"koi8_t", Codec::Other}, {"koi8_u", Codec::Other}, {"korean", Codec::Other}, {"ks_c_5601", Codec::Other},
    {"ks_c_5601_1987", Codec::Other}, {"ks_x_1001", Codec::Other}, {"ksc5601", Codec::Other},
    {"ksx1001", Codec::Other}, {"kz1048", Codec::Other}, {"kz_1048", Codec::Other}, {"l1", Codec::Latin1},
    {"l10", Codec::Other}, {"l2", Codec::Other}, {"l3", Codec::Other}, {"l4", Codec::Other}, {"l5", Codec::Other},
    {"l6", Codec::Other}, {"l7", Codec::Other}, {"l8", Codec::Other}, {"l9", Codec::Other},
    {"latin", Codec::Latin1}, {"latin1", Codec::Latin1}, {"latin10", Codec::Other}, {"latin2", Codec::Other},
    {"latin3", Codec::Other}, {"latin4", Codec::Other}, {"latin5", Codec::Other}, {"latin6", Codec::Other},
    {"latin7", Codec::Other}, {"latin8", Codec::Other}, {"latin9", Codec::Other}, {"latin_1", Codec::Latin1},
    {"mac_arabic", Codec::Other}, {"mac_centeuro", Codec::Other}, {"mac_croatian", Codec::Other},
    {"mac_cyrillic", Codec::Other}, {"mac_farsi", Codec::Other}, {"mac_greek", Codec::Other},
    {"mac_iceland", Codec::Other}, {"mac_latin2", Codec::Other}, {"mac_roman", Codec::Other},
    {"mac_romanian", Codec::Other}, {"mac_turkish", Codec::Other}, {"maccentraleurope", Codec::Other},
    {"maccyrillic", Codec::Other}, {"macgreek", Codec::Other}, {"maciceland", Codec::Other},
    {"macintosh", Codec::Other}, {"maclatin2", Codec::Other}, {"macroman", Codec::Other},
    {"macturkish", Codec::Other}, {"ms1361", Codec::Other}, {"ms932", Codec::Other}, {"ms936", Codec::Other},
    {"ms949", Codec::Other}, {"ms950", Codec::Other}, {"ms_kanji", Codec::Other}, {"mskanji", Codec::Other},
    {"palmos", Codec::Other}, {"pt154", Codec::Other}, {"ptcp154", Codec::Other}, {"punycode", Codec::Other},
    {"r8", Codec::Other}, {"raw_unicode_escape", Codec::Other}, {"rk1048", Codec::Other},
    {"roman8", Codec::Other}, {"ruscii", Codec::Other}, {"s_jis", Codec::Other}, {"s_jis_2004", Codec::Other},
    {"s_jisx0213", Codec::Other}, {"shift_jis", Codec::Other}, {"shift_jis_2004", Codec::Other},
    {"shift_jisx0213", Codec::Other}, {"shiftjis", Codec::Other}, {"shiftjis2004", Codec::Other},
    {"shiftjisx0213", Codec::Other}, {"sjis", Codec::Other}, {"sjis_2004", Codec::Other},
    {"sjisx0213", Codec::Other}, {"strk1048_2002", Codec::Other}, {"thai", Codec::Other},
    {"tis620", Codec::Other}, {"tis_620", Codec::Other}, {"tis_620_0", Codec::Other},
    {"tis_620_2529_0", Codec::Other}, {"tis_620_2529_1", Codec::Other}, {"u16", Codec::Other},
    {"u32", Codec::Other}, {"u7", Codec::Other}, {"u8", Codec::Utf8}, {"u_jis", Codec::Other},
    {"uhc", Codec::Other}, {"ujis", Codec::Other}, {"undefined", Codec::Other},
    {"unicode_1_1_utf_7", Codec::Other}, {"unicode_escape", Codec::Other}, {"unicodebigunmarked", Codec::Other},
    {"unicodelittleunmarked", Codec::Other}, {"us", Codec::Ascii}, {"us_ascii", Codec::Ascii},
    {"utf", Codec::Utf8}, {"utf16", Codec::Other}, {"utf32", Codec::Other}, {"utf7", Codec::Other},
    {"utf8", Codec::Utf8}, {"utf8_ucs2", Codec::Utf8}, {"utf8_ucs4", Codec::Utf8}, {"utf_16", Codec::Other},
    {"utf_16_be", Codec::Other}, {"utf_16_le", Codec::Other}, {"utf_16be", Codec::Other},
    {"utf_16le", Codec::Other}, {"utf_32", Codec::Other}, {"utf_32_be", Codec::Other},
    {"utf_32_le", Codec::Other}, {"utf_32be", Codec::Other}, {"utf_32le", Codec::Other}, {"utf_7", Codec::Other},
    {"utf_8", Codec::Utf8}, {"utf_8_sig", Codec::Other}, {"windows_1250", Codec::Other},
    {"windows_1251", Codec::Other}, {"windows_1252", Codec::Cp1252}, {"windows_1253", Codec::Other},
    {"windows_1254", Codec::Other}, {"windows_1255", Codec::Other}, {"windows_1256", Codec::Other},
    {"windows_1257", Codec::Other}, {"windows_1258", Codec::Other}, {"x_mac_japanese", Codec::Other},
    {"x_mac_korean", Codec::Other}, {"x_mac_simp_chinese", Codec::Other}, {"x_mac_trad_chinese", Codec::Other},
};

// codecs.lookup's normalisation: lower case, each run of characters other
// than letters, digits and '.' as one '_', none at either end.
std::string normalize_codec_name(std::string_view name) {
  std::string out;
  bool punct = false;
  for (char c : name) {
    if (std::isalnum(static_cast<unsigned char>(c)) || c == '.') {
      if (punct && !out.empty()) out += '_';
      out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      punct = false;
    } else {
      punct = true;
    }
  }
  return out;
}

std::optional<Codec> find_codec(std::string_view spec) {
  auto lookup = [](const std::string& key) -> std::optional<Codec> {
    auto it = std::lower_bound(std::begin(kCodecNames), std::end(kCodecNames), key,
                               [](const CodecName& c, const std::string& k) { return c.name < k; });
    if (it != std::end(kCodecNames) && it->name == key) return it->codec;
    return std::nullopt;
  };
  std::string key = normalize_codec_name(spec);
  if (auto found = lookup(key)) return found;
  std::replace(key.begin(), key.end(), '.', '_');
  return lookup(key);
}

// The tokenizer's get_normal_name: the spellings of utf-8 and latin-1 it
// recognises by itself (only the first 12 characters count).
std::string normal_name(const std::string& spec) {
  std::string buf;
  for (size_t i = 0; i < spec.size() && i < 12; ++i)
    buf += spec[i] == '_' ? '-' : static_cast<char>(std::tolower(static_cast<unsigned char>(spec[i])));
  if (buf == "utf-8" || buf.starts_with("utf-8-")) return "utf-8";
  if (buf == "latin-1" || buf == "iso-8859-1" || buf == "iso-latin-1" || buf.starts_with("latin-1-") ||
      buf.starts_with("iso-8859-1-") || buf.starts_with("iso-latin-1-"))
    return "iso-8859-1";
  return spec;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\f'; }

struct CodingSpec {
  std::string name;
  size_t offset = 0;  // of the name, in the line
};

// The tokenizer's get_coding_spec: `coding[:=]NAME` in a comment that is
// all the line holds (PEP 263's regular expression, as C code reads it).
std::optional<CodingSpec> coding_spec(std::string_view line) {
  size_t i = 0;
  size_t size = line.size();
  for (; i + 6 < size; ++i) {
    if (line[i] == '#') break;
    if (!is_space(line[i])) return std::nullopt;
  }
  for (; i + 6 < size; ++i) {
    if (line.substr(i, 6) != "coding") continue;
    size_t t = i + 6;
    if (line[t] != ':' && line[t] != '=') continue;
    do ++t; while (t < size && (line[t] == ' ' || line[t] == '\t'));
    size_t begin = t;
    while (t < size && (std::isalnum(static_cast<unsigned char>(line[t])) || line[t] == '-' || line[t] == '_' ||
                        line[t] == '.'))
      ++t;
    if (begin < t) return CodingSpec{std::string(line.substr(begin, t - begin)), begin};
  }
  return std::nullopt;
}

// A line with nothing but a comment or whitespace: a coding declaration may
// still follow on the next line.
bool comment_or_blank(std::string_view line) {
  for (char c : line) {
    if (c == '#' || c == '\n' || c == '\r') return true;
    if (!is_space(c)) return false;
  }
  return true;
}

unsigned byte_at(std::string_view s, size_t i) { return static_cast<unsigned char>(s[i]); }

// The tokenizer's valid_utf8: a lead byte and the right number of bytes in
// 0x80-0xBF, nothing more (overlong forms and surrogates pass).
size_t lenient_utf8_length(std::string_view s, size_t i) {
  unsigned c = byte_at(s, i);
  if (c < 0x80) return 1;
  size_t expected = c < 0xC0 ? 0 : c < 0xE0 ? 1 : c < 0xF0 ? 2 : c < 0xF8 ? 3 : 0;
  if (expected == 0) return 0;
  for (size_t k = 1; k <= expected; ++k)
    if (i + k >= s.size() || byte_at(s, i + k) < 0x80 || byte_at(s, i + k) >= 0xC0) return 0;
  return expected + 1;
}

// The range the k-th byte of a sequence may take (the first continuation
// byte is narrower after E0, ED, F0, F4: no overlong forms, no surrogates,
// nothing past U+10FFFF).
bool continuation_ok(unsigned lead, size_t k, unsigned c) {
  unsigned lo = 0x80, hi = 0xBF;
  if (k == 1) {
    if (lead == 0xE0) lo = 0xA0;
    if (lead == 0xED) hi = 0x9F;
    if (lead == 0xF0) lo = 0x90;
    if (lead == 0xF4) hi = 0x8F;
  }
  return c >= lo && c <= hi;
}

size_t sequence_length(unsigned lead) {
  if (lead >= 0xC2 && lead <= 0xDF) return 2;
  if (lead >= 0xE0 && lead <= 0xEF) return 3;
  if (lead >= 0xF0 && lead <= 0xF4) return 4;
  return 0;
}

// Length of the well-formed UTF-8 sequence at i, 0 if there is none.
size_t strict_utf8_length(std::string_view s, size_t i) {
  unsigned lead = byte_at(s, i);
  if (lead < 0x80) return 1;
  size_t n = sequence_length(lead);
  if (n == 0) return 0;
  for (size_t k = 1; k < n; ++k)
    if (i + k >= s.size() || !continuation_ok(lead, k, byte_at(s, i + k))) return 0;
  return n;
}

// Python's UTF-8 decoder on s[begin, end), failing at `bad`: its message
// for the (unicode error) CPython raises when a string or a name decodes.
std::string utf8_codec_error(std::string_view s, size_t begin, size_t end, size_t bad) {
  unsigned lead = byte_at(s, bad);
  size_t n = sequence_length(lead);
  size_t stop = bad + 1;
  std::string reason = "invalid start byte";
  if (n != 0) {
    reason = "unexpected end of data";
    for (size_t k = 1; k < n; ++k) {
      if (bad + k >= end) {
        stop = end;
        break;
      }
      if (!continuation_ok(lead, k, byte_at(s, bad + k))) {
        reason = "invalid continuation byte";
        stop = bad + k;
        break;
      }
    }
  }
  std::string where = stop - bad == 1 ? fmt::format("byte 0x{:02x} in position {}", lead, bad - begin)
                                      : fmt::format("bytes in position {}-{}", bad - begin, stop - 1 - begin);
  return fmt::format("(unicode error) 'utf-8' codec can't decode {}: {}", where, reason);
}

void append_code_point(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

constexpr char32_t kReplacement = 0xFFFD;

// cp1252's bytes 0x80-0x9F (0 where the code page defines none); the rest
// is latin-1.
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

// A byte of a single-byte code page as a code point, 0 if it has none.
char32_t single_byte(Codec codec, unsigned b) {
  if (b < 0x80) return b;
  switch (codec) {
    case Codec::Latin1: return b;
    case Codec::Cp1252: return b < 0xA0 ? kCp1252High[b - 0x80] : b;
    default: return 0;
  }
}

// Where a byte stands as the tokenizer will see it: in a comment, in a
// string's body, or elsewhere (in a name, since no other token holds bytes
// above 0x7F). Only scans forward, so a file is scanned once.
class Context {
 public:
  enum Kind { Code, Comment, String };

  explicit Context(std::string_view s) : s_(s) {}

  Kind at(size_t p) {
    while (pos_ < p) step();
    return kind_;
  }
  // The bytes CPython decodes as one piece for an error at p: a string's body
  // (to its closing quote) or a run of name characters.
  std::pair<size_t, size_t> piece(size_t p) const {
    if (kind_ == String) {
      size_t end = p;
      while (end < s_.size() && !closes(end)) end += s_[end] == '\\' ? 2 : 1;
      return {body_, std::min(end, s_.size())};
    }
    size_t begin = p, end = p;
    while (begin > 0 && name_byte(s_[begin - 1])) --begin;
    while (end < s_.size() && name_byte(s_[end])) ++end;
    return {begin, end};
  }

 private:
  static bool name_byte(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || static_cast<unsigned char>(c) >= 0x80;
  }
  bool closes(size_t i) const {
    if (s_[i] != quote_) return !triple_ && (s_[i] == '\n' || s_[i] == '\r');
    return !triple_ || (i + 2 < s_.size() && s_[i + 1] == quote_ && s_[i + 2] == quote_);
  }
  void step() {
    char c = s_[pos_];
    switch (kind_) {
      case Code:
        if (c == '#') {
          kind_ = Comment;
        } else if (c == '\'' || c == '"') {
          quote_ = c;
          triple_ = pos_ + 2 < s_.size() && s_[pos_ + 1] == c && s_[pos_ + 2] == c;
          kind_ = String;
          pos_ += triple_ ? 2 : 0;
          body_ = pos_ + 1;
        }
        break;
      case Comment:
        if (c == '\n' || c == '\r') kind_ = Code;
        break;
      case String:
        if (c == '\\' && pos_ + 1 < s_.size() && byte_at(s_, pos_ + 1) < 0x80) {
          ++pos_;
        } else if (closes(pos_)) {
          pos_ += c == quote_ && triple_ ? 2 : 0;
          kind_ = Code;
        }
        break;
    }
    ++pos_;
  }

  std::string_view s_;
  size_t pos_ = 0, body_ = 0;
  Kind kind_ = Code;
  char quote_ = 0;
  bool triple_ = false;
};

// Raw UTF-8 as the tokenizer takes it: well-formed sequences pass, other
// bytes become U+FFFD; the first one outside a comment is the error, its
// offset in `out` put in *error_at.
std::optional<std::string> decode_raw_utf8(std::string_view s, std::string& out, size_t* error_at) {
  Context context(s);
  std::optional<std::string> error;
  for (size_t i = 0; i < s.size();) {
    size_t n = strict_utf8_length(s, i);
    if (n != 0) {
      out.append(s.substr(i, n));
      i += n;
      continue;
    }
    if (!error && context.at(i) != Context::Comment) {
      auto [begin, end] = context.piece(i);
      error = utf8_codec_error(s, begin, end, i);
      *error_at = out.size();
    }
    append_code_point(out, kReplacement);
    ++i;
  }
  return error;
}

// Through a codec: false at the first byte it cannot decode (offset in `out`
// put in *error_at); the rest is still decoded, for display.
bool decode_codec(Codec codec, std::string_view s, std::string& out, size_t* error_at) {
  bool ok = true;
  if (codec == Codec::Utf8) {
    for (size_t i = 0; i < s.size();) {
      size_t n = strict_utf8_length(s, i);
      if (n == 0 && ok) ok = false, *error_at = out.size();
      if (n == 0) append_code_point(out, kReplacement), ++i;
      else out.append(s.substr(i, n)), i += n;
    }
    return ok;
  }
  for (size_t i = 0; i < s.size(); ++i) {
    char32_t cp = single_byte(codec, byte_at(s, i));
    if (cp == 0 && s[i] != 0) {
      if (ok) ok = false, *error_at = out.size();
      cp = kReplacement;
    }
    append_code_point(out, cp);
  }
  return ok;
}

// Well-formed UTF-8 for showing a line that could not be decoded.
std::string lossy_utf8(std::string_view s) {
  std::string out;
  size_t unused = 0;
  decode_codec(Codec::Utf8, s, out, &unused);
  return out;
}

}  // namespace

SourceFile SourceFile::from_bytes(std::string path, std::string_view bytes, const std::string& shown_name) {
  std::string_view body = bytes;
  bool bom = body.starts_with("\xEF\xBB\xBF");
  if (bom) body.remove_prefix(3);

  // What goes wrong is reported at an offset of the text as shown.
  struct Failure {
    size_t offset;  // in the decoded (shown) text
    std::string message;
  };
  std::optional<Failure> failure;
  std::string text;

  bool declared = bom;  // the tokenizer's tok->encoding is set
  std::optional<Codec> codec;  // a declared name other than utf-8's
  std::string codec_name;
  size_t codec_from = 0;  // where the codec takes over (after the declaration's line)
  bool spec_possible = true;
  size_t line_begin = 0;
  for (int line_no = 1; line_begin < body.size() && !failure && !codec; ++line_no) {
    size_t nl = body.find('\n', line_begin);
    size_t line_end = nl == std::string_view::npos ? body.size() : nl + 1;
    std::string_view line = body.substr(line_begin, line_end - line_begin);
    if (spec_possible && line_no > 2) spec_possible = false;
    if (spec_possible) {
      if (std::optional<CodingSpec> spec = coding_spec(line)) {
        spec_possible = false;
        std::string name = normal_name(spec->name);
        size_t name_at = lossy_utf8(body.substr(0, line_begin + spec->offset)).size();
        if (bom && name != "utf-8") {
          failure = Failure{name_at, fmt::format("encoding problem: {} with BOM", name)};
        } else if (!declared && name != "utf-8") {
          std::optional<Codec> found = find_codec(spec->name);
          if (!found) failure = Failure{name_at, fmt::format("encoding problem: {}", name)};
          else if (*found == Codec::Other)
            failure = Failure{name_at, fmt::format("unsupported: source encoding '{}' (pyco2cpp reads utf-8, "
                                                   "latin-1, ascii and cp1252)", name)};
          else codec = found, codec_name = name, codec_from = line_end;
        }
        declared = true;
      } else if (!comment_or_blank(line)) {
        spec_possible = false;
      }
    }
    if (!declared) {
      // Undeclared text must be UTF-8 as the tokenizer checks it, line by line.
      for (size_t i = line_begin; i < line_end;) {
        size_t n = lenient_utf8_length(body, i);
        if (n == 0) {
          failure = Failure{lossy_utf8(body.substr(0, i)).size(),
                            fmt::format("Non-UTF-8 code starting with '\\x{:02x}' in file {} on line {}, but no "
                                        "encoding declared; see https://peps.python.org/pep-0263/ for details",
                                        byte_at(body, i), shown_name, line_no)};
          break;
        }
        i += n;
      }
    }
    line_begin = line_end;
  }

  if (failure) {
    text = lossy_utf8(body);
  } else if (codec) {
    // The lines up to the declaration were read raw; they hold only comments.
    text = lossy_utf8(body.substr(0, codec_from));
    size_t at = 0;
    if (!decode_codec(*codec, body.substr(codec_from), text, &at))
      failure = Failure{at, fmt::format("encoding problem: {}", codec_name)};
  } else {
    size_t at = 0;
    if (std::optional<std::string> error = decode_raw_utf8(body, text, &at)) failure = Failure{at, *error};
  }

  SourceFile file = from_string(std::move(path), std::move(text));
  if (failure) {
    auto next = std::upper_bound(file.line_starts.begin(), file.line_starts.end(), failure->offset);
    int line = static_cast<int>(next - file.line_starts.begin());
    size_t start = file.line_starts[line - 1];
    int col = 0;
    for (size_t i = start; i < failure->offset; ++i)
      if ((static_cast<unsigned char>(file.text[i]) & 0xC0) != 0x80) ++col;
    file.decode_error = DecodeError{line, col, failure->message};
  }
  return file;
}

std::optional<SourceFile> SourceFile::load(const std::string& path, const std::string& shown_name) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return std::nullopt;
  return from_bytes(path, buffer.str(), shown_name);
}

}  // namespace pyco2cpp
