#include "lsp/settings_reader.h"

namespace oxt::lsp {

namespace {

void readBool(const protocol::Json& section, std::initializer_list<const char*> steps,
              const char* name, bool& out, std::vector<std::string>& problems) {
  const auto* value = protocol::lookup(section, steps);
  if (value == nullptr || value->is_null()) {
    return;
  }
  if (!value->is_boolean()) {
    problems.push_back(std::string(name) + ": expected true or false; keeping " +
                       (out ? "true" : "false"));
    return;
  }
  out = value->get<bool>();
}

void readCount(const protocol::Json& section, std::initializer_list<const char*> steps,
               const char* name, uint32_t max, uint32_t& out, std::vector<std::string>& problems) {
  const auto* value = protocol::lookup(section, steps);
  if (value == nullptr || value->is_null()) {
    return;
  }
  if (!value->is_number_integer() || value->get<int64_t>() < 0 ||
      value->get<int64_t>() > static_cast<int64_t>(max)) {
    problems.push_back(std::string(name) + ": expected an integer from 0 to " +
                       std::to_string(max) + "; keeping " + std::to_string(out));
    return;
  }
  out = value->get<uint32_t>();
}

void readString(const protocol::Json& section, std::initializer_list<const char*> steps,
                const char* name, std::string& out, std::vector<std::string>& problems) {
  const auto* value = protocol::lookup(section, steps);
  if (value == nullptr || value->is_null()) {
    return;
  }
  if (!value->is_string()) {
    problems.push_back(std::string(name) + ": expected a string; keeping the previous value");
    return;
  }
  out = value->get<std::string>();
}

} // namespace

workspace::Settings readSettings(const protocol::Json& section, const workspace::Settings& current,
                                 std::vector<std::string>& problems) {
  workspace::Settings settings = current;
  if (section.is_null()) {
    return settings;
  }
  if (!section.is_object()) {
    problems.emplace_back("oxt: expected an object of settings; ignored");
    return settings;
  }
  readBool(section, {"diagnostics", "enable"}, "oxt.diagnostics.enable",
           settings.diagnosticsEnabled, problems);
  readCount(section, {"diagnostics", "delay"}, "oxt.diagnostics.delay",
            workspace::kMaxDiagnosticsDelayMs, settings.diagnosticsDelayMs, problems);
  readString(section, {"diagnostics", "documentationUrl"}, "oxt.diagnostics.documentationUrl",
             settings.documentationUrl, problems);
  readCount(section, {"workspace", "maxFiles"}, "oxt.workspace.maxFiles",
            workspace::kMaxIndexedFilesLimit, settings.maxIndexedFiles, problems);
  return settings;
}

protocol::Json oxtSection(const protocol::Json& settings) {
  if (const auto* section = protocol::lookup(settings, {"oxt"}); section != nullptr) {
    return *section;
  }
  return nullptr;
}

} // namespace oxt::lsp
