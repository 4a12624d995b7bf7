#include "protocol/json_reader.h"

#include <limits>

namespace oxt::protocol {

JsonPath JsonPath::field(std::string_view name) const {
  return JsonPath(path_ + "." + std::string(name), error_);
}

JsonPath JsonPath::index(std::size_t position) const {
  return JsonPath(path_ + "[" + std::to_string(position) + "]", error_);
}

bool JsonPath::fail(std::string_view message) const {
  if (error_->message.empty()) {
    error_->path = path_;
    error_->message = std::string(message);
  }
  return false;
}

bool fromJson(const Json& value, bool& out, const JsonPath& path) {
  if (!value.is_boolean()) {
    return path.fail("expected boolean");
  }
  out = value.get<bool>();
  return true;
}

namespace {
template <typename Int> bool readInteger(const Json& value, Int& out, const JsonPath& path) {
  if (value.is_number_unsigned()) {
    const auto number = value.get<uint64_t>();
    if (number > static_cast<uint64_t>(std::numeric_limits<Int>::max())) {
      return path.fail("integer out of range");
    }
    out = static_cast<Int>(number);
    return true;
  }
  if (value.is_number_integer()) {
    const auto number = value.get<int64_t>();
    if (number < static_cast<int64_t>(std::numeric_limits<Int>::min()) ||
        (number > 0 &&
         static_cast<uint64_t>(number) > static_cast<uint64_t>(std::numeric_limits<Int>::max()))) {
      return path.fail("integer out of range");
    }
    out = static_cast<Int>(number);
    return true;
  }
  return path.fail("expected integer");
}
} // namespace

bool fromJson(const Json& value, int32_t& out, const JsonPath& path) {
  return readInteger(value, out, path);
}
bool fromJson(const Json& value, uint32_t& out, const JsonPath& path) {
  return readInteger(value, out, path);
}
bool fromJson(const Json& value, int64_t& out, const JsonPath& path) {
  return readInteger(value, out, path);
}

bool fromJson(const Json& value, std::string& out, const JsonPath& path) {
  if (!value.is_string()) {
    return path.fail("expected string");
  }
  out = value.get<std::string>();
  return true;
}

bool fromJson(const Json& value, Json& out, const JsonPath& /*path*/) {
  out = value;
  return true;
}

ObjectReader::ObjectReader(const Json& value, const JsonPath& path) : path_(path) {
  if (value.is_object()) {
    object_ = &value;
  } else {
    path.fail("expected object");
  }
}

const Json* lookup(const Json& value, std::initializer_list<const char*> steps) {
  const Json* at = &value;
  for (const char* step : steps) {
    if (!at->is_object()) {
      return nullptr;
    }
    const auto it = at->find(step);
    if (it == at->end()) {
      return nullptr;
    }
    at = &*it;
  }
  return at;
}

bool lookupBool(const Json& value, std::initializer_list<const char*> steps) {
  const auto* found = lookup(value, steps);
  return found != nullptr && found->is_boolean() && found->get<bool>();
}

} // namespace oxt::protocol
