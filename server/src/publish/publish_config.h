// `oxt.json` at the workspace root: where extensions are published (targets, one
// of them the default) and how their C# is compiled (docs/publishing.md).
//
// Why the embedded default: a workspace without `oxt.json` can still publish, to
// the folder `.oxt/platform` in the workspace, and compile with the first compiler
// found (compile.h).
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace oxt::publish {

enum class TargetKind { Dir, Http };

enum class HttpAuth { None, Bearer, Basic };

/// An `http`/`https` target: an endpoint that accepts PUT (http_target.h).
struct HttpSettings {
  std::string url; // "https://repo.example.com/oxt" (no trailing '/')
  HttpAuth auth = HttpAuth::None;
  std::string credentialsEnv; // the environment variable holding the token or "user:password"
  int retries = 3;            // after the first attempt, on network errors and 5xx
  int retryDelayMs = 500;     // doubled after each retry
  int timeoutSeconds = 60;
};

struct Target {
  std::string name;
  TargetKind kind = TargetKind::Dir;
  std::filesystem::path path; // Dir: absolute (relative ones are taken from the workspace root)
  bool isDefault = false;
  HttpSettings http; // Http only
};

struct CompileSettings {
  /// The compiler's command line, with placeholders (compile.h); empty: the default.
  std::vector<std::string> command;
  /// Assemblies to compile against (absolute), e.g. the OutSystems runtime's.
  std::vector<std::filesystem::path> references;
  /// Environment variables the compiler does not inherit: every target's
  /// credentials (a build tool at high verbosity prints its environment into the
  /// log, and the log's messages reach the user's screen).
  std::vector<std::string> hiddenVariables;
};

struct PublishConfig {
  std::filesystem::path root;                // the workspace root (the folder of oxt.json)
  std::optional<std::filesystem::path> file; // oxt.json, when there is one
  std::vector<Target> targets;               // never empty; exactly one isDefault
  CompileSettings compile;
};

struct ConfigError {
  std::string message; // "oxt.json: targets.prod: 'type' must be \"dir\""
};

inline constexpr const char* kConfigFileName = "oxt.json";
inline constexpr const char* kDefaultTargetName = "local";

/// Reads `oxt.json` from the first of `start` and its parents that holds one; with
/// none, the embedded default rooted at `fallbackRoot`.
[[nodiscard]] std::variant<PublishConfig, ConfigError>
loadConfig(const std::filesystem::path& start, const std::filesystem::path& fallbackRoot);

/// Reads the text of an `oxt.json` found at `file`.
[[nodiscard]] std::variant<PublishConfig, ConfigError>
parseConfig(const std::string& text, const std::filesystem::path& file);

/// The embedded default: one dir target "local" at `<root>/.oxt/platform`.
[[nodiscard]] PublishConfig defaultConfig(const std::filesystem::path& root);

/// The target named `name`, or the default when `name` is empty; nullptr when no
/// target has that name.
[[nodiscard]] const Target* findTarget(const PublishConfig& config, const std::string& name);

} // namespace oxt::publish
