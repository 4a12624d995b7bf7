#include "publish/package.h"

#include <algorithm>
#include <chrono>
#include <ctime>
#include <memory>

#include <nlohmann/json.hpp>
#include <zip.h>

#include "publish/sha256.h"
#include "support/atomic_write.h"
#include "support/file_io.h"
#include "support/path_guard.h"
#include "support/version.h"

namespace oxt::publish {

namespace fs = std::filesystem;
using Json = nlohmann::ordered_json;

namespace {

struct Entry {
  std::string name;
  std::string bytes;
};

std::string sourceText(const std::string& text, syntax::ByteRange range) {
  if (range.start >= range.end || range.end > text.size()) {
    return {};
  }
  return text.substr(range.start, range.end - range.start);
}

/// "MssComputeRate(input Principal: Decimal, output Rate: Decimal)".
std::string signatureOf(const model::Action& action, const std::string& text) {
  std::string signature = action.name.text + "(";
  for (std::size_t i = 0; i < action.parameters.size(); ++i) {
    const auto& parameter = action.parameters[i];
    signature += (i == 0 ? "" : ", ");
    signature += parameter.direction == model::Direction::Input ? "input " : "output ";
    signature += parameter.name.text + (parameter.optionalMarker ? "?" : "") + ": " +
                 sourceText(text, parameter.type.range);
  }
  return signature + ")";
}

struct ZipCloser {
  void operator()(zip_t* archive) const { zip_discard(archive); }
};

std::string zipError(zip_t* archive) { return zip_strerror(archive); }

} // namespace

std::string utcNow() {
  const auto now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm parts{};
  gmtime_r(&now, &parts);
  std::array<char, 32> text{};
  const auto length = std::strftime(text.data(), text.size(), "%Y-%m-%dT%H:%M:%SZ", &parts);
  return {text.data(), length};
}

std::string packageFileName(const std::string& extension, const std::string& version) {
  return extension + "-" + version + ".oxtpkg";
}

std::variant<Packed, PackError> pack(const PackJob& job) {
  const auto& extension = *job.extension;
  std::vector<Entry> entries;
  entries.push_back({job.oxtFile.filename().string(), job.oxtText});
  std::error_code ec;
  std::vector<fs::path> sources;
  for (const auto& file : fs::directory_iterator(job.project, ec)) {
    if (file.is_regular_file(ec)) {
      sources.push_back(file.path());
    }
  }
  std::sort(sources.begin(), sources.end());
  const auto add = [&](const std::string& name, const fs::path& path) -> std::optional<PackError> {
    auto bytes = readFile(path);
    if (auto* error = std::get_if<FileError>(&bytes)) {
      return PackError{error->message};
    }
    entries.push_back({name, std::get<std::string>(std::move(bytes))});
    return std::nullopt;
  };
  for (const auto& source : sources) {
    if (auto error = add("Source/NET/" + source.filename().string(), source)) {
      return std::move(*error);
    }
  }
  if (auto error = add("bin/" + job.assembly.filename().string(), job.assembly)) {
    return std::move(*error);
  }
  Json resources = Json::array();
  for (const auto& resource : extension.resources) {
    const auto path = job.oxtFile.parent_path() / resource.pathText;
    // OXT0048 and OXT0059 refuse these at Verify; the package never takes a file
    // from outside the extension's folder, whatever called pack().
    if (auto outside = checkInsideFolder(job.oxtFile.parent_path(), path, "pack")) {
      return PackError{"resource \"" + resource.pathText + "\": " + outside->message};
    }
    if (auto error = add("Resources/" + resource.pathText, path)) {
      return PackError{"resource \"" + resource.pathText + "\": " + error->message};
    }
    resources.push_back(
        {{"path", resource.pathText},
         {"deploy", std::string(model::deployActionName(model::deployActionOf(resource)))}});
  }

  Json actions = Json::array();
  for (const auto& action : extension.actions) {
    actions.push_back(
        {{"name", action.name.text}, {"signature", signatureOf(action, job.oxtText)}});
  }
  Json listed = Json::array();
  std::vector<PackageEntry> packageEntries;
  for (const auto& entry : entries) {
    PackageEntry described{entry.name, entry.bytes.size(), sha256Hex(entry.bytes)};
    listed.push_back(
        {{"path", described.name}, {"size", described.size}, {"sha256", described.sha256}});
    packageEntries.push_back(std::move(described));
  }
  const Json manifest = {{"format", 1},
                         {"extension", extension.name.text},
                         {"version", job.version},
                         {"tool", std::string("oxt ") + kVersion},
                         {"createdUtc", job.createdUtc},
                         {"entries", listed},
                         {"actions", actions},
                         {"resources", resources}};
  Packed packed;
  packed.manifest = manifest.dump(2) + "\n";
  packed.entries = std::move(packageEntries);
  entries.insert(entries.begin(), Entry{"manifest.json", packed.manifest});

  fs::create_directories(job.output, ec);
  removeStaleTemporaries(job.output);
  packed.file = job.output / packageFileName(extension.name.text, job.version);
  // libzip writes the archive under a temporary name; commitWrittenFile flushes it
  // and renames it into place, as every other write (support/atomic_write.h).
  const auto partial = temporaryPathFor(packed.file);
  fs::remove(partial, ec);
  int status = 0;
  std::unique_ptr<zip_t, ZipCloser> archive(
      zip_open(partial.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &status));
  if (!archive) {
    zip_error_t error;
    zip_error_init_with_code(&error, status);
    PackError failure{"cannot write '" + partial.string() + "': " + zip_error_strerror(&error)};
    zip_error_fini(&error);
    return failure;
  }
  for (const auto& entry : entries) {
    zip_source_t* source =
        zip_source_buffer(archive.get(), entry.bytes.data(), entry.bytes.size(), 0);
    if (source == nullptr ||
        zip_file_add(archive.get(), entry.name.c_str(), source, ZIP_FL_ENC_UTF_8) < 0) {
      if (source != nullptr) {
        zip_source_free(source);
      }
      return PackError{"cannot add " + entry.name + " to the package: " + zipError(archive.get())};
    }
  }
  if (zip_close(archive.get()) != 0) {
    auto message = "cannot write '" + partial.string() + "': " + zipError(archive.get());
    return PackError{std::move(message)};
  }
  (void)archive.release(); // zip_close freed it
  if (auto error = commitWrittenFile(partial, packed.file)) {
    return PackError{error->message};
  }
  return packed;
}

std::optional<std::string> readPackageEntry(const fs::path& package, const std::string& name) {
  int status = 0;
  std::unique_ptr<zip_t, ZipCloser> archive(zip_open(package.c_str(), ZIP_RDONLY, &status));
  if (!archive) {
    return std::nullopt;
  }
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_stat(archive.get(), name.c_str(), 0, &stat) != 0) {
    return std::nullopt;
  }
  zip_file_t* file = zip_fopen(archive.get(), name.c_str(), 0);
  if (file == nullptr) {
    return std::nullopt;
  }
  std::string bytes(stat.size, '\0');
  const auto read = zip_fread(file, bytes.data(), stat.size);
  zip_fclose(file);
  if (read < 0 || static_cast<zip_uint64_t>(read) != stat.size) {
    return std::nullopt;
  }
  return bytes;
}

std::vector<std::string> packageEntries(const fs::path& package) {
  std::vector<std::string> names;
  int status = 0;
  std::unique_ptr<zip_t, ZipCloser> archive(zip_open(package.c_str(), ZIP_RDONLY, &status));
  if (!archive) {
    return names;
  }
  const auto count = zip_get_num_entries(archive.get(), 0);
  for (zip_int64_t i = 0; i < count; ++i) {
    if (const char* name = zip_get_name(archive.get(), static_cast<zip_uint64_t>(i), 0)) {
      names.emplace_back(name);
    }
  }
  return names;
}

} // namespace oxt::publish
