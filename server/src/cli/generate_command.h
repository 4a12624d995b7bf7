// `oxt generate`: write or update the C# sources of each extension beside its
// `.oxt` file (codegen/project_update.h): `<Ext>/Source/NET/`, the pristine
// copies in `<Ext>/Templates/NET/`, and backups in `<Ext>/Backups/`.
//
//   oxt generate [PATH...]   .oxt files or folders (default: the current folder)
//
// A file with error diagnostics is not generated: its diagnostics are printed as
// `oxt check` prints them.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace oxt::cli {

struct GenerateOptions {
  std::vector<std::string> paths;
};

/// Exit code 0 when every file was generated; 1 when a file has errors or its
/// `<Ext>.cs` cannot be merged (nothing is written for that file); 2 when a path
/// cannot be read, nothing was found, or a file cannot be written.
int runGenerate(const GenerateOptions& options, std::ostream& out, std::ostream& err);

} // namespace oxt::cli
