#include "publish/publish_extension.h"

#include <algorithm>

#include "checks/check_document.h"
#include "codegen/generate_file.h"
#include "model/build_model.h"
#include "publish/dir_target.h"
#include "publish/http_target.h"
#include "publish/package.h"
#include "publish/sha256.h"

namespace oxt::publish {

namespace fs = std::filesystem;

namespace {

uint32_t percentAt(Stage stage, double within = 0.0) {
  const auto index = static_cast<double>(static_cast<int>(stage));
  const auto total = static_cast<double>(kStages.size());
  return static_cast<uint32_t>((index + std::clamp(within, 0.0, 1.0)) * 100.0 / total);
}

class Pipeline {
public:
  Pipeline(PublishReport& report, ProgressSink& progress, const std::atomic<bool>& cancel)
      : report_(report), progress_(progress), cancel_(cancel) {}

  /// Reports `stage` as started; false (and a failure) when the user cancelled.
  bool enter(Stage stage, const std::string& detail) {
    stage_ = stage;
    if (cancel_.load()) {
      return fail("cancelled before " + std::string(stageName(stage)), true);
    }
    progress_.report(stage, percentAt(stage), detail);
    return true;
  }

  bool fail(std::string message, bool cancelled = false, bool alreadyPublished = false) {
    report_.failure = PublishFailure{stage_, std::move(message), cancelled, alreadyPublished};
    return false;
  }

  bool fail(const TargetError& error) {
    return fail(error.message, error.cancelled, error.alreadyPublished);
  }

