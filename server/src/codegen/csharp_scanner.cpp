#include "codegen/csharp_scanner.h"

#include <algorithm>
#include <map>
#include <optional>

namespace oxt::codegen {

namespace {

enum class TokenKind { Identifier, Open, Close, Semicolon, OpenParen, CloseParen, Bracket, Other };

struct Token {
  TokenKind kind = TokenKind::Other;
  std::size_t offset = 0;
  std::string_view text;
};

bool isIdentifierStart(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' ||
         static_cast<unsigned char>(c) >= 0x80;
}
bool isIdentifierPart(char c) { return isIdentifierStart(c) || (c >= '0' && c <= '9'); }

/// Line numbers of offsets, from the offsets of the line ends found once.
class LineNumbers {
public:
  explicit LineNumbers(std::string_view source) {
    for (std::size_t i = 0; i < source.size(); ++i) {
      if (source[i] == '\n') {
        lineEnds_.push_back(i);
      }
    }
  }
  /// 1-based.
  [[nodiscard]] std::size_t at(std::size_t offset) const {
    return static_cast<std::size_t>(std::lower_bound(lineEnds_.begin(), lineEnds_.end(), offset) -
                                    lineEnds_.begin()) +
           1;
  }

private:
  std::vector<std::size_t> lineEnds_;
};

std::size_t lineOf(std::string_view source, std::size_t offset) {
  return LineNumbers(source.substr(0, offset)).at(offset);
}

/// Splits C# source into the tokens the merge needs, skipping comments, strings,
/// chars and preprocessor lines.
class Lexer {
public:
  explicit Lexer(std::string_view source) : source_(source) {}

  std::variant<std::vector<Token>, ScanError> run() {
    bool lineStart = true; // only whitespace since the last line end
    while (pos_ < source_.size()) {
      const char c = source_[pos_];
      if (c == '\n') {
        lineStart = true;
        ++pos_;
        continue;
      }
      if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
        ++pos_;
        continue;
      }
      if (c == '#' && lineStart) {
        skipToLineEnd();
        continue;
      }
      lineStart = false;
      if (auto error = lexOne(c)) {
        return *error;
      }
    }
    return std::move(tokens_);
  }

private:
  std::optional<ScanError> lexOne(char c) {
    const auto start = pos_;
    if (c == '/' && peek(1) == '/') {
      skipToLineEnd();
    } else if (c == '/' && peek(1) == '*') {
      const auto end = source_.find("*/", pos_ + 2);
      if (end == std::string_view::npos) {
        return ScanError{lineOf(source_, start), "a '/*' comment is never closed"};
      }
      pos_ = end + 2;
    } else if (c == '@' && peek(1) == '"') {
      return verbatimString(start, 2);
    } else if ((c == '$' && peek(1) == '@' && peek(2) == '"') ||
               (c == '@' && peek(1) == '$' && peek(2) == '"')) {
      return verbatimString(start, 3);
    } else if (c == '$' && peek(1) == '"') {
      return quoted(start, 2, '"', "a string");
    } else if (c == '"') {
      return quoted(start, 1, '"', "a string");
    } else if (c == '\'') {
      return quoted(start, 1, '\'', "a character literal");
    } else if (isIdentifierStart(c) || (c == '@' && isIdentifierStart(peek(1)))) {
      ++pos_;
      while (pos_ < source_.size() && isIdentifierPart(source_[pos_])) {
        ++pos_;
      }
      tokens_.push_back({TokenKind::Identifier, start, source_.substr(start, pos_ - start)});
    } else {
      tokens_.push_back({kindOf(c), start, source_.substr(start, 1)});
      ++pos_;
    }
    return std::nullopt;
  }

  static TokenKind kindOf(char c) {
    switch (c) {
    case '{':
      return TokenKind::Open;
    case '}':
      return TokenKind::Close;
    case ';':
      return TokenKind::Semicolon;
    case '(':
      return TokenKind::OpenParen;
    case ')':
      return TokenKind::CloseParen;
    case '[':
    case ']':
      return TokenKind::Bracket;
    default:
      return TokenKind::Other;
    }
  }

  [[nodiscard]] char peek(std::size_t ahead) const {
    return pos_ + ahead < source_.size() ? source_[pos_ + ahead] : '\0';
  }

  void skipToLineEnd() {
    const auto end = source_.find('\n', pos_);
    pos_ = end == std::string_view::npos ? source_.size() : end;
  }

  /// A regular string or char: backslash escapes, ends at `quote`, never spans lines.
  std::optional<ScanError> quoted(std::size_t start, std::size_t prefix, char quote,
                                  const char* what) {
    pos_ = start + prefix;
    while (pos_ < source_.size() && source_[pos_] != '\n') {
      if (source_[pos_] == '\\') {
        pos_ += 2;
        continue;
      }
      if (source_[pos_] == quote) {
        ++pos_;
        return std::nullopt;
      }
      ++pos_;
    }
    return ScanError{lineOf(source_, start), std::string(what) + " is never closed"};
  }

  /// `@"…"`: `""` is a quote, line ends allowed.
  std::optional<ScanError> verbatimString(std::size_t start, std::size_t prefix) {
    pos_ = start + prefix;
    while (pos_ < source_.size()) {
      if (source_[pos_] == '"') {
        if (peek(1) == '"') {
          pos_ += 2;
          continue;
        }
        ++pos_;
        return std::nullopt;
      }
      ++pos_;
    }
    return ScanError{lineOf(source_, start), "a verbatim string is never closed"};
  }

