#include "publish/publish_config.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "support/file_io.h"

namespace oxt::publish {

namespace fs = std::filesystem;
using Json = nlohmann::json;

namespace {

fs::path resolved(const fs::path& root, const std::string& text) {
  const fs::path path(text);
  return (path.is_absolute() ? path : root / path).lexically_normal();
}

std::optional<ConfigError> readStrings(const Json& value, const std::string& where,
                                       std::vector<std::string>& out) {
  if (!value.is_array() ||
      !std::all_of(value.begin(), value.end(), [](const Json& item) { return item.is_string(); })) {
    return ConfigError{where + " must be a list of strings"};
  }
  for (const auto& item : value) {
    out.push_back(item.get<std::string>());
  }
  return std::nullopt;
}

std::variant<Target, ConfigError> readTarget(const std::string& name, const Json& value,
                                             const fs::path& root, const std::string& where) {
  if (!value.is_object()) {
    return ConfigError{where + " must be an object"};
  }
  Target target;
  target.name = name;
  const auto type = value.value("type", std::string());
  if (type == "http" || type == "https") {
    target.kind = TargetKind::Http;
    auto& http = target.http;
    http.url = value.value("url", std::string());
    if (!http.url.starts_with(type + "://")) {
      return ConfigError{where + ": an " + type + " target needs a 'url' starting with " + type +
                         "://"};
    }
    // Credentials written into the URL would be in oxt.json (often committed) and in
    // every message that names the URL.
    const auto authority = http.url.substr(type.size() + 3);
    if (authority.substr(0, authority.find('/')).find('@') != std::string::npos) {
      return ConfigError{where + ": the 'url' holds credentials (user@ or user:password@); name "
                                 "the environment variable that holds them in 'credentials' "
                                 "instead"};
    }
    while (http.url.ends_with('/')) {
      http.url.pop_back();
    }
    const auto auth =
        value.value("auth", std::string(value.contains("credentials") ? "bearer" : "none"));
    if (auth != "none" && auth != "bearer" && auth != "basic") {
      return ConfigError{where + ": 'auth' must be \"bearer\", \"basic\" or \"none\""};
    }
    http.auth = auth == "bearer"  ? HttpAuth::Bearer
                : auth == "basic" ? HttpAuth::Basic
                                  : HttpAuth::None;
    if (http.auth != HttpAuth::None) {
      if (!value.contains("credentials") || !value["credentials"].is_string()) {
        return ConfigError{where + ": 'credentials' must name the environment variable that holds "
                                   "them (never the credentials themselves)"};
      }
      http.credentialsEnv = value["credentials"].get<std::string>();
    }
    for (const auto& [key, field] :
         {std::pair{"retries", &http.retries}, std::pair{"retryDelayMs", &http.retryDelayMs},
          std::pair{"timeoutSeconds", &http.timeoutSeconds}}) {
      if (value.contains(key)) {
        if (!value[key].is_number_integer() || value[key].get<int>() < 0) {
          return ConfigError{where + ": '" + key + "' must be a whole number >= 0"};
        }
        *field = value[key].get<int>();
      }
    }
  } else if (type == "dir") {
    if (!value.contains("path") || !value["path"].is_string() ||
        value["path"].get<std::string>().empty()) {
      return ConfigError{where + ": a dir target needs a 'path' (a folder)"};
    }
    target.path = resolved(root, value["path"].get<std::string>());
  } else {
    return ConfigError{where + ": 'type' must be \"dir\", \"http\" or \"https\", not \"" + type +
                       "\""};
  }
  if (value.contains("default")) {
    if (!value["default"].is_boolean()) {
      return ConfigError{where + ": 'default' must be true or false"};
    }
    target.isDefault = value["default"].get<bool>();
  }
  return target;
}

} // namespace

PublishConfig defaultConfig(const fs::path& root) {
  PublishConfig config;
  config.root = root;
  config.targets.push_back(Target{kDefaultTargetName,
                                  TargetKind::Dir,
                                  (root / ".oxt" / "platform").lexically_normal(),
                                  true,
                                  {}});
  return config;
}

std::variant<PublishConfig, ConfigError> parseConfig(const std::string& text,
                                                     const fs::path& file) {
  const auto where = file.string();
  const auto json = Json::parse(text, nullptr, false);
  if (json.is_discarded() || !json.is_object()) {
    return ConfigError{where + ": not a JSON object"};
  }
  auto config = defaultConfig(file.parent_path());
  config.file = file;
  if (json.contains("targets")) {
    const auto& targets = json["targets"];
    if (!targets.is_object() || targets.empty()) {
      return ConfigError{where + ": 'targets' must be an object of named targets"};
    }
    config.targets.clear();
    for (const auto& [name, value] : targets.items()) {
      std::string at = where;
      at += ": targets.";
      at += name;
      auto target = readTarget(name, value, config.root, at);
      if (auto* error = std::get_if<ConfigError>(&target)) {
        return std::move(*error);
      }
      if (!std::get<Target>(target).http.credentialsEnv.empty()) {
        config.compile.hiddenVariables.push_back(std::get<Target>(target).http.credentialsEnv);
      }
      config.targets.push_back(std::get<Target>(std::move(target)));
    }
    const auto defaults = std::count_if(config.targets.begin(), config.targets.end(),
                                        [](const Target& t) { return t.isDefault; });
    if (defaults > 1) {
      return ConfigError{where + ": more than one target is marked \"default\": true"};
    }
    if (defaults == 0) {
      if (config.targets.size() > 1) {
        return ConfigError{where + ": mark one target \"default\": true"};
      }
      config.targets.front().isDefault = true;
    }
  }
  if (json.contains("compile")) {
    const auto& compile = json["compile"];
    if (!compile.is_object()) {
      return ConfigError{where + ": 'compile' must be an object"};
    }
    if (compile.contains("command")) {
      if (auto error = readStrings(compile["command"], where + ": compile.command",
                                   config.compile.command)) {
        return std::move(*error);
      }
      if (config.compile.command.empty()) {
        return ConfigError{where + ": compile.command is empty"};
      }
    }
    if (compile.contains("references")) {
      std::vector<std::string> references;
      if (auto error =
              readStrings(compile["references"], where + ": compile.references", references)) {
        return std::move(*error);
      }
      for (const auto& reference : references) {
        config.compile.references.push_back(resolved(config.root, reference));
      }
    }
  }
  return config;
}

std::variant<PublishConfig, ConfigError> loadConfig(const fs::path& start,
                                                    const fs::path& fallbackRoot) {
  std::error_code ec;
  for (auto folder = fs::absolute(start, ec); !folder.empty(); folder = folder.parent_path()) {
    const auto candidate = folder / kConfigFileName;
    if (fs::is_regular_file(candidate, ec)) {
      auto text = readFile(candidate);
      if (auto* error = std::get_if<FileError>(&text)) {
        return ConfigError{error->message};
      }
      return parseConfig(std::get<std::string>(text), candidate);
    }
    if (folder == folder.root_path()) {
      break;
    }
  }
  return defaultConfig(fs::absolute(fallbackRoot, ec).lexically_normal());
}

const Target* findTarget(const PublishConfig& config, const std::string& name) {
  const auto found =
      std::find_if(config.targets.begin(), config.targets.end(),
                   [&](const Target& t) { return name.empty() ? t.isDefault : t.name == name; });
  return found == config.targets.end() ? nullptr : &*found;
}

} // namespace oxt::publish
