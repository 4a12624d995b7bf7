// Reading LSP params from JSON into structs, with errors that say where and what.
//
// Why not nlohmann's get<T>(): its exceptions say "type must be number, but is
// string" without saying which field. A client that sends a bad request must get
// InvalidParams with "params.position.line: expected integer" (as clangd does with
// llvm::json::Path), so every read goes through a JsonPath that knows where it is
// and records the first failure.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace oxt::protocol {

using Json = nlohmann::json;

/// The first thing that did not fit, and where.
struct JsonError {
  std::string path;    // "params.position.line"
  std::string message; // "expected integer"
  [[nodiscard]] std::string text() const { return path + ": " + message; }
};

/// The place in the JSON value being read. Copies are cheap enough for params.
class JsonPath {
public:
  JsonPath(std::string root, JsonError& error) : path_(std::move(root)), error_(&error) {}
  [[nodiscard]] JsonPath field(std::string_view name) const;
  [[nodiscard]] JsonPath index(std::size_t position) const;
  /// Records `message` at this place (only the first failure is kept); returns false.
  bool fail(std::string_view message) const;
  [[nodiscard]] const std::string& str() const { return path_; }

private:
  JsonPath(std::string path, JsonError* error) : path_(std::move(path)), error_(error) {}
  std::string path_;
  JsonError* error_;
};

bool fromJson(const Json& value, bool& out, const JsonPath& path);
bool fromJson(const Json& value, int32_t& out, const JsonPath& path);
bool fromJson(const Json& value, uint32_t& out, const JsonPath& path);
bool fromJson(const Json& value, int64_t& out, const JsonPath& path);
bool fromJson(const Json& value, std::string& out, const JsonPath& path);
/// Any JSON value (settings, initializationOptions).
bool fromJson(const Json& value, Json& out, const JsonPath& path);

template <typename T> bool fromJson(const Json& value, std::vector<T>& out, const JsonPath& path) {
  if (!value.is_array()) {
    return path.fail("expected array");
  }
  out.clear();
  out.reserve(value.size());
  for (std::size_t i = 0; i < value.size(); ++i) {
    T item{};
    if (!fromJson(value[i], item, path.index(i))) {
      return false;
    }
    out.push_back(std::move(item));
  }
  return true;
}

/// null reads as "absent".
template <typename T>
bool fromJson(const Json& value, std::optional<T>& out, const JsonPath& path) {
  if (value.is_null()) {
    out.reset();
    return true;
  }
  T item{};
  if (!fromJson(value, item, path)) {
    return false;
  }
  out = std::move(item);
  return true;
}

/// Reads the fields of a JSON object; fails (once) when the value is not an object.
class ObjectReader {
public:
  ObjectReader(const Json& value, const JsonPath& path);
  explicit operator bool() const { return object_ != nullptr; }

  /// The field must be present.
  template <typename T> bool required(const char* name, T& out) const {
    if (object_ == nullptr) {
      return false;
    }
    const auto it = object_->find(name);
    if (it == object_->end()) {
      return path_.field(name).fail("required field is missing");
    }
    return fromJson(*it, out, path_.field(name));
  }

  /// An absent field (or null, for optional<T>) leaves `out` as it is.
  template <typename T> bool optional(const char* name, T& out) const {
    if (object_ == nullptr) {
      return false;
    }
    const auto it = object_->find(name);
    if (it == object_->end()) {
      return true;
    }
    return fromJson(*it, out, path_.field(name));
  }

private:
  const Json* object_ = nullptr;
  JsonPath path_;
};

/// Reads `params` into `out`; on failure returns the error ("params.x: …").
template <typename T> std::optional<JsonError> readParams(const Json& params, T& out) {
  JsonError error;
  if (fromJson(params, out, JsonPath("params", error))) {
    return std::nullopt;
  }
  return error;
}

/// Reads a nested value without failing: `lookup(caps, {"general", "positionEncodings"})`
/// is nullptr when a step is absent or not an object. For client capabilities, which a
/// server reads leniently (a client may send more, or odd, fields).
[[nodiscard]] const Json* lookup(const Json& value, std::initializer_list<const char*> steps);
[[nodiscard]] bool lookupBool(const Json& value, std::initializer_list<const char*> steps);

} // namespace oxt::protocol
