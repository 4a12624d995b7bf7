#include "codegen/merge_implementation.h"

#include <algorithm>
#include <optional>

#include "codegen/action_methods.h"
#include "codegen/csharp_scanner.h"
#include "model/names.h"

namespace oxt::codegen {

namespace {

struct Replacement {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string text;
};

std::string withLineEnds(std::string text, bool crlf) {
  if (crlf) {
    return text;
  }
  std::erase(text, '\r');
  return text;
}

/// The method for `action`: by exact name, else the only one equal but for case.
std::optional<std::size_t> findMethod(const std::vector<ScannedMethod>& methods,
                                      const std::vector<bool>& taken, const std::string& name) {
  for (std::size_t i = 0; i < methods.size(); ++i) {
    if (!taken[i] && methods[i].name == name) {
      return i;
    }
  }
  std::optional<std::size_t> found;
  for (std::size_t i = 0; i < methods.size(); ++i) {
    if (!taken[i] && model::equalsIgnoringCase(methods[i].name, name)) {
      if (found) {
        return std::nullopt;
      }
      found = i;
    }
  }
  return found;
}

std::size_t lineStartOf(std::string_view text, std::size_t offset) {
  const auto newline = text.rfind('\n', offset == 0 ? 0 : offset - 1);
  return offset == 0 || newline == std::string_view::npos ? 0 : newline + 1;
}

} // namespace

std::variant<MergeResult, MergeError> mergeImplementation(std::string_view existing,
                                                          const model::Extension& extension) {
  const auto className = implementationClassName(extension);
  auto scanned = scanImplementationClass(existing, className);
  if (const auto* error = std::get_if<ScanError>(&scanned)) {
    return MergeError{"line " + std::to_string(error->line) + ": " + error->message};
  }
  const auto& cls = std::get<ScannedClass>(scanned);
  const bool crlf = existing.find("\r\n") != std::string_view::npos ||
                    existing.find('\n') == std::string_view::npos;

  MergeResult result;
  std::vector<Replacement> replacements;
  std::vector<bool> taken(cls.methods.size(), false);
  std::string appended;
  for (const auto& action : extension.actions) {
    const auto name = methodName(action);
    if (auto index = findMethod(cls.methods, taken, name)) {
      taken[*index] = true;
      const auto& method = cls.methods[*index];
      const auto header = withLineEnds(implementationHeader(extension, action), crlf);
      const auto end = method.bodyOpen + 1;
      if (existing.substr(method.headerBegin, end - method.headerBegin) != header) {
        replacements.push_back({method.headerBegin, end, header});
        result.report.updated.push_back(name);
      }
    } else {
      appended += withLineEnds(implementationStub(extension, action), crlf);
      appended += crlf ? "\r\n" : "\n";
      result.report.added.push_back(name);
    }
  }
  for (std::size_t i = 0; i < cls.methods.size(); ++i) {
    if (!taken[i]) {
      result.report.orphaned.push_back(cls.methods[i].name);
    }
  }
  if (!appended.empty()) {
    // Before the line of the class's closing brace (or right before the brace when
    // something else is on its line).
    auto at = lineStartOf(existing, cls.close);
    const auto before = existing.substr(at, cls.close - at);
    if (before.find_first_not_of(" \t") != std::string_view::npos) {
      at = cls.close;
      appended = (crlf ? "\r\n" : "\n") + appended;
    } else if (at > 0) {
      // After `///` lines that document nothing, a blank line first: else they would
      // join the first stub's doc comment, and the next merge would replace them.
      const auto previousStart = lineStartOf(existing, at - 1);
      const auto previous = existing.substr(previousStart, at - previousStart);
      const auto first = previous.find_first_not_of(" \t");
      if (first != std::string_view::npos && previous.substr(first, 3) == "///") {
        appended = (crlf ? "\r\n" : "\n") + appended;
      }
    }
    replacements.push_back({at, at, appended});
  }

  // One pass from the start: what is kept, then each replacement, in order.
  std::sort(replacements.begin(), replacements.end(),
            [](const Replacement& a, const Replacement& b) { return a.begin < b.begin; });
  result.text.reserve(existing.size() + appended.size());
  std::size_t kept = 0;
  for (const auto& replacement : replacements) {
    result.text.append(existing.substr(kept, replacement.begin - kept));
    result.text += replacement.text;
    kept = replacement.end;
  }
  result.text.append(existing.substr(kept));
  return result;
}

} // namespace oxt::codegen
