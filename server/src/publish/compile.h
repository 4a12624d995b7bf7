// The Compile stage: the extension's C# project (`<Ext>/Source/NET`) built into
// `<Ext>.dll` by a configurable command, its output kept in a log and the C#
// compiler's messages read back as diagnostics on the C# files.
//
// The command (oxt.json `compile.command`) may use placeholders, each replaced in
// its argument: {sln} {csproj} {out} {outdir} {project}; `{sources}` and
// `{references}` alone in an argument expand to one argument per .cs file and one
// `-r:PATH` per reference. The default is the first found of `dotnet build`,
// `msbuild` and `xbuild` on the .sln, else Mono's `mcs` on the sources.
#pragma once

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "publish/publish_config.h"

namespace oxt::publish {

/// One message of the C# compiler: `file(line,col): error CS0103: msg`.
struct CompilerMessage {
  std::filesystem::path file; // absolute
  uint32_t line = 1;          // 1-based, as the compiler writes it
  uint32_t column = 1;        // 1-based
  bool error = true;          // false: a warning
  std::string code;           // "CS0103"
  std::string message;
};

struct CompileJob {
  std::string extension;         // the assembly's name
  std::filesystem::path project; // `<Ext>/Source/NET`
  std::filesystem::path output;  // the folder for `<Ext>.dll` and compile.log
  CompileSettings settings;
};

struct Compiled {
  std::filesystem::path assembly;
  std::filesystem::path log;
  std::vector<std::string> command;
  std::vector<CompilerMessage> messages; // warnings
};

struct CompileFailure {
  std::string message; // "The compiler exited with errors." or why it could not run
  std::filesystem::path log;
  std::vector<CompilerMessage> messages;
  bool cancelled = false;
};

/// The command that will run, placeholders expanded.
[[nodiscard]] std::vector<std::string> compileCommand(const CompileJob& job);

[[nodiscard]] std::variant<Compiled, CompileFailure> compile(const CompileJob& job,
                                                             const std::atomic<bool>& cancel);

/// The compiler messages in `output`, file names taken from `folder`.
[[nodiscard]] std::vector<CompilerMessage> parseCompilerOutput(std::string_view output,
                                                               const std::filesystem::path& folder);

} // namespace oxt::publish