  std::string_view source_;
  std::size_t pos_ = 0;
  std::vector<Token> tokens_;
};

/// For each token index of an Open, the index of its Close (and back).
std::variant<std::map<std::size_t, std::size_t>, ScanError>
matchBraces(std::string_view source, const std::vector<Token>& tokens) {
  std::map<std::size_t, std::size_t> match;
  std::vector<std::size_t> open;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].kind == TokenKind::Open) {
      open.push_back(i);
    } else if (tokens[i].kind == TokenKind::Close) {
      if (open.empty()) {
        return ScanError{lineOf(source, tokens[i].offset), "this '}' closes no '{'"};
      }
      match[open.back()] = i;
      open.pop_back();
    }
  }
  if (!open.empty()) {
    return ScanError{lineOf(source, tokens[open.back()].offset), "this '{' is never closed"};
  }
  return match;
}

std::size_t lineStartOf(std::string_view source, std::size_t offset) {
  const auto newline = source.rfind('\n', offset == 0 ? 0 : offset - 1);
  return offset == 0 || newline == std::string_view::npos ? 0 : newline + 1;
}

/// The start of the `///` lines right above the line that starts at `lineStart`
/// (or `lineStart` when there are none).
std::size_t docBlockStart(std::string_view source, std::size_t lineStart) {
  auto begin = lineStart;
  while (begin > 0) {
    const auto previous = lineStartOf(source, begin - 1);
    auto text = source.substr(previous, begin - previous);
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos || text.substr(first, 3) != "///") {
      break;
    }
    begin = previous;
  }
  return begin;
}

} // namespace

std::variant<ScannedClass, ScanError> scanImplementationClass(std::string_view source,
                                                              std::string_view className) {
  auto lexed = Lexer(source).run();
  if (auto* error = std::get_if<ScanError>(&lexed)) {
    return *error;
  }
  const auto& tokens = std::get<std::vector<Token>>(lexed);
  auto matched = matchBraces(source, tokens);
  if (auto* error = std::get_if<ScanError>(&matched)) {
    return *error;
  }
  const auto& match = std::get<std::map<std::size_t, std::size_t>>(matched);

  // The class: `class <className>`, then its `{`.
  std::optional<std::size_t> classOpen;
  for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
    if (tokens[i].text == "class" && tokens[i + 1].text == className) {
      if (classOpen) {
        return ScanError{lineOf(source, tokens[i].offset),
                         "class " + std::string(className) + " is declared twice"};
      }
      auto j = i + 2;
      while (j < tokens.size() && tokens[j].kind != TokenKind::Open) {
        ++j;
      }
      if (j == tokens.size()) {
        return ScanError{lineOf(source, tokens[i].offset),
                         "class " + std::string(className) + " has no body"};
      }
      classOpen = j;
    }
  }
  if (!classOpen) {
    return ScanError{1, "there is no class " + std::string(className)};
  }
  const auto classClose = match.at(*classOpen);

  const LineNumbers lines(source);
  ScannedClass result;
  result.open = tokens[*classOpen].offset;
  result.close = tokens[classClose].offset;
  std::map<std::string, std::size_t> seen;
  auto memberStart = *classOpen + 1; // first token of the current member
  for (auto i = *classOpen + 1; i < classClose; ++i) {
    if (tokens[i].kind == TokenKind::Semicolon) {
      memberStart = i + 1;
      continue;
    }
    if (tokens[i].kind != TokenKind::Open) {
      continue;
    }
    const auto close = match.at(i);
    // The member's name: the first identifier starting with "Mss" followed by '('.
    for (auto j = memberStart; j + 1 < i; ++j) {
      if (tokens[j].kind == TokenKind::Identifier && tokens[j].text.starts_with("Mss") &&
          tokens[j + 1].kind == TokenKind::OpenParen) {
        auto first = j; // back over the modifiers and the return type
        while (first > memberStart && tokens[first - 1].kind == TokenKind::Identifier) {
          --first;
        }
        // The merge replaces the declaration from the start of its line: anything
        // else there (the previous member's '}', an attribute) would be lost.
        const auto lineStart = lineStartOf(source, tokens[first].offset);
        const auto before = source.substr(lineStart, tokens[first].offset - lineStart);
        if (before.find_first_not_of(" \t") != std::string_view::npos) {
          return ScanError{lines.at(tokens[first].offset),
                           "the declaration of " + std::string(tokens[j].text) +
                               " does not start its line: the merge replaces whole "
                               "declaration lines, so it must be on a line of its own"};
        }
        ScannedMethod method;
        method.name = std::string(tokens[j].text);
        method.line = lines.at(tokens[j].offset);
        method.headerBegin = docBlockStart(source, lineStart);
        method.bodyOpen = tokens[i].offset;
        method.bodyClose = tokens[close].offset;
        if (auto [place, added] = seen.emplace(method.name, method.line); !added) {
          return ScanError{method.line, "method " + method.name +
                                            " is defined twice (also at line " +
                                            std::to_string(place->second) +
                                            "): the merge cannot tell which one to update"};
        }
        result.methods.push_back(std::move(method));
        break;
      }
    }
    i = close;
    memberStart = close + 1;
  }
  // A declaration cut off before the class's '}' (`public void MssX(int a` and no
  // body): new stubs are appended there, and would become its body.
  if (memberStart < classClose) {
    return ScanError{lineOf(source, tokens[memberStart].offset),
                     "this declaration has no body and no ';' before the end of class " +
                         std::string(className)};
  }
  return result;
}

} // namespace oxt::codegen
