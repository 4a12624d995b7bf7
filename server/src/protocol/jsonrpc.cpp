#include "protocol/jsonrpc.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <utility>
#include <vector>

#include "protocol/fast_json.h"
#include "support/limits.h"

namespace oxt::protocol {

Json toJson(const RequestId& id) {
  return std::visit([](const auto& value) { return Json(value); }, id);
}

std::string toString(const RequestId& id) {
  if (const auto* number = std::get_if<int64_t>(&id)) {
    return std::to_string(*number);
  }
  return "\"" + std::get<std::string>(id) + "\"";
}

namespace {

std::optional<RequestId> readId(const Json& id) {
  // Built in place: GCC 12 at -O2 warns (wrongly) that a moved RequestId temporary
  // may be used uninitialized.
  std::optional<RequestId> out;
  if (id.is_number_integer()) { // also true for unsigned
    if (id.is_number_unsigned() && id.get<uint64_t>() > static_cast<uint64_t>(INT64_MAX)) {
      return out;
    }
    out.emplace(std::in_place_index<0>, id.get<int64_t>());
  } else if (id.is_string()) {
    out.emplace(std::in_place_index<1>, id.get_ref<const std::string&>());
  }
  return out;
}

RejectedMessage invalid(std::optional<RequestId> id, std::string message) {
  return RejectedMessage{std::move(id),
                         ResponseError{ErrorCode::InvalidRequest, std::move(message)}};
}

} // namespace

std::size_t jsonDepth(std::string_view text) {
  std::size_t depth = 0;
  std::size_t deepest = 0;
  bool inString = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (inString) {
      if (c == '\\') {
        ++i; // the escaped character cannot end the string
      } else if (c == '"') {
        inString = false;
      }
      continue;
    }
    if (c == '"') {
      inString = true;
    } else if (c == '{' || c == '[') {
      deepest = std::max(deepest, ++depth);
    } else if ((c == '}' || c == ']') && depth > 0) {
      --depth;
    }
  }
  return deepest;
}

