#include "cli/publish_command.h"

#include <atomic>
#include <csignal>
#include <filesystem>
#include <ostream>
#include <variant>

#include "cli/app.h"
#include "cli/diagnostic_printer.h"
#include "cli/oxt_files.h"
#include "cli/source_file.h"
#include "model/build_model.h"
#include "publish/dir_target.h"
#include "publish/http_target.h"
#include "publish/publish_extension.h"

namespace oxt::cli {

namespace {

namespace fs = std::filesystem;

// Ctrl-C cancels the publish between stages and during copies (the target is left
// as it was) instead of killing the process in the middle of a rename.
std::atomic<bool> gInterrupted{false}; // NOLINT(cppcoreguidelines-avoid-non-const-global-variables)

extern "C" void onInterrupt(int /*signal*/) { gInterrupted.store(true); }

class InterruptGuard {
public:
  InterruptGuard() {
    gInterrupted.store(false);
    previous_ = std::signal(SIGINT, onInterrupt);
  }
  InterruptGuard(const InterruptGuard&) = delete;
  InterruptGuard& operator=(const InterruptGuard&) = delete;
  InterruptGuard(InterruptGuard&&) = delete;
  InterruptGuard& operator=(InterruptGuard&&) = delete;
  ~InterruptGuard() { (void)std::signal(SIGINT, previous_); }

private:
  void (*previous_)(int) = nullptr;
};

/// "[3/6] Compile: MortgageLib.dll" once per stage.
class ProgressLines final : public publish::ProgressSink {
public:
  explicit ProgressLines(std::ostream& out) : out_(out) {}

  void report(publish::Stage stage, uint32_t /*percentage*/, const std::string& detail) override {
    if (shown_ && *shown_ == stage) {
      return; // the copy's progress: one line per stage is enough in a CI log
    }
    shown_ = stage;
    out_ << "[" << static_cast<int>(stage) + 1 << "/" << publish::kStages.size() << "] "
         << publish::stageName(stage) << ": " << detail << "\n"
         << std::flush;
  }

private:
  std::ostream& out_;
  std::optional<publish::Stage> shown_;
};

/// FILE, or the one .oxt file of the current folder.
std::variant<fs::path, std::string> chooseFile(const std::string& file, const char* command) {
  if (!file.empty()) {
    return fs::path(file);
  }
  const auto found = findOxtFiles({"."});
  if (found.files.size() == 1) {
    return found.files.front();
  }
  return std::string("oxt ") + command + ": " +
         (found.files.empty() ? "no .oxt file in the current folder; name one"
                              : "several .oxt files under the current folder; name the one to use");
}

int exitCodeOf(const publish::PublishReport& report) {
  if (report.ok()) {
    return kExitOk;
  }
  switch (report.failure->stage) {
  case publish::Stage::Verify:
  case publish::Stage::UpdateSource:
  case publish::Stage::Compile:
    return kExitProblems;
  case publish::Stage::Pack:
  case publish::Stage::Upload:
  case publish::Stage::Publish:
    return report.failure->cancelled || report.failure->alreadyPublished ? kExitProblems
                                                                         : kExitUsage;
  }
  return kExitProblems;
}

} // namespace

int runPublish(const PublishOptions& options, std::ostream& out, std::ostream& err) {
  auto chosen = chooseFile(options.file, "publish");
  if (const auto* problem = std::get_if<std::string>(&chosen)) {
    err << *problem << "\n";
    return kExitUsage;
  }
  const auto file = std::get<fs::path>(chosen);
  auto bytes = readSourceFile(file);
  if (const auto* failure = std::get_if<SourceFileError>(&bytes)) {
    err << "oxt publish: " << failure->message << "\n";
    return kExitUsage;
  }
  std::error_code ec;
  auto config = publish::loadConfig(fs::absolute(file, ec).parent_path(), fs::current_path(ec));
  if (const auto* error = std::get_if<publish::ConfigError>(&config)) {
    err << "oxt publish: " << error->message << "\n";
    return kExitUsage;
  }
  const syntax::SyntaxTree tree(std::get<std::string>(std::move(bytes)));
  publish::PublishRequest request{file, std::get<publish::PublishConfig>(std::move(config)),
                                  options.target, options.dryRun, options.force};
  ProgressLines progress(out);
  const InterruptGuard guard;
  const auto report = publish::publishExtension(tree, request, progress, gInterrupted);

  for (const auto& diagnostic : report.diagnostics) {
    printDiagnostic(out, file.string(), tree, diagnostic);
  }
  for (const auto& message : report.compilerMessages) {
    out << message.file.string() << ":" << message.line << ":" << message.column << ": "
        << (message.error ? "error" : "warning") << " " << message.code << ": " << message.message
        << "\n";
  }
  if (!report.generated.empty()) {
    out << "  sources: " << report.generated << "\n";
  }
  if (!report.package.empty()) {
    out << "  package: " << report.package.string() << " (sha256 " << report.packageSha256 << ")\n";
  }
  if (report.ok()) {
    out << publish::summaryOf(report) << "\n";
  } else {
    err << "oxt publish: " << publish::summaryOf(report) << "\n";
  }
  return exitCodeOf(report);
}

int runVersions(const VersionsOptions& options, std::ostream& out, std::ostream& err) {
  std::error_code ec;
  std::string extension;
  fs::path start = fs::current_path(ec);
  if (!options.file.empty()) {
    auto bytes = readSourceFile(options.file);
    if (const auto* failure = std::get_if<SourceFileError>(&bytes)) {
      err << "oxt versions: " << failure->message << "\n";
      return kExitUsage;
    }
    const syntax::SyntaxTree tree(std::get<std::string>(std::move(bytes)));
    const auto document = model::buildModel(tree);
    if (document.primary() == nullptr || document.primary()->name.text.empty()) {
      err << "oxt versions: " << options.file << " declares no extension\n";
      return kExitUsage;
    }
    extension = document.primary()->name.text;
    start = fs::absolute(options.file, ec).parent_path();
  }
  auto loaded = publish::loadConfig(start, fs::current_path(ec));
  if (const auto* error = std::get_if<publish::ConfigError>(&loaded)) {
    err << "oxt versions: " << error->message << "\n";
    return kExitUsage;
  }
  const auto& config = std::get<publish::PublishConfig>(loaded);
  const auto* target = publish::findTarget(config, options.target);
  if (target == nullptr) {
    err << "oxt versions: no target named '" << options.target << "'\n";
    return kExitUsage;
  }
  auto listed = target->kind == publish::TargetKind::Http
                    ? publish::listHttpVersions(target->http, extension)
                    : publish::listVersions(target->path, extension);
  if (const auto* error = std::get_if<publish::TargetError>(&listed)) {
    err << "oxt versions: " << error->message << "\n";
    return kExitUsage;
  }
  const auto& versions = std::get<std::vector<publish::PublishedVersion>>(listed);
  if (versions.empty()) {
    out << "no versions" << (extension.empty() ? "" : " of " + extension) << " in '" << target->name
        << "' (" << target->path.string() << ")\n";
  }
  for (const auto& version : versions) {
    out << version.extension << " " << version.version << "  " << version.createdUtc
        << "  sha256:" << version.sha256 << "\n";
  }
  return kExitOk;
}

} // namespace oxt::cli
