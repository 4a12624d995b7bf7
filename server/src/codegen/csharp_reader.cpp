#include "codegen/csharp_reader.h"

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <utility>
#include <variant>
#include <vector>

#include "support/file_io.h"
#include "syntax/syntax_tree.h"

namespace oxt::codegen {

namespace {

using syntax::SyntaxNode;

std::string withoutSpaces(std::string_view text) {
  std::string result;
  for (const char c : text) {
    if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
      result += c;
    }
  }
  return result;
}

/// The class declaration named `name`, searched through namespaces and nested types.
SyntaxNode findClass(const syntax::SyntaxTree& tree, SyntaxNode node, std::string_view name) {
  std::vector<SyntaxNode> pending{node};
  while (!pending.empty()) {
    const auto current = pending.back();
    pending.pop_back();
    if (current.type() == "class_declaration" &&
        tree.textOf(current.childByField("name")) == name) {
      return current;
    }
    const auto children = current.namedChildren();
    for (auto it = children.rbegin(); it != children.rend(); ++it) {
      const auto type = it->type();
      // Only where a class can be: the file, namespaces and type bodies.
      if (type == "namespace_declaration" || type == "declaration_list" ||
          type == "class_declaration" || type == "compilation_unit" ||
          type == "file_scoped_namespace_declaration" || it->isError()) {
        pending.push_back(*it);
      }
    }
  }
  return {};
}

CSharpParameter readParameter(const syntax::SyntaxTree& tree, SyntaxNode node) {
  CSharpParameter parameter;
  parameter.name = std::string(tree.textOf(node.childByField("name")));
  parameter.type = withoutSpaces(tree.textOf(node.childByField("type")));
  for (const auto& child : node.namedChildren()) {
    if (child.type() == "modifier") {
      if (!parameter.modifiers.empty()) {
        parameter.modifiers += ' ';
      }
      parameter.modifiers += std::string(tree.textOf(child));
    }
  }
  return parameter;
}

} // namespace

std::optional<CSharpClass> readCSharpClass(std::string_view source, std::string_view className) {
  const syntax::SyntaxTree tree{std::string(source), syntax::Language::CSharp};
  if (tree.limitProblem()) {
    // Not parsed (support/limits.h): nothing can be said about its methods.
    CSharpClass unread;
    unread.hasErrors = true;
    return unread;
  }
  const auto found = findClass(tree, tree.root(), className);
  if (!found) {
    return std::nullopt;
  }
  CSharpClass result;
  const auto body = found.childByField("body");
  result.hasErrors = found.hasError();
  if (!body) {
    return result;
  }
  for (const auto& member : body.namedChildren()) {
    if (member.type() != "method_declaration") {
      continue;
    }
    CSharpMethod method;
    const auto name = member.childByField("name");
    method.name = std::string(tree.textOf(name));
    method.line = name.startPoint().row + 1;
    method.nameStart = name.byteRange().start;
    method.nameEnd = name.byteRange().end;
    for (const auto& parameter : member.childByField("parameters").namedChildren()) {
      if (parameter.type() == "parameter") {
        method.parameters.push_back(readParameter(tree, parameter));
      }
    }
    result.methods.push_back(std::move(method));
  }
  return result;
}

CSharpFile::CSharpFile(std::string text, std::optional<CSharpClass> found)
    : text_(std::move(text)), lines_(text_), found_(std::move(found)) {
  if (found_) {
    byName_.reserve(found_->methods.size());
    for (const auto& method : found_->methods) {
      byName_.emplace(method.name, &method); // keeps the first of overloads
    }
  }
}

const CSharpMethod* CSharpFile::method(std::string_view name) const {
  const auto it = byName_.find(name);
  return it == byName_.end() ? nullptr : it->second;
}

namespace {

/// What readCSharpFile keeps of a file: the file as read, and when it was read.
struct CachedFile {
  std::filesystem::file_time_type time;
  std::uintmax_t size = 0;
  std::shared_ptr<const CSharpFile> file;
};

/// The cache of every reader; a handful of projects at a time, so no LRU.
class CSharpFileCache {
public:
  using Key = std::pair<std::string, std::string>;
  static constexpr std::size_t kMaxEntries = 32;

  /// The cached file if it is the one on disk now (same time and size).
  std::shared_ptr<const CSharpFile> find(const Key& key, const CachedFile& now) {
    const std::lock_guard lock(mutex_);
    const auto it = entries_.find(key);
    if (it != entries_.end() && it->second.time == now.time && it->second.size == now.size) {
      return it->second.file;
    }
    return nullptr;
  }

  void keep(Key key, CachedFile entry) {
    const std::lock_guard lock(mutex_);
    if (entries_.size() >= kMaxEntries) {
      entries_.clear();
    }
    entries_[std::move(key)] = std::move(entry);
  }

private:
  std::mutex mutex_;
  std::map<Key, CachedFile> entries_;
};

CSharpFileCache& cache() {
  static CSharpFileCache instance;
  return instance;
}

/// The time and size of the file at `path` now, or nothing when it cannot be read.
std::optional<CachedFile> stampOf(const std::filesystem::path& path) {
  std::error_code error;
  CachedFile stamp;
  stamp.time = std::filesystem::last_write_time(path, error);
  stamp.size = error ? 0 : std::filesystem::file_size(path, error);
  if (error) {
    return std::nullopt;
  }
  return stamp;
}

} // namespace

bool isCSharpFileCached(const std::filesystem::path& path, std::string_view className) {
  const auto stamp = stampOf(path);
  return stamp && cache().find({path.string(), std::string(className)}, *stamp) != nullptr;
}

std::shared_ptr<const CSharpFile> readCSharpFile(const std::filesystem::path& path,
                                                 std::string_view className) {
  auto stamp = stampOf(path);
  if (!stamp) {
    return nullptr;
  }
  CSharpFileCache::Key key{path.string(), std::string(className)};
  if (auto cached = cache().find(key, *stamp)) {
    return cached;
  }
  auto bytes = readFile(path);
  auto* text = std::get_if<std::string>(&bytes);
  if (text == nullptr) {
    return nullptr;
  }
  auto found = readCSharpClass(*text, className);
  stamp->file = std::make_shared<const CSharpFile>(std::move(*text), std::move(found));
  auto file = stamp->file;
  cache().keep(std::move(key), std::move(*stamp));
  return file;
}

} // namespace oxt::codegen
