#include "protocol/navigation_types.h"

#include "protocol/json_text.h"
#include "protocol/jsonrpc.h"

namespace oxt::protocol {

namespace {

struct ReferenceContext {
  bool includeDeclaration = false;
};

bool fromJson(const Json& value, ReferenceContext& out, const JsonPath& path) {
  const ObjectReader object(value, path);
  return object.required("includeDeclaration", out.includeDeclaration);
}

} // namespace

bool fromJson(const Json& value, ReferenceParams& out, const JsonPath& path) {
  const ObjectReader object(value, path);
  ReferenceContext context;
  if (!object.required("textDocument", out.textDocument) ||
      !object.required("position", out.position) || !object.required("context", context)) {
    return false;
  }
  out.includeDeclaration = context.includeDeclaration;
  return true;
}

bool fromJson(const Json& value, RenameParams& out, const JsonPath& path) {
  const ObjectReader object(value, path);
  return object.required("textDocument", out.textDocument) &&
         object.required("position", out.position) && object.required("newName", out.newName);
}

bool fromJson(const Json& value, DocumentParams& out, const JsonPath& path) {
  const ObjectReader object(value, path);
  return object.required("textDocument", out.textDocument);
}

Json toJson(const DocumentHighlight& value) {
  return Json{{"range", toJson(value.range)}, {"kind", static_cast<int32_t>(value.kind)}};
}

Json toJson(const PrepareRenameResult& value) {
  return Json{{"range", toJson(value.range)}, {"placeholder", value.placeholder}};
}

Json toJson(const CodeLens& value) {
  // Command.command is required; "" names no command, so the lens is a label:
  // VS Code draws it unclickable, Neovim shows its title (docs/features/navigation.md).
  if (value.command) {
    return Json{{"range", toJson(value.range)}, {"command", toJson(*value.command)}};
  }
  return Json{{"range", toJson(value.range)},
              {"command", Json{{"title", value.title}, {"command", ""}}}};
}

std::string toJsonText(const std::vector<CodeLens>& lenses) {
  constexpr std::size_t kBytesPerLens = 160;
  std::string out = "[";
  out.reserve(2 + lenses.size() * kBytesPerLens);
  for (std::size_t i = 0; i < lenses.size(); ++i) {
    const auto& lens = lenses[i];
    out += i > 0 ? R"(,{"command":{)" : R"({"command":{)"; // the keys in Json's order
    if (lens.command) {
      out += R"("arguments":)";
      out += serialize(lens.command->arguments);
      out += R"(,"command":)";
      json_text::appendString(out, lens.command->command);
      out += R"(,"title":)";
      json_text::appendString(out, lens.command->title);
    } else {
      out += R"("command":"","title":)";
      json_text::appendString(out, lens.title);
    }
    out += R"(},"range":)";
    json_text::appendRange(out, lens.range);
    out += '}';
  }
  out += ']';
  return out;
}

Json toJson(const DocumentLink& value) {
  return Json{{"range", toJson(value.range)}, {"target", value.target}, {"tooltip", value.tooltip}};
}

} // namespace oxt::protocol
