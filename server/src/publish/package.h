// The Pack stage: one `<Ext>-<version>.oxtpkg`, a zip (libzip) holding
// `manifest.json`, the `.oxt` file, the C# project's sources, the compiled
// assembly and the resources (docs/publishing.md lists the layout).
//
// Why a manifest with a SHA-256 per entry: a target (or a person) can check every
// file of a published version without trusting the zip's CRC-32s.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "model/extension_model.h"

namespace oxt::publish {

struct PackJob {
  const model::Extension* extension = nullptr;
  std::string version;            // "1.0.0"
  std::filesystem::path oxtFile;  // where the definition lives (resources are beside it)
  std::string oxtText;            // the definition as published (maybe an editor's text)
  std::filesystem::path project;  // `<Ext>/Source/NET`
  std::filesystem::path assembly; // `<Ext>.dll`
  std::filesystem::path output;   // the folder for the package
  std::string createdUtc;         // "2026-11-28T17:00:00Z"
};

struct PackageEntry {
  std::string name; // "Source/NET/MortgageLib.cs"
  std::size_t size = 0;
  std::string sha256;
};

struct Packed {
  std::filesystem::path file;        // `<output>/<Ext>-<version>.oxtpkg`
  std::string manifest;              // the text of manifest.json
  std::vector<PackageEntry> entries; // what the manifest lists (all but itself)
};

struct PackError {
  std::string message;
};

[[nodiscard]] std::string packageFileName(const std::string& extension, const std::string& version);

[[nodiscard]] std::variant<Packed, PackError> pack(const PackJob& job);

/// The bytes of entry `name` of the zip at `package`; nullopt when it cannot be read.
[[nodiscard]] std::optional<std::string> readPackageEntry(const std::filesystem::path& package,
                                                          const std::string& name);

/// The names of the entries of the zip at `package`, in order.
[[nodiscard]] std::vector<std::string> packageEntries(const std::filesystem::path& package);

/// "2026-11-28T17:00:00Z" for now.
[[nodiscard]] std::string utcNow();

} // namespace oxt::publish
