#include "publish/compile.h"

#include <algorithm>
#include <optional>
#include <sstream>

#include "publish/run_process.h"
#include "support/file_io.h"

namespace oxt::publish {

namespace fs = std::filesystem;

namespace {

std::vector<fs::path> filesWithExtension(const fs::path& folder, std::string_view extension) {
  std::vector<fs::path> files;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(folder, ec)) {
    if (entry.is_regular_file(ec) && entry.path().extension() == extension) {
      files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::vector<std::string> defaultCommand() {
  // Whole-solution builders first: they honour the .csproj the developer may have
  // extended; mcs only compiles the sources.
  if (!findProgram("dotnet").empty()) {
    return {"dotnet", "build", "{sln}", "-o", "{outdir}"};
  }
  if (!findProgram("msbuild").empty()) {
    return {"msbuild", "{sln}", "-p:OutDir={outdir}/"};
  }
  if (!findProgram("xbuild").empty()) {
    return {"xbuild", "{sln}", "/p:OutDir={outdir}/"};
  }
  return {"mcs",
          "-nologo",
          "-target:library",
          "-out:{out}",
          "-r:System.Data.dll",
          "-r:System.Xml.dll",
          "{references}",
          "{sources}"};
}

void replaceAll(std::string& text, std::string_view from, const std::string& to) {
  for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
}

fs::path firstOr(const std::vector<fs::path>& files, const fs::path& fallback) {
  return files.empty() ? fallback : files.front();
}

} // namespace

std::vector<std::string> compileCommand(const CompileJob& job) {
  const auto pattern = job.settings.command.empty() ? defaultCommand() : job.settings.command;
  const auto assembly = job.output / (job.extension + ".dll");
  const auto sln =
      firstOr(filesWithExtension(job.project, ".sln"), job.project / (job.extension + ".sln"));
  const auto csproj = firstOr(filesWithExtension(job.project, ".csproj"),
                              job.project / (job.extension + ".csproj"));
  std::vector<std::string> command;
  for (auto argument : pattern) {
    if (argument == "{sources}") {
      for (const auto& source : filesWithExtension(job.project, ".cs")) {
        command.push_back(source.string());
      }
      continue;
    }
    if (argument == "{references}") {
      for (const auto& reference : job.settings.references) {
        command.push_back("-r:" + reference.string());
      }
      continue;
    }
    replaceAll(argument, "{sln}", sln.string());
    replaceAll(argument, "{csproj}", csproj.string());
    replaceAll(argument, "{outdir}", job.output.string());
    replaceAll(argument, "{out}", assembly.string());
    replaceAll(argument, "{project}", job.project.string());
    command.push_back(std::move(argument));
  }
  return command;
}

namespace {

bool allDigits(std::string_view text) {
  return !text.empty() && text.find_first_not_of("0123456789") == std::string_view::npos;
}

std::string_view trimmed(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r");
  if (first == std::string_view::npos) {
    return {};
  }
  const auto last = text.find_last_not_of(" \t\r");
  return text.substr(first, last - first + 1);
}

/// One line of compiler output as a message, or nothing. The format of mcs and csc:
/// `Shop.cs(12,5): error CS0103: The name 'x' does not exist …`, to which msbuild adds
/// ` [project.csproj]`. Read by hand: GCC 12 warns inside <regex> at -O2 (asan build).
std::optional<CompilerMessage> parseLine(std::string_view line, const fs::path& folder) {
  line = trimmed(line);
  for (auto close = line.find("):"); close != std::string_view::npos;
       close = line.find("):", close + 1)) {
    const auto open = line.rfind('(', close);
    if (open == std::string_view::npos || open == 0) {
      continue;
    }
    const auto place = line.substr(open + 1, close - open - 1);
    const auto comma = place.find(',');
    if (comma == std::string_view::npos || !allDigits(place.substr(0, comma)) ||
        !allDigits(place.substr(comma + 1))) {
      continue;
    }
    auto rest = trimmed(line.substr(close + 2));
    CompilerMessage message;
    if (rest.rfind("error", 0) == 0) {
      message.error = true;
      rest.remove_prefix(5);
    } else if (rest.rfind("warning", 0) == 0) {
      message.error = false;
      rest.remove_prefix(7);
    } else {
      return std::nullopt;
    }
    rest = trimmed(rest);
    const auto colon = rest.find(':');
    const auto code = rest.substr(0, colon);
    if (colon == std::string_view::npos || code.size() < 3 || code.substr(0, 2) != "CS" ||
        !allDigits(code.substr(2))) {
      return std::nullopt;
    }
    auto text = trimmed(rest.substr(colon + 1));
    if (!text.empty() && text.back() == ']') {
      const auto bracket = text.rfind(" [");
      if (bracket != std::string_view::npos) {
        text = trimmed(text.substr(0, bracket));
      }
    }
    const fs::path file(std::string(line.substr(0, open)));
    message.file = (file.is_absolute() ? file : folder / file).lexically_normal();
    message.line =
        static_cast<uint32_t>(std::max(1L, std::stol(std::string(place.substr(0, comma)))));
    message.column =
        static_cast<uint32_t>(std::max(1L, std::stol(std::string(place.substr(comma + 1)))));
    message.code = std::string(code);
    message.message = std::string(text);
    return message;
  }
  return std::nullopt;
}

} // namespace

std::vector<CompilerMessage> parseCompilerOutput(std::string_view output, const fs::path& folder) {
  std::vector<CompilerMessage> messages;
  std::istringstream lines{std::string(output)};
  std::string line;
  while (std::getline(lines, line)) {
    auto message = parseLine(line, folder);
    if (!message) {
      continue;
    }
    // msbuild repeats every message in its summary: keep one.
    const bool seen = std::any_of(messages.begin(), messages.end(), [&](const CompilerMessage& m) {
      return m.file == message->file && m.line == message->line && m.column == message->column &&
             m.code == message->code;
    });
    if (!seen) {
      messages.push_back(std::move(*message));
    }
  }
  return messages;
}

std::variant<Compiled, CompileFailure> compile(const CompileJob& job,
                                               const std::atomic<bool>& cancel) {
  std::error_code ec;
  fs::create_directories(job.output, ec);
  if (ec) {
    return CompileFailure{"cannot create '" + job.output.string() + "': " + ec.message(), {}, {}};
  }
  const auto log = job.output / "compile.log";
  const auto assembly = job.output / (job.extension + ".dll");
  fs::remove(assembly, ec); // an old assembly must not pass for a new one
  const auto command = compileCommand(job);
  auto run = runProcess(command, job.project, log, cancel, job.settings.hiddenVariables);
  if (auto* error = std::get_if<ProcessError>(&run)) {
    return CompileFailure{error->message +
                              " (install a C# compiler, e.g. the Debian package mono-mcs, or set "
                              "compile.command in oxt.json)",
                          log,
                          {}};
  }
  const auto exit = std::get<ProcessExit>(run);
  auto output = readFile(log);
  auto messages = parseCompilerOutput(
      std::holds_alternative<std::string>(output) ? std::get<std::string>(output) : "",
      job.project);
  if (exit.cancelled) {
    return CompileFailure{"cancelled while compiling", log, std::move(messages), true};
  }
  const bool errors = std::any_of(messages.begin(), messages.end(),
                                  [](const CompilerMessage& m) { return m.error; });
  if (exit.code != 0 || errors) {
    auto message =
        std::string(errors ? "The compiler exited with errors."
                           : "The compiler exited with code " + std::to_string(exit.code) + ".");
    if (!errors) {
      // Not a message on a file (a missing reference, a bad option): quote its first error.
      const std::string text =
          std::holds_alternative<std::string>(output) ? std::get<std::string>(output) : "";
      const auto at = text.find("error");
      if (at != std::string::npos) {
        const auto begin = text.rfind('\n', at);
        const auto start = begin == std::string::npos ? 0 : begin + 1;
        message += " " + text.substr(start, text.find('\n', at) - start);
      }
    }
    return CompileFailure{message + " See " + log.string(), log, std::move(messages)};
  }
  if (!fs::is_regular_file(assembly, ec)) {
    return CompileFailure{"the compiler wrote no " + assembly.filename().string() + " in " +
                              job.output.string() + " (see " + log.string() + ")",
                          log, std::move(messages)};
  }
  return Compiled{assembly, log, command, std::move(messages)};
}

} // namespace oxt::publish
