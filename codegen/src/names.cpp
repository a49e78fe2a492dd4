#include "names.h"

#include <fmt/format.h>

#include <cctype>

namespace pyco2cpp::codegen {

std::string Names::helper(Helper kind, int id) {
  const char* prefix = "";
  switch (kind) {
    case Helper::Temp: prefix = "t"; break;
    case Helper::Args: prefix = "a"; break;
    case Helper::Unpack: prefix = "u"; break;
    case Helper::Iter: prefix = "it"; break;
    case Helper::Item: prefix = "item"; break;
    case Helper::Module: prefix = "mod"; break;
    case Helper::Method: prefix = "method"; break;
    case Helper::FuncValue: prefix = "func"; break;
    case Helper::ClassBases: prefix = "bases"; break;
    case Helper::ClassNs: prefix = "ns"; break;
    case Helper::ClassCell: prefix = "class_cell"; break;
    case Helper::ClassValue: prefix = "cls"; break;
    case Helper::CompFrame: prefix = "comp_frame"; break;
    case Helper::With: prefix = "with"; break;
    case Helper::Raised: prefix = "raised"; break;
    case Helper::Why: prefix = "why"; break;
    case Helper::Finally: prefix = "fin"; break;
    case Helper::LoopElse: prefix = "else"; break;
    case Helper::LoopEnd: prefix = "end"; break;
    case Helper::TryOk: prefix = "ok"; break;
    case Helper::Caught: prefix = "e"; break;
    case Helper::Handler: prefix = "handler"; break;
    case Helper::CaughtExc: prefix = "exc"; break;
    case Helper::ExceptStar: prefix = "star"; break;
    case Helper::StarMatch: prefix = "match"; break;
    case Helper::StarHandler: prefix = "star_handler"; break;
    case Helper::Pending: prefix = "pend"; break;
    case Helper::OuterExc: prefix = "outer_exc"; break;
    case Helper::TryEntry: prefix = "try_entry"; break;
    case Helper::Resume: prefix = "resume"; break;
  }
  return fmt::format("{}_{}", prefix, id);
}

FunctionNames Names::function(std::string_view qualname) {
  // "C.m.<locals>.<lambda>" -> "C_m_lambda"
  std::string base;
  while (!qualname.empty()) {
    size_t dot = qualname.find('.');
    std::string_view part = qualname.substr(0, dot);
    qualname = dot == std::string_view::npos ? std::string_view() : qualname.substr(dot + 1);
    if (part == "<locals>") continue;
    if (part.size() > 2 && part.front() == '<' && part.back() == '>') part = part.substr(1, part.size() - 2);
    if (!base.empty()) base += '_';
    base += mangle(std::string(part));
  }
  int seen = ++bases_[base];
  if (seen > 1) base += fmt::format("_{}", seen);
  return {base};
}

std::string mangle(const std::string& id) {
  std::string out;
  for (unsigned char c : id) {
    if (std::isalnum(c) || c == '_')
      out += static_cast<char>(c);
    else
      out += fmt::format("_x{:02x}", c);
  }
  return out;
}

}  // namespace pyco2cpp::codegen
