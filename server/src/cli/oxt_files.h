// Finding the `.oxt` files a command works on.
//
// A path given by the user is taken as it is when it is a file (whatever its
// extension: the user asked for it) and searched recursively for `*.oxt` when it
// is a folder, skipping hidden folders and build output (`.git`, `build`,
// `node_modules`), in a stable, sorted order.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace oxt::cli {

struct FoundFiles {
  std::vector<std::filesystem::path> files;
  std::vector<std::string> errors; // "no such file or folder: 'x'"
};

[[nodiscard]] FoundFiles findOxtFiles(const std::vector<std::string>& paths);

} // namespace oxt::cli
