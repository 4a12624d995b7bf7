#include "protocol/completion_types.h"

namespace oxt::protocol {

Json toJson(const MarkupContent& value) {
  return Json{{"kind", value.markdown ? "markdown" : "plaintext"}, {"value", value.value}};
}

Json toJson(const CompletionItem& value) {
  Json json{{"label", value.label},
            {"kind", static_cast<int32_t>(value.kind)},
            {"insertTextFormat", static_cast<int32_t>(value.insertTextFormat)},
            {"textEdit", toJson(value.textEdit)},
            {"sortText", value.sortText}};
  if (!value.detail.empty()) {
    json["detail"] = value.detail;
  }
  if (value.documentation) {
    json["documentation"] = toJson(*value.documentation);
  }
  return json;
}

Json toJson(const CompletionList& value) {
  Json items = Json::array();
  for (const auto& item : value.items) {
    items.push_back(toJson(item));
  }
  return Json{{"isIncomplete", value.isIncomplete}, {"items", std::move(items)}};
}

Json toJson(const Hover& value) {
  return Json{{"contents", toJson(value.contents)}, {"range", toJson(value.range)}};
}

} // namespace oxt::protocol
