#include "protocol/fast_json.h"

#include <cstdint>
#include <string>
#include <utility>

#include <simdjson.h>

namespace oxt::protocol {

namespace {

/// One element as nlohmann would have read it. Recursive: the caller bounds the
/// depth (jsonrpc.cpp checks it before reading).
bool convert(simdjson::dom::element element, Json& out) {
  switch (element.type()) {
  case simdjson::dom::element_type::ARRAY: {
    out = Json::array();
    simdjson::dom::array array;
    if (element.get_array().get(array) != simdjson::SUCCESS) {
      return false;
    }
    for (const auto item : array) {
      Json value;
      if (!convert(item, value)) {
        return false;
      }
      out.push_back(std::move(value));
    }
    return true;
  }
  case simdjson::dom::element_type::OBJECT: {
    out = Json::object();
    simdjson::dom::object object;
    if (element.get_object().get(object) != simdjson::SUCCESS) {
      return false;
    }
    for (const auto field : object) {
      Json value;
      if (!convert(field.value, value)) {
        return false;
      }
      out[std::string(field.key)] = std::move(value); // the last of repeated keys wins
    }
    return true;
  }
  case simdjson::dom::element_type::INT64: {
    const auto number = element.get_int64().value_unsafe();
    if (number >= 0) {
      out = static_cast<uint64_t>(number); // nlohmann reads these as unsigned
    } else {
      out = number;
    }
    return true;
  }
  case simdjson::dom::element_type::UINT64:
    out = element.get_uint64().value_unsafe();
    return true;
  case simdjson::dom::element_type::DOUBLE:
    out = element.get_double().value_unsafe();
    return true;
  case simdjson::dom::element_type::STRING:
    out = std::string(element.get_string().value_unsafe());
    return true;
  case simdjson::dom::element_type::BOOL:
    out = element.get_bool().value_unsafe();
    return true;
  case simdjson::dom::element_type::NULL_VALUE:
    out = nullptr;
    return true;
  }
  return false;
}

} // namespace

std::optional<Json> readJsonFast(std::string_view text, std::size_t readable,
                                 std::size_t maxDepth) {
  simdjson::dom::parser parser; // per message: a kept one would keep the largest's buffers
  if (parser.allocate(text.size(), maxDepth) != simdjson::SUCCESS) {
    return std::nullopt;
  }
  const bool padded = readable >= text.size() + simdjson::SIMDJSON_PADDING;
  simdjson::dom::element root;
  // Copied (realloc_if_needed) only when the bytes past the text are not ours to read.
  if (parser.parse(text.data(), text.size(), !padded).get(root) != simdjson::SUCCESS) {
    return std::nullopt;
  }
  Json value;
  if (!convert(root, value)) {
    return std::nullopt;
  }
  return value;
}

} // namespace oxt::protocol
