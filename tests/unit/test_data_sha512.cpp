// SHA-512 against digests computed by python3's hashlib (the table below
// was printed by hashlib.sha512(data).hexdigest()).
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "stdlib/sha512.h"

namespace {

// Bytes (i * 7 + 3) mod 256: lengths around the 112/128-byte padding limits.
std::string pattern(int n) {
  std::string s;
  for (int i = 0; i < n; ++i) s.push_back(char((i * 7 + 3) & 0xff));
  return s;
}

std::string hex(const py::Sha512Digest& d) {
  static const char* digits = "0123456789abcdef";
  std::string s;
  for (uint8_t b : d) {
    s.push_back(digits[b >> 4]);
    s.push_back(digits[b & 15]);
  }
  return s;
}

TEST(DataSha512, MatchesHashlib) {
  const std::vector<std::pair<std::string, std::string>> cases = {
    {std::string("", 0), "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e"},
    {std::string("\x61\x62\x63", 3), "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f"},
    {std::string("\x61\x62\x63\x64\x65\x66\x67\x68\x62\x63\x64\x65\x66\x67\x68\x69\x63\x64\x65\x66\x67\x68\x69\x6a\x64\x65\x66\x67\x68\x69\x6a\x6b\x65\x66\x67\x68\x69\x6a\x6b\x6c\x66\x67\x68\x69\x6a\x6b\x6c\x6d\x67\x68\x69\x6a\x6b\x6c\x6d\x6e\x68\x69\x6a\x6b\x6c\x6d\x6e\x6f\x69\x6a\x6b\x6c\x6d\x6e\x6f\x70\x6a\x6b\x6c\x6d\x6e\x6f\x70\x71\x6b\x6c\x6d\x6e\x6f\x70\x71\x72\x6c\x6d\x6e\x6f\x70\x71\x72\x73\x6d\x6e\x6f\x70\x71\x72\x73\x74\x6e\x6f\x70\x71\x72\x73\x74\x75", 112), "8e959b75dae313da8cf4f72814fc143f8f7779c6eb9f7fa17299aeadb6889018501d289e4900f7e4331b99dec4b5433ac7d329eeb6dd26545e96e55b874be909"},
    {std::string("\x74\x65\x78\x74\x20\x73\x65\x65\x64", 9), "88ff364df9dc16b2ff714a6e85fbdb73050283e172371b7d3f5da2d77ca93a943436d2f4dfa3e8fba622d28e14a2ae4b4154688b09e82cb418617f9d5491b98c"},
    {std::string("\xe4\xb8\xad\xe6\x96\x87\xe7\xa7\x8d\xe5\xad\x90", 12), "f5644817503e83886f1365b619443d15de85765a734c744cf570258655da12debde41ff8e00005986156abaa61fd51fb7f9de61cfc414f1c79d46651249693ed"},
    {pattern(111), "68cffa6d0d76f309c9ce0d35280939f8e25990c43b7b086ccdf709be35b07d4ddba599541ff2b1c19d34ea49aeafb9659adb7ac3c0b078bb30a22d57fc6687ef"},
    {pattern(112), "d0865c524d1dddf7c23b799c413f5adcd7caefd3f66a9b49750ec81066012c25a8bcf94ddea6dc525691673097ca40e0101e897fc97218cfdb0704084e2bef4b"},
    {pattern(127), "e0b6a20f1c0c88970a9340152cd5a1c1ecf3d3b8de55102741879438079473540133b812706e5dbec322c8c9523b6fc8c6d16ee626e87ad5fe3d2916afedc369"},
    {pattern(128), "99b16f17aa0b969a5b8f08f367719d516e330ccd2660b6f0688ec031dbc783de50a1cd185a2568dba75070a2403d17d4741d163578515dfd2ff756ddfe4d47b1"},
    {pattern(129), "a1556e29185778aa5991e34b8884c840d589f0fbb4b8ed590e51e9ac4eb03a008125000db2671f8fe7f485b59a77b518670078ecb41a54b4cd02a7f1d2ca4c6d"},
    {pattern(239), "18ee83f30261c3c645d52aee6a209105b25bba39d33845ef48984cc238e4f21661fb7bd7dd4336f71c40fe87d95e5115d6c7be52e0d3e7e7877d24500b5b58df"},
    {pattern(240), "9d60ee60d29ec4fa0b9690c04c1c29413bbe3ed345639182d9d53dcc05926b77b04f4fec1562fb85182954c96b7cbb5d5e4410251ff4f352d09a2da90419fb13"},
    {pattern(1000), "00e36fccf193e59697a92b5ab24666ce6326d7fa16bf10832d0991ddc591112e9dfa6a636950ed9c4d67344a760654c2ff7785e1d60094d651038735b5dccabd"},
  };
  for (const auto& [input, expected] : cases) EXPECT_EQ(hex(py::sha512(input)), expected) << input.size();
}

}  // namespace