  [[nodiscard]] Stage stage() const { return stage_; }

private:
  PublishReport& report_;
  ProgressSink& progress_;
  const std::atomic<bool>& cancel_;
  Stage stage_ = Stage::Verify;
};

} // namespace

PublishReport publishExtension(const syntax::SyntaxTree& tree, const PublishRequest& request,
                               ProgressSink& progress, const std::atomic<bool>& cancel) {
  PublishReport report;
  Pipeline pipeline(report, progress, cancel);
  // Absolute: the compiler runs in the project's folder.
  std::error_code ec;
  const auto oxtFile = fs::absolute(request.oxtFile, ec).lexically_normal();
  const auto oxtName = oxtFile.filename().string();

  // 1. Verify: the checks of the editor; errors stop, warnings are listed.
  if (!pipeline.enter(Stage::Verify, oxtName)) {
    return report;
  }
  const auto* target = findTarget(request.config, request.targetName);
  if (target == nullptr) {
    pipeline.fail("no target named '" + request.targetName + "' in " +
                  (request.config.file ? request.config.file->string() : std::string("oxt.json")));
    return report;
  }
  report.targetName = target->name;
  const auto document = model::buildModel(tree);
  report.diagnostics = checks::checkDocument(tree, document, checks::CheckContext{oxtFile});
  const auto errors =
      std::count_if(report.diagnostics.begin(), report.diagnostics.end(),
                    [](const auto& d) { return d.severity == checks::Severity::Error; });
  if (errors > 0) {
    pipeline.fail(oxtName + " has " + std::to_string(errors) +
                  (errors == 1 ? " error" : " errors") + "; fix " + (errors == 1 ? "it" : "them") +
                  " and publish again");
    return report;
  }
  const auto* extension = document.primary();
  if (extension == nullptr || !extension->declared || extension->name.text.empty()) {
    pipeline.fail(oxtName + " declares no extension");
    return report;
  }
  report.extension = extension->name.text;
  const auto* versionAnnotation = model::findAnnotation(extension->annotations, "version");
  const auto version = versionAnnotation ? model::stringArgument(*versionAnnotation) : std::nullopt;
  if (!version || version->empty()) {
    pipeline.fail(report.extension + " has no version: add @version(\"1.0.0\") before `extension " +
                  report.extension + "` (a target keeps every version apart)");
    return report;
  }
  report.version = *version;
  if (!request.dryRun && !request.force && target->kind == TargetKind::Dir &&
      isPublished(target->path, report.extension, report.version)) {
    pipeline.fail(report.extension + " " + report.version + " is already published to '" +
                      target->name + "' (" +
                      versionFolder(target->path, report.extension, report.version).string() +
                      "): raise @version, or publish with --force to replace it",
                  false, true);
    return report;
  }

  // 2. Update Source Code: generate and merge, as `oxt generate`.
  if (!pipeline.enter(Stage::UpdateSource, report.extension)) {
    return report;
  }
  auto generated = codegen::generateFile(tree, oxtFile);
  if (auto* refusal = std::get_if<codegen::GenerateRefusal>(&generated)) {
    pipeline.fail(refusal->message);
    return report;
  }
  const auto& update = std::get<codegen::UpdateReport>(generated);
  report.generated = codegen::summaryOf(update);
  const auto project = update.folder / "Source" / "NET";
  const auto output = update.folder / "Build";

  // 3. Compile.
  if (!pipeline.enter(Stage::Compile, report.extension + ".dll")) {
    return report;
  }
  auto compiled =
      compile(CompileJob{report.extension, project, output, request.config.compile}, cancel);
  if (auto* failure = std::get_if<CompileFailure>(&compiled)) {
    report.compilerMessages = std::move(failure->messages);
    report.compileLog = failure->log;
    pipeline.fail(failure->message, failure->cancelled);
    return report;
  }
  auto& assembly = std::get<Compiled>(compiled);
  report.compilerMessages = std::move(assembly.messages);
  report.compileLog = assembly.log;

  // 4. Pack.
  if (!pipeline.enter(Stage::Pack, packageFileName(report.extension, report.version))) {
    return report;
  }
  PackJob job;
  job.extension = extension;
  job.version = report.version;
  job.oxtFile = oxtFile;
  job.oxtText = std::string(tree.text());
  job.project = project;
  job.assembly = assembly.assembly;
  job.output = output;
  job.createdUtc = utcNow();
  auto packed = pack(job);
  if (auto* error = std::get_if<PackError>(&packed)) {
    pipeline.fail(error->message);
    return report;
  }
  const auto& package = std::get<Packed>(packed);
  report.package = package.file;
  report.packageSha256 = sha256OfFile(package.file).value_or("");
  if (request.dryRun) {
    return report;
  }

  // 5. Upload: a staged, verified copy in the target.
  const auto location = target->kind == TargetKind::Dir ? target->path.string() : target->http.url;
  if (!pipeline.enter(Stage::Upload, location)) {
    return report;
  }
  const CopyProgress copyProgress = [&](uint64_t done, uint64_t total) {
    const double within = total == 0 ? 1.0 : static_cast<double>(done) / static_cast<double>(total);
    progress.report(Stage::Upload, percentAt(Stage::Upload, within), location);
  };
  if (target->kind == TargetKind::Http) {
    const HttpUploadJob httpJob{target->http,         target->name,   report.extension,
                                report.version,       package.file,   package.manifest,
                                report.packageSha256, job.createdUtc, request.force};
    auto staged = uploadToHttp(httpJob, cancel, copyProgress);
    if (auto* error = std::get_if<TargetError>(&staged)) {
      pipeline.fail(*error);
      return report;
    }
    if (!pipeline.enter(Stage::Publish, target->name)) {
      discardHttp(httpJob, std::get<HttpStaged>(staged));
      return report;
    }
    auto committed = commitToHttp(httpJob, std::get<HttpStaged>(staged), cancel);
    if (auto* error = std::get_if<TargetError>(&committed)) {
      pipeline.fail(*error);
      return report;
    }
    report.published = std::get<std::string>(committed);
    progress.report(Stage::Publish, 100, target->name);
    return report;
  }
  auto staged =
      stageInDir(UploadJob{target->path, package.file, package.manifest, report.packageSha256},
                 cancel, copyProgress);
  if (auto* error = std::get_if<TargetError>(&staged)) {
    pipeline.fail(*error);
    return report;
  }

  // 6. Publish: the staged copy takes its place; the index follows.
  if (!pipeline.enter(Stage::Publish, target->name)) {
    discardStaged(std::get<Staged>(staged));
    return report;
  }
  auto committed =
      commitInDir(std::get<Staged>(staged), report.extension, report.version, request.force);
  if (auto* error = std::get_if<TargetError>(&committed)) {
    pipeline.fail(*error);
    return report;
  }
  report.published = std::get<fs::path>(committed).string();
  progress.report(Stage::Publish, 100, target->name);
  return report;
}

std::string summaryOf(const PublishReport& report) {
  if (const auto& failure = report.failure) {
    return std::string(failure->cancelled ? "Publish cancelled at " : "Publish failed at ") +
           std::string(stageName(failure->stage)) + ": " + failure->message;
  }
  const auto what = report.extension + " " + report.version;
  if (report.published.empty()) {
    return what + " packed in " + report.package.string() + " (dry run: not published to '" +
           report.targetName + "')";
  }
  return what + " published to '" + report.targetName + "' (" + report.published + ")";
}

} // namespace oxt::publish
