// Resources: a relative path to a file that exists (beside the `.oxt` file, and
// not through a symbolic link leading out of that folder), not empty when deployed
// to Binaries, with a file name that is neither reserved nor used by another
// resource.
#include <algorithm>
#include <array>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <unordered_map>

#include "checks/check_functions.h"
#include "checks/fixes.h"
#include "model/names.h"
#include "support/path_guard.h"

namespace oxt::checks {

namespace {

namespace fs = std::filesystem;
using model::Resource;

/// Calls `visit(resource)` for every resource with a path that the checks report on.
template <typename Visit> void forEachResource(const CheckInput& input, Visit&& visit) {
  const auto& extensions = input.document.extensions;
  for (uint32_t x = 0; x < extensions.size(); ++x) {
    const auto& resources = extensions[x].resources;
    for (uint32_t r = 0; r < resources.size(); ++r) {
      if (input.checksRecord(x, RecordKind::Resource, r) && !resources[r].path.text.empty()) {
        visit(resources[r]);
      }
    }
  }
}

bool isAbsolute(std::string_view path) {
  return (!path.empty() && (path.front() == '/' || path.front() == '\\')) ||
         (path.size() >= 2 && path[1] == ':');
}

bool leavesFolder(std::string_view path) {
  std::size_t start = 0;
  while (start <= path.size()) {
    const auto end = path.find_first_of("/\\", start);
    if (path.substr(start, end == std::string_view::npos ? end : end - start) == "..") {
      return true;
    }
    if (end == std::string_view::npos) {
      break;
    }
    start = end + 1;
  }
  return false;
}

/// Why the path is unusable, or "".
std::string pathProblem(std::string_view path) {
  if (path.empty()) {
    return "a resource needs the path of its file";
  }
  if (isAbsolute(path)) {
    return "'" + std::string(path) +
           "' is absolute: resource paths are relative to the folder of the .oxt file";
  }
  if (leavesFolder(path)) {
    return "'" + std::string(path) +
           "' leaves the folder of the .oxt file: resource paths may not use '..'";
  }
  if (path.back() == '/' || path.back() == '\\') {
    return "'" + std::string(path) + "' names a folder: a resource is a file";
  }
  return "";
}

/// The file of `resource` on disk, when the document has a path and the
/// resource's path is usable.
std::optional<fs::path> fileOf(const CheckInput& input, const Resource& resource) {
  if (input.context.filePath.empty() || !pathProblem(resource.pathText).empty()) {
    return std::nullopt;
  }
  auto relative = resource.pathText;
  std::replace(relative.begin(), relative.end(), '\\', '/');
  return input.context.filePath.parent_path() / fs::path(relative);
}

} // namespace

void checkResourcePaths(const CheckInput& input, Reporter& reporter) {
  forEachResource(input, [&](const Resource& resource) {
    if (auto problem = pathProblem(resource.pathText); !problem.empty()) {
      reporter.report(resource.path.range, std::move(problem));
    }
  });
}

void checkResourceSeparators(const CheckInput& input, Reporter& reporter) {
  forEachResource(input, [&](const Resource& resource) {
    if (resource.pathText.find('\\') != std::string::npos && !isAbsolute(resource.pathText)) {
      auto fixed = resource.pathText;
      std::replace(fixed.begin(), fixed.end(), '\\', '/');
      auto& diagnostic =
          reporter.report(resource.path.range, "write resource paths with '/': \"" + fixed + "\"");
      // Rewritten as a plain string: a path needs no escapes once its '\\' are '/'.
      if (fixed.find_first_of("\"\n\r\t") == std::string::npos) {
        diagnostic.fixes.push_back(
            replaceFix("Use '/' in the path", resource.path.range, "\"" + fixed + "\"", true));
      }
    }
  });
}

void checkResourceFilesExist(const CheckInput& input, Reporter& reporter) {
  forEachResource(input, [&](const Resource& resource) {
    const auto file = fileOf(input, resource);
    std::error_code ec;
    if (file && !fs::is_regular_file(*file, ec)) {
      reporter.report(resource.path.range,
                      "The file '" + resource.pathText + "' was not found on the file system.");
    }
  });
}

void checkEmptyBinaries(const CheckInput& input, Reporter& reporter) {
  forEachResource(input, [&](const Resource& resource) {
    const auto file = fileOf(input, resource);
    std::error_code ec;
    if (file && fs::is_regular_file(*file, ec) && fs::file_size(*file, ec) == 0 && !ec &&
        model::deployActionOf(resource) == model::DeployAction::Binaries) {
      reporter.report(resource.path.range,
                      "Resource '" + std::string(model::fileNameOf(resource)) +
                          "' is empty and cannot be stored in the Binaries directory in the "
                          "Platform Server.");
    }
  });
}

void checkReservedResourceNames(const CheckInput& input, Reporter& reporter) {
  constexpr std::array<std::string_view, 2> kReserved{"web.config", "compressor"};
  forEachResource(input, [&](const Resource& resource) {
    const auto name = model::fileNameOf(resource);
    for (const auto reserved : kReserved) {
      if (model::equalsIgnoringCase(name, reserved)) {
        reporter.report(resource.path.range,
                        "The Resource " + std::string(name) +
                            " has a reserved file name and therefore its Deploy Action will be "
                            "ignored.");
      }
    }
  });
}

void checkHubEditionResources(const CheckInput& input, Reporter& reporter) {
  constexpr std::string_view kPrefix = "outsystemshubedition";
  forEachResource(input, [&](const Resource& resource) {
    const auto name = model::fileNameOf(resource);
    if (model::foldCase(name.substr(0, kPrefix.size())) == kPrefix) {
      reporter.report(resource.path.range, "The Resource " + std::string(name) +
                                               " should not be included in the Extension.");
    }
  });
}

void checkDuplicateResources(const CheckInput& input, Reporter& reporter) {
  const auto& extensions = input.document.extensions;
  for (uint32_t x = 0; x < extensions.size(); ++x) {
    // Every resource's name is read, and only those the checks report on are reported.
    std::unordered_map<std::string, const Resource*> byName;
    const auto& resources = extensions[x].resources;
    for (uint32_t r = 0; r < resources.size(); ++r) {
      const auto& resource = resources[r];
      const auto name = model::fileNameOf(resource);
      if (name.empty()) {
        continue;
      }
      const auto [it, inserted] = byName.try_emplace(model::foldCase(name), &resource);
      if (inserted || !input.checksRecord(x, RecordKind::Resource, r)) {
        continue;
      }
      auto& diagnostic = reporter.report(
          resource.path.range,
          "'" + std::string(name) + "' is already the file name of resource \"" +
              it->second->pathText + "\": resources are identified by their file name");
      diagnostic.related.push_back({"first declared here", it->second->path.range});
    }
  }
}

void checkResourceLinks(const CheckInput& input, Reporter& reporter) {
  forEachResource(input, [&](const Resource& resource) {
    const auto file = fileOf(input, resource);
    const auto folder = input.context.filePath.parent_path();
    if (!file || isInsideFolder(folder.empty() ? fs::path(".") : folder, *file)) {
      return;
    }
    // The path has no '..' and is relative (OXT0048): a symbolic link leads out, and
    // the package would carry a file from elsewhere on the machine.
    const auto target = resolvedPath(*file);
    reporter.report(resource.path.range,
                    "'" + resource.pathText +
                        "' is a symbolic link out of the folder of the .oxt file (to '" +
                        (target ? target->string() : std::string("?")) +
                        "'): a resource must lie inside that folder");
  });
}

} // namespace oxt::checks
