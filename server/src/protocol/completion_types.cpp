#include "protocol/completion_types.h"

#include "protocol/json_text.h"

namespace oxt::protocol {

Json toJson(const MarkupContent& value) {
  return Json{{"kind", value.markdown ? "markdown" : "plaintext"}, {"value", value.value}};
}

Json toJson(const CompletionItem& value) {
  Json json{{"label", value.label},
            {"kind", static_cast<int32_t>(value.kind)},
            {"insertTextFormat", static_cast<int32_t>(value.insertTextFormat)},
            {"sortText", value.sortText}};
  if (!value.defaultEditRange) {
    json["textEdit"] = toJson(value.textEdit);
  } else if (value.textEdit.newText != value.label) {
    json["textEditText"] = value.textEdit.newText;
  }
  if (!value.detail.empty()) {
    json["detail"] = value.detail;
  }
  if (value.documentation) {
    json["documentation"] = toJson(*value.documentation);
  }
  if (value.data) {
    json["data"] = *value.data;
  }
  return json;
}

Json toJson(const CompletionList& value) {
  Json items = Json::array();
  for (const auto& item : value.items) {
    items.push_back(toJson(item));
  }
  Json json{{"isIncomplete", value.isIncomplete}, {"items", std::move(items)}};
  if (value.itemDefaults) {
    Json defaults = Json::object();
    if (value.itemDefaults->editRange) {
      defaults["editRange"] = toJson(*value.itemDefaults->editRange);
    }
    if (value.itemDefaults->data) {
      defaults["data"] = *value.itemDefaults->data;
    }
    json["itemDefaults"] = std::move(defaults);
  }
  return json;
}

namespace {

using json_text::appendOptionalString;
using json_text::appendRange;
using json_text::appendString;

// Keys in Json's order (sorted), as serialize() writes them.
void appendItem(std::string& out, const CompletionItem& item) {
  out += '{';
  if (item.data) {
    out += R"("data":)";
    out += std::to_string(*item.data);
    out += ',';
  }
  appendOptionalString(out, "detail", item.detail);
  if (item.documentation) {
    out += R"("documentation":{"kind":)";
    out += item.documentation->markdown ? R"("markdown")" : R"("plaintext")";
    out += R"(,"value":)";
    appendString(out, item.documentation->value);
    out += "},";
  }
  out += R"("insertTextFormat":)";
  out += std::to_string(static_cast<int32_t>(item.insertTextFormat));
  out += R"(,"kind":)";
  out += std::to_string(static_cast<int32_t>(item.kind));
  out += R"(,"label":)";
  appendString(out, item.label);
  out += R"(,"sortText":)";
  appendString(out, item.sortText);
  if (!item.defaultEditRange) {
    out += R"(,"textEdit":{"newText":)";
    appendString(out, item.textEdit.newText);
    out += R"(,"range":)";
    appendRange(out, item.textEdit.range);
    out += '}';
  } else if (item.textEdit.newText != item.label) {
    out += R"(,"textEditText":)";
    appendString(out, item.textEdit.newText);
  }
  out += '}';
}

} // namespace

std::string toJsonText(const CompletionList& value) {
  std::string out = R"({"isIncomplete":)";
  out += value.isIncomplete ? "true" : "false";
  if (value.itemDefaults) {
    out += R"(,"itemDefaults":{)";
    const char* separator = "";
    if (value.itemDefaults->data) {
      out += R"("data":)";
      out += std::to_string(*value.itemDefaults->data);
      separator = ",";
    }
    if (value.itemDefaults->editRange) {
      out += separator;
      out += R"("editRange":)";
      appendRange(out, *value.itemDefaults->editRange);
    }
    out += '}';
  }
  out += R"(,"items":[)";
  for (std::size_t i = 0; i < value.items.size(); ++i) {
    if (i > 0) {
      out += ',';
    }
    appendItem(out, value.items[i]);
  }
  out += "]}";
  return out;
}

bool fromJson(const Json& value, CompletionItemToResolve& out, const JsonPath& path) {
  const ObjectReader object(value, path);
  if (!object || !object.required("label", out.label)) {
    return false;
  }
  out.item = value;
  // Ours is an integer; anything else (another server's, a client's own) finds no list.
  if (const auto data = value.find("data"); data != value.end() && data->is_number_integer()) {
    out.data = data->get<int64_t>();
  }
  return true;
}

Json toJson(const Hover& value) {
  return Json{{"contents", toJson(value.contents)}, {"range", toJson(value.range)}};
}

} // namespace oxt::protocol
