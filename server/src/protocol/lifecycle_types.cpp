#include "protocol/lifecycle_types.h"

#include <algorithm>
#include <string_view>

namespace oxt::protocol {

namespace {

ClientCapabilities readCapabilities(const Json& capabilities) {
  ClientCapabilities out;
  if (const auto* encodings = lookup(capabilities, {"general", "positionEncodings"});
      encodings != nullptr && encodings->is_array()) {
    for (const auto& encoding : *encodings) {
      if (encoding.is_string()) {
        out.positionEncodings.push_back(encoding.get<std::string>());
      }
    }
  }
  out.workDoneProgress = lookupBool(capabilities, {"window", "workDoneProgress"});
  out.showDocument = lookupBool(capabilities, {"window", "showDocument", "support"});
  out.configuration = lookupBool(capabilities, {"workspace", "configuration"});
  out.workspaceFolders = lookupBool(capabilities, {"workspace", "workspaceFolders"});
  out.watchedFilesRegistration =
      lookupBool(capabilities, {"workspace", "didChangeWatchedFiles", "dynamicRegistration"});
  out.diagnosticRefresh = lookupBool(capabilities, {"workspace", "diagnostics", "refreshSupport"});
  out.prepareRename = lookupBool(capabilities, {"textDocument", "rename", "prepareSupport"});
  const auto* pull = lookup(capabilities, {"textDocument", "diagnostic"});
  out.pullDiagnostics = pull != nullptr && pull->is_object();
  const auto* publish = lookup(capabilities, {"textDocument", "publishDiagnostics"});
  if (publish != nullptr) {
    out.relatedInformation = lookupBool(*publish, {"relatedInformation"});
    out.diagnosticVersion = lookupBool(*publish, {"versionSupport"});
    out.codeDescription = lookupBool(*publish, {"codeDescriptionSupport"});
    if (const auto* tags = lookup(*publish, {"tagSupport", "valueSet"});
        tags != nullptr && tags->is_array()) {
      for (const auto& tag : *tags) {
        out.unnecessaryTag = out.unnecessaryTag || tag == 1;
      }
    }
  }
  const auto has = [](const Json* strings, std::string_view wanted) {
    if (strings == nullptr || !strings->is_array()) {
      return false;
    }
    return std::any_of(strings->begin(), strings->end(),
                       [&](const Json& value) { return value.is_string() && value == wanted; });
  };
  const auto hasMarkdown = [&](const Json* formats) { return has(formats, "markdown"); };
  out.completionSnippets =
      lookupBool(capabilities, {"textDocument", "completion", "completionItem", "snippetSupport"});
  out.completionMarkdown = hasMarkdown(lookup(
      capabilities, {"textDocument", "completion", "completionItem", "documentationFormat"}));
  out.completionResolvesDocumentation =
      has(lookup(capabilities,
                 {"textDocument", "completion", "completionItem", "resolveSupport", "properties"}),
          "documentation");
  const auto* itemDefaults =
      lookup(capabilities, {"textDocument", "completion", "completionList", "itemDefaults"});
  out.completionDefaultEditRange = has(itemDefaults, "editRange");
  out.completionDefaultData = has(itemDefaults, "data");
  out.hoverMarkdown = hasMarkdown(lookup(capabilities, {"textDocument", "hover", "contentFormat"}));
  out.outline = readOutlineCapabilities(capabilities);
  return out;
}

} // namespace

bool fromJson(const Json& value, InitializeParams& out, const JsonPath& path) {
  const ObjectReader object(value, path);
  if (!object || !object.optional("processId", out.processId) ||
      !object.optional("rootUri", out.rootUri) || !object.optional("rootPath", out.rootPath) ||
      !object.optional("workspaceFolders", out.workspaceFolders) ||
      !object.optional("initializationOptions", out.initializationOptions) ||
      !object.optional("trace", out.trace)) {
    return false;
  }
  const auto capabilities = value.find("capabilities");
  if (capabilities == value.end()) {
    return path.field("capabilities").fail("required field is missing");
  }
  if (!capabilities->is_object()) {
    return path.field("capabilities").fail("expected object");
  }
  out.capabilities = readCapabilities(*capabilities);
  if (const auto* name = lookup(value, {"clientInfo", "name"}); name != nullptr) {
    out.clientName = name->is_string() ? name->get<std::string>() : "";
  }
  return true;
}

bool fromJson(const Json& value, CancelParams& out, const JsonPath& path) {
  const ObjectReader object(value, path);
  if (!object) {
    return false;
  }
  const auto id = value.find("id");
  if (id == value.end()) {
    return path.field("id").fail("required field is missing");
  }
  if (id->is_number_integer()) {
    out.id = id->get<int64_t>();
    return true;
  }
  if (id->is_string()) {
    out.id = id->get<std::string>();
    return true;
  }
  return path.field("id").fail("expected integer or string");
}

bool fromJson(const Json& value, SetTraceParams& out, const JsonPath& path) {
  const ObjectReader object(value, path);
  if (!object.required("value", out.value)) {
    return false;
  }
  if (out.value != "off" && out.value != "messages" && out.value != "verbose") {
    return path.field("value").fail("expected \"off\", \"messages\" or \"verbose\"");
  }
  return true;
}

bool fromJson(const Json& /*value*/, NoParams& /*out*/, const JsonPath& /*path*/) { return true; }

Json toJson(const ServerCapabilities& value) {
  Json capabilities = Json::object();
  capabilities["positionEncoding"] = value.positionEncoding;
  Json sync = Json::object();
  sync["openClose"] = value.openClose;
  sync["change"] = value.incrementalChange ? 2 : 0; // TextDocumentSyncKind.Incremental
  if (value.save) {
    sync["save"] = Json{{"includeText", false}};
  }
  capabilities["textDocumentSync"] = sync;
  if (value.diagnosticProvider) {
    capabilities["diagnosticProvider"] = Json{
        {"identifier", "oxt"}, {"interFileDependencies", true}, {"workspaceDiagnostics", false}};
  }
  if (value.workspaceFolders) {
    capabilities["workspace"] =
        Json{{"workspaceFolders", Json{{"supported", true}, {"changeNotifications", true}}}};
  }
  if (value.implementation) {
    capabilities["implementationProvider"] = true;
  }
  if (value.codeAction) {
    capabilities["codeActionProvider"] =
        Json{{"codeActionKinds",
              {"quickfix", "refactor.extract", "refactor.rewrite", "source.generateSources"}}};
  }
  if (value.formatting) {
    capabilities["documentFormattingProvider"] = true;
  }
  if (value.rangeFormatting) {
    capabilities["documentRangeFormattingProvider"] = true;
  }
  if (value.completion) {
    capabilities["completionProvider"] =
        Json{{"triggerCharacters", value.completionTriggerCharacters},
             {"resolveProvider", value.completionResolve}};
  }
  if (value.hover) {
    capabilities["hoverProvider"] = true;
  }
  if (value.executeCommand) {
    capabilities["executeCommandProvider"] = Json{{"commands", value.commands}};
  }
  addOutlineCapabilities(capabilities, value.outline);
  // Navigation.
  if (value.definition) {
    capabilities["definitionProvider"] = true;
  }
  if (value.references) {
    capabilities["referencesProvider"] = true;
  }
  if (value.documentHighlight) {
    capabilities["documentHighlightProvider"] = true;
  }
  if (value.rename) {
    capabilities["renameProvider"] =
        value.prepareRename ? Json{{"prepareProvider", true}} : Json(true);
  }
  if (value.codeLens) {
    capabilities["codeLensProvider"] = Json{{"resolveProvider", false}};
  }
  if (value.documentLink) {
    capabilities["documentLinkProvider"] = Json{{"resolveProvider", false}};
  }
  return capabilities;
}

Json toJson(const InitializeResult& value) {
  return Json{{"capabilities", toJson(value.capabilities)},
              {"serverInfo", Json{{"name", value.serverName}, {"version", value.serverVersion}}}};
}

Json toJson(const LogTraceParams& value) {
  Json json{{"message", value.message}};
  if (value.verbose) {
    json["verbose"] = *value.verbose;
  }
  return json;
}

Json toJson(const LogMessageParams& value) {
  return Json{{"type", static_cast<int32_t>(value.type)}, {"message", value.message}};
}

} // namespace oxt::protocol
