#include "protocol/progress_types.h"

namespace oxt::protocol {

bool fromJson(const Json& value, WorkDoneProgressCancelParams& out, const JsonPath& path) {
  const ObjectReader object(value, path);
  if (!object.required("token", out.token)) {
    return false;
  }
  if (!out.token.is_string() && !out.token.is_number_integer()) {
    return path.field("token").fail("expected integer or string");
  }
  return true;
}

Json toJson(const WorkDoneProgressBegin& value) {
  Json json{{"kind", "begin"}, {"title", value.title}, {"cancellable", value.cancellable}};
  if (value.message) {
    json["message"] = *value.message;
  }
  if (value.percentage) {
    json["percentage"] = *value.percentage;
  }
  return json;
}

Json toJson(const WorkDoneProgressReport& value) {
  Json json{{"kind", "report"}};
  if (value.message) {
    json["message"] = *value.message;
  }
  if (value.percentage) {
    json["percentage"] = *value.percentage;
  }
  return json;
}

Json toJson(const WorkDoneProgressEnd& value) {
  Json json{{"kind", "end"}};
  if (value.message) {
    json["message"] = *value.message;
  }
  return json;
}

Json progressParams(const Json& token, Json value) {
  return Json{{"token", token}, {"value", std::move(value)}};
}

} // namespace oxt::protocol