namespace {

bool mayHoldSecret(std::string_view name) {
  std::string lowered(name);
  std::transform(lowered.begin(), lowered.end(), lowered.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  constexpr std::array<std::string_view, 7> kWords{
      "password", "secret", "credential", "authorization", "apikey", "accesstoken", "bearer"};
  return std::any_of(kWords.begin(), kWords.end(), [&](std::string_view word) {
    return lowered.find(word) != std::string::npos;
  });
}

} // namespace

Json redacted(const Json& value) {
  Json out = value;
  // Iterative: the depth of a message is bounded (kMaxJsonDepth), but this must not
  // depend on it.
  std::vector<Json*> pending{&out};
  while (!pending.empty()) {
    Json* node = pending.back();
    pending.pop_back();
    if (node->is_object()) {
      for (auto field = node->begin(); field != node->end(); ++field) {
        if (mayHoldSecret(field.key()) && !field->is_null()) {
          *field = "<redacted>";
        } else {
          pending.push_back(&*field);
        }
      }
    } else if (node->is_array()) {
      for (auto& element : *node) {
        pending.push_back(&element);
      }
    }
  }
  return out;
}

std::variant<Message, RejectedMessage> parseMessage(std::string_view text, std::size_t readable) {
  // simdjson first, refusing what nests deeper than the limit; when it does not read
  // the text, nlohmann, whose verdict and message on what is wrong count.
  auto fast = readJsonFast(text, readable, limits::kMaxJsonDepth);
  if (!fast) {
    // Checked before nlohmann parses: its parser is iterative, but serializing and
    // walking the value recurse once per level. (simdjson's own limit made this scan,
    // slower than simdjson's whole read of a 1 MB didOpen, needless on its way.)
    if (const auto depth = jsonDepth(text); depth > limits::kMaxJsonDepth) {
      return invalid(std::nullopt, "the message nests " + std::to_string(depth) +
                                       " levels of arrays and objects; at most " +
                                       std::to_string(limits::kMaxJsonDepth) + " are read");
    }
  }
  Json json = fast ? std::move(*fast) : Json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (json.is_discarded()) {
    return RejectedMessage{std::nullopt,
                           ResponseError{ErrorCode::ParseError, "the message is not valid JSON"}};
  }
  if (!json.is_object()) {
    return invalid(std::nullopt, "a message must be a JSON object (batches are not supported)");
  }
  std::optional<RequestId> id;
  const auto idField = json.find("id");
  const bool hasId = idField != json.end() && !idField->is_null();
  if (hasId) {
    id = readId(*idField);
    if (!id) {
      return invalid(std::nullopt, "\"id\" must be an integer or a string");
    }
  }
  if (const auto version = json.find("jsonrpc");
      version != json.end() && (!version->is_string() || *version != "2.0")) {
    return invalid(id, "\"jsonrpc\" must be \"2.0\"");
  }
  const auto methodField = json.find("method");
  if (methodField != json.end()) {
    if (!methodField->is_string()) {
      return invalid(id, "\"method\" must be a string");
    }
    Json params;
    if (const auto paramsField = json.find("params"); paramsField != json.end()) {
      if (!paramsField->is_object() && !paramsField->is_array() && !paramsField->is_null()) {
        return invalid(id, "\"params\" must be an object or an array");
      }
      params = std::move(*paramsField);
    }
    auto method = methodField->get<std::string>();
    if (hasId) {
      return Message{Request{*id, std::move(method), std::move(params)}};
    }
    return Message{Notification{std::move(method), std::move(params)}};
  }
  if (!hasId) {
    return invalid(std::nullopt, "a message needs a \"method\" or an \"id\"");
  }
  Response response{*id, nullptr, std::nullopt};
  if (const auto error = json.find("error"); error != json.end() && error->is_object()) {
    ResponseError responseError;
    if (const auto code = error->find("code"); code != error->end() && code->is_number_integer()) {
      responseError.code = static_cast<ErrorCode>(code->get<int32_t>());
    }
    if (const auto message = error->find("message");
        message != error->end() && message->is_string()) {
      responseError.message = message->get<std::string>();
    }
    response.error = std::move(responseError);
  } else if (const auto result = json.find("result"); result != json.end()) {
    response.result = std::move(*result);
  } else {
    return invalid(id, "a response needs a \"result\" or an \"error\"");
  }
  return Message{std::move(response)};
}

Json requestJson(const RequestId& id, std::string_view method, const Json& params) {
  Json json{{"jsonrpc", "2.0"}, {"id", toJson(id)}, {"method", method}};
  if (!params.is_null()) {
    json["params"] = params;
  }
  return json;
}

Json notificationJson(std::string_view method, const Json& params) {
  Json json{{"jsonrpc", "2.0"}, {"method", method}};
  if (!params.is_null()) {
    json["params"] = params;
  }
  return json;
}

Json resultJson(const RequestId& id, Json result) {
  // Not an initializer list: that would copy `result`, which may be megabytes.
  Json message = Json::object();
  message["jsonrpc"] = "2.0";
  message["id"] = toJson(id);
  message["result"] = std::move(result);
  return message;
}

Json errorJson(const std::optional<RequestId>& id, const ResponseError& error) {
  return Json{{"jsonrpc", "2.0"},
              {"id", id ? toJson(*id) : Json(nullptr)},
              {"error", {{"code", static_cast<int32_t>(error.code)}, {"message", error.message}}}};
}

ResultEnvelope resultEnvelope(const RequestId& id) {
  // The keys in Json's order (sorted), so that the text is the same either way.
  return ResultEnvelope{R"({"id":)" + serialize(toJson(id)) + R"(,"jsonrpc":"2.0","result":)", "}"};
}

std::string serialize(const Json& message) {
  return message.dump(-1, ' ', false, Json::error_handler_t::replace);
}

} // namespace oxt::protocol
