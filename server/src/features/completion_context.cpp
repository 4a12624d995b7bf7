#include "features/completion_context.h"

#include <algorithm>
#include <optional>
#include <string_view>

namespace oxt::features {

namespace {

// --- Tokens ------------------------------------------------------------------------

enum class TokenKind { Word, String, Number, DateTime, Punct, Comment, Other };

struct Token {
  TokenKind kind = TokenKind::Other;
  uint32_t start = 0;
  uint32_t end = 0;
  bool closed = true; // strings and block comments: the closing delimiter is there
  bool block = false; // comments: `/* … */`
};

bool isWordByte(unsigned char c) {
  // Non-ASCII bytes belong to words: the grammar accepts letters of any script, and
  // a character that is not a letter is an error the checker reports, not a place
  // where completion has anything useful to say.
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' ||
         c >= 0x80;
}

bool isDigit(unsigned char c) { return c >= '0' && c <= '9'; }

bool isSpace(unsigned char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

bool isLineEnd(char c) { return c == '\n' || c == '\r'; }

/// Appends the tokens of `text` from byte `from` on, as grammar/grammar.js lexes them
/// (comments included).
void tokenize(std::string_view text, uint32_t from, std::vector<Token>& tokens) {
  const auto size = static_cast<uint32_t>(text.size());
  uint32_t i = from;
  auto byteAt = [&](uint32_t at) { return static_cast<unsigned char>(text[at]); };
  while (i < size) {
    const auto c = byteAt(i);
    if (isSpace(c)) {
      ++i;
      continue;
    }
    if (c == 0xEF && i + 2 < size && byteAt(i + 1) == 0xBB && byteAt(i + 2) == 0xBF) {
      i += 3; // U+FEFF, whitespace in the grammar
      continue;
    }
    Token token;
    token.start = i;
    if (c == '/' && i + 1 < size && text[i + 1] == '/') {
      token.kind = TokenKind::Comment;
      while (i < size && !isLineEnd(text[i])) {
        ++i;
      }
    } else if (c == '/' && i + 1 < size && text[i + 1] == '*') {
      token.kind = TokenKind::Comment;
      token.block = true;
      const auto close = text.find("*/", i + 2);
      token.closed = close != std::string_view::npos;
      i = token.closed ? static_cast<uint32_t>(close) + 2 : size;
    } else if (c == '"') {
      token.kind = TokenKind::String;
      token.closed = false;
      ++i;
      while (i < size && !isLineEnd(text[i])) {
        if (text[i] == '\\' && i + 1 < size && !isLineEnd(text[i + 1])) {
          i += 2;
          continue;
        }
        if (text[i] == '"') {
          ++i;
          token.closed = true;
          break;
        }
        ++i;
      }
    } else if (c == '#') {
      token.kind = TokenKind::DateTime;
      ++i;
      while (i < size && !isLineEnd(text[i]) && text[i] != '#') {
        ++i;
      }
      token.closed = i < size && text[i] == '#';
      if (token.closed) {
        ++i;
      }
    } else if (isDigit(c) || (c == '-' && i + 1 < size && isDigit(byteAt(i + 1)))) {
      token.kind = TokenKind::Number;
      ++i;
      while (i < size && (isDigit(byteAt(i)) || text[i] == '.')) {
        ++i;
      }
    } else if (isWordByte(c)) {
      token.kind = TokenKind::Word;
      while (i < size && isWordByte(byteAt(i))) {
        ++i;
      }
    } else {
      token.kind =
          std::string_view("{}()<>,:?=@").find(static_cast<char>(c)) != std::string_view::npos
              ? TokenKind::Punct
              : TokenKind::Other;
      ++i;
    }
    token.end = i;
    tokens.push_back(token);
  }
}

// --- The recognizer ----------------------------------------------------------------

enum class Step {
  MemberStart,
  AfterAt,
  AfterAnnotationName,
  InAnnotationArgs,
  AfterDeclarationKeyword,
  AfterDeclarationName,
  AfterResourceKeyword,
  AfterDirection,
  AfterElementName,
  TypeStart,
  AfterGenericKeyword,
  AfterTypeName,
  InTypeArguments,
  AfterEquals,
  Complete,
};

bool isDeclarationKeyword(std::string_view word) {
  return word == "action" || word == "structure" || word == "entity" || word == "resource" ||
         word == "extension";
}

std::optional<BodyKind> bodyOfKeyword(std::string_view word) {
  if (word == "extension") {
    return BodyKind::Extension;
  }
  if (word == "action") {
    return BodyKind::Action;
  }
  if (word == "structure") {
    return BodyKind::Structure;
  }
  if (word == "entity") {
    return BodyKind::Entity;
  }
  return std::nullopt;
}

class Recognizer {
public:
  Recognizer(std::string_view text, const std::vector<Token>& tokens)
      : text_(text), tokens_(tokens) {}

  void feed(std::size_t index) {
    // A token that cannot continue the current declaration starts a member (the
    // parser's error recovery drops it when it cannot); two rounds at most.
    for (int round = 0; round < 2; ++round) {
      if (step(index)) {
        return;
      }
      step_ = Step::MemberStart;
      angles_.clear();
    }
  }

  [[nodiscard]] Step currentStep() const { return step_; }
  [[nodiscard]] BodyKind body() const { return frames_.back(); }
  [[nodiscard]] const std::vector<TypeSlot>& angles() const { return angles_; }
  [[nodiscard]] const std::string& annotation() const { return annotation_; }
  [[nodiscard]] uint32_t argumentIndex() const { return argumentIndex_; }
  [[nodiscard]] bool expectingValue() const { return expectingValue_; }
  [[nodiscard]] const std::vector<std::string>& pending() const { return pending_; }
  [[nodiscard]] const std::string& typeName() const { return typeName_; }

private:
  [[nodiscard]] std::string_view textOf(const Token& token) const {
    return text_.substr(token.start, token.end - token.start);
  }
  [[nodiscard]] bool isPunct(const Token& token, char c) const {
    return token.kind == TokenKind::Punct && text_[token.start] == c;
  }
  [[nodiscard]] bool nextIsPunct(std::size_t index, std::string_view chars) const {
    for (auto next = index + 1; next < tokens_.size(); ++next) {
      if (tokens_[next].kind == TokenKind::Comment) {
        continue;
      }
      return tokens_[next].kind == TokenKind::Punct &&
             chars.find(text_[tokens_[next].start]) != std::string_view::npos;
    }
    return false;
  }

  [[nodiscard]] bool nextIsWord(std::size_t index) const {
    for (auto next = index + 1; next < tokens_.size(); ++next) {
      if (tokens_[next].kind != TokenKind::Comment) {
        return tokens_[next].kind == TokenKind::Word;
      }
    }
    return false;
  }

  void popBody() {
    if (frames_.size() > 1) {
      frames_.pop_back();
    }
  }

  /// Handles the token in the current step; false when it does not fit there.
  bool step(std::size_t index) {
    const auto& token = tokens_[index];
    const auto word = token.kind == TokenKind::Word ? textOf(token) : std::string_view();
    switch (step_) {
    case Step::MemberStart:
    case Step::Complete:
      step_ = Step::MemberStart;
      memberStart(index);
      return true;
    case Step::AfterAt:
      if (token.kind != TokenKind::Word) {
        return false;
      }
      annotation_ = std::string(word);
      pending_.emplace_back(word);
      step_ = Step::AfterAnnotationName;
      return true;
    case Step::AfterAnnotationName:
      if (!isPunct(token, '(')) {
        return false;
      }
      step_ = Step::InAnnotationArgs;
      argumentIndex_ = 0;
      expectingValue_ = true;
      return true;
    case Step::InAnnotationArgs:
      if (isPunct(token, ')')) {
        step_ = Step::MemberStart;
        return true;
      }
      if (isPunct(token, ',')) {
        ++argumentIndex_;
        expectingValue_ = true;
        return true;
      }
      // An argument list left open (`@deploy(` typed above an existing resource) ends
      // where a declaration starts: no argument is a declaration keyword.
      if (isPunct(token, '{') || isPunct(token, '}') || isPunct(token, '@') ||
          isDeclarationKeyword(word) || word == "input" || word == "output") {
        return false;
      }
      expectingValue_ = false;
      return true;
    case Step::AfterDeclarationKeyword:
      // `action` typed above `structure S {`: the keyword starts the next declaration
      // rather than naming this one.
      if (token.kind == TokenKind::Word && isDeclarationKeyword(word) && nextIsWord(index)) {
        return false;
      }
      if (token.kind == TokenKind::Word) {
        step_ = Step::AfterDeclarationName;
        return true;
      }
      [[fallthrough]];
    case Step::AfterDeclarationName:
      if (!isPunct(token, '{')) {
        return false;
      }
      frames_.push_back(declaring_);
      step_ = Step::MemberStart;
      return true;
    case Step::AfterResourceKeyword:
      if (token.kind != TokenKind::String) {
        return false;
      }
      step_ = Step::Complete;
      return true;
    case Step::AfterDirection:
      if (token.kind != TokenKind::Word) {
        return false;
      }
      step_ = Step::AfterElementName;
      return true;
    case Step::AfterElementName:
      if (isPunct(token, '?')) {
        return true;
      }
      if (!isPunct(token, ':')) {
        return false;
      }
      step_ = Step::TypeStart;
      angles_.clear();
      typeName_.clear();
      return true;
    case Step::TypeStart:
      // `input A:` left without a type, then the next parameter or declaration.
      if (token.kind != TokenKind::Word || isDeclarationKeyword(word) ||
          (frames_.back() == BodyKind::Action && (word == "input" || word == "output"))) {
        return false;
      }
      if (word == "List" || word == "Record" || word == "Identifier") {
        generic_ = word == "List"     ? TypeSlot::ListElement
                   : word == "Record" ? TypeSlot::RecordMember
                                      : TypeSlot::IdentifierEntity;
        step_ = Step::AfterGenericKeyword;
      } else {
        step_ = Step::AfterTypeName;
      }
      if (angles_.empty()) {
        typeName_ = std::string(word);
      }
      return true;
    case Step::AfterGenericKeyword:
      if (!isPunct(token, '<')) {
        return false;
      }
      angles_.push_back(generic_);
      step_ = Step::TypeStart;
      return true;
    case Step::AfterTypeName:
      if (isPunct(token, '(')) {
        step_ = Step::InTypeArguments;
        return true;
      }
      if (isPunct(token, ',') && !angles_.empty() && angles_.back() == TypeSlot::RecordMember) {
        step_ = Step::TypeStart;
        return true;
      }
      if (isPunct(token, '>') && !angles_.empty()) {
        angles_.pop_back();
        return true;
      }
      if (isPunct(token, '=') && angles_.empty()) {
        step_ = Step::AfterEquals;
        return true;
      }
      return false;
    case Step::InTypeArguments:
      if (isPunct(token, ')')) {
        step_ = Step::AfterTypeName;
        return true;
      }
      return token.kind == TokenKind::Number || isPunct(token, ',');
    case Step::AfterEquals:
      if (token.kind == TokenKind::Punct || token.kind == TokenKind::Other) {
        return false;
      }
      step_ = Step::Complete;
      return true;
    }
    return false;
  }

  void memberStart(std::size_t index) {
    const auto& token = tokens_[index];
    if (isPunct(token, '@')) {
      step_ = Step::AfterAt;
      return;
    }
    if (isPunct(token, '}')) {
      popBody();
      pending_.clear();
      return;
    }
    if (isPunct(token, '{')) {
      frames_.push_back(BodyKind::Unknown);
      pending_.clear();
      return;
    }
    if (token.kind != TokenKind::Word) {
      return; // an error; the parser skips it
    }
    const auto word = textOf(token);
    switch (frames_.back()) {
    case BodyKind::File:
    case BodyKind::Extension:
      if (word == "extension" && frames_.back() == BodyKind::Extension) {
        return; // not valid inside an extension body
      }
      startDeclaration(word);
      return;
    case BodyKind::Action:
      if (word == "input" || word == "output") {
        pending_.clear();
        step_ = Step::AfterDirection;
      } else if (isDeclarationKeyword(word)) {
        popBody(); // the action's `}` is optional: the member after it starts here
        memberStart(index);
      }
      return;
    case BodyKind::Structure:
    case BodyKind::Entity:
      if (isDeclarationKeyword(word) && !nextIsPunct(index, ":?")) {
        popBody();
        memberStart(index);
        return;
      }
      pending_.clear();
      step_ = Step::AfterElementName;
      return;
    case BodyKind::Unknown:
      return;
    }
  }

  void startDeclaration(std::string_view word) {
    if (const auto body = bodyOfKeyword(word)) {
      declaring_ = *body;
      step_ = Step::AfterDeclarationKeyword;
      pending_.clear();
    } else if (word == "resource") {
      step_ = Step::AfterResourceKeyword;
      pending_.clear();
    }
  }

  std::string_view text_;
  const std::vector<Token>& tokens_;
  std::vector<BodyKind> frames_{BodyKind::File};
  Step step_ = Step::MemberStart;
  BodyKind declaring_ = BodyKind::Unknown;
  TypeSlot generic_ = TypeSlot::Top;
  std::vector<TypeSlot> angles_;
  std::string typeName_;
  std::string annotation_;
  uint32_t argumentIndex_ = 0;
  bool expectingValue_ = false;
  std::vector<std::string> pending_;
};

/// The declaration that follows the annotations after token `from`, and the names of
/// those annotations.
AnnotationTarget targetAfter(std::string_view text, const std::vector<Token>& tokens,
                             std::size_t from, BodyKind body, std::vector<std::string>& names) {
  auto textOf = [&](const Token& token) {
    return text.substr(token.start, token.end - token.start);
  };
  auto isPunct = [&](std::size_t at, char c) {
    return at < tokens.size() && tokens[at].kind == TokenKind::Punct && text[tokens[at].start] == c;
  };
  std::size_t at = from;
  auto skipComments = [&] {
    while (at < tokens.size() && tokens[at].kind == TokenKind::Comment) {
      ++at;
    }
  };
  // The rest of the annotation being typed: its arguments.
  skipComments();
  for (;;) {
    skipComments();
    if (isPunct(at, '(')) {
      while (at < tokens.size() && !isPunct(at, ')') && !isPunct(at, '{') && !isPunct(at, '}')) {
        ++at;
      }
      if (isPunct(at, ')')) {
        ++at;
      }
      continue;
    }
    if (isPunct(at, '@')) {
      ++at;
      skipComments();
      if (at < tokens.size() && tokens[at].kind == TokenKind::Word) {
        names.emplace_back(textOf(tokens[at]));
        ++at;
      }
      continue;
    }
    break;
  }
  if (at < tokens.size() && tokens[at].kind == TokenKind::Word) {
    const auto word = textOf(tokens[at]);
    auto next = at + 1;
    while (next < tokens.size() && tokens[next].kind == TokenKind::Comment) {
      ++next;
    }
    const bool attributeLike = isPunct(next, ':') || isPunct(next, '?');
    if ((body == BodyKind::Structure || body == BodyKind::Entity) && attributeLike) {
      return body == BodyKind::Structure ? AnnotationTarget::StructureAttribute
                                         : AnnotationTarget::EntityAttribute;
    }
    if (body == BodyKind::Action && (word == "input" || word == "output")) {
      return AnnotationTarget::Parameter;
    }
    if (word == "extension" && body == BodyKind::File) {
      return AnnotationTarget::Extension;
    }
    if (word == "action") {
      return AnnotationTarget::Action;
    }
    if (word == "structure") {
      return AnnotationTarget::Structure;
    }
    if (word == "entity") {
      return AnnotationTarget::Entity;
    }
    if (word == "resource") {
      return AnnotationTarget::Resource;
    }
  }
  switch (body) {
  case BodyKind::File:
    return AnnotationTarget::Extension;
  case BodyKind::Action:
    return AnnotationTarget::Parameter;
  case BodyKind::Structure:
    return AnnotationTarget::StructureAttribute;
  case BodyKind::Entity:
    return AnnotationTarget::EntityAttribute;
  default:
    return AnnotationTarget::Unknown;
  }
}

} // namespace

CursorContext cursorContext(std::string_view text, uint32_t offset) {
  return cursorContext(text, offset, {syntax::ByteRange{0, static_cast<uint32_t>(text.size())}});
}

CursorContext cursorContext(std::string_view text, uint32_t offset,
                            const std::vector<syntax::ByteRange>& pieces) {
  CursorContext context;
  offset = std::min(offset, static_cast<uint32_t>(text.size()));
  context.word = {offset, offset};
  std::vector<Token> tokens;
  for (const auto& piece : pieces) {
    const auto end = std::min(piece.end, static_cast<uint32_t>(text.size()));
    tokenize(text.substr(0, end), std::min(piece.start, end), tokens);
  }

  // The token the cursor is in, and what that means.
  std::size_t firstAfter = tokens.size(); // the first token that is not before the cursor
  std::optional<std::size_t> stringAt;
  std::optional<std::size_t> wordAt;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const auto& token = tokens[i];
    if (token.kind == TokenKind::Word && token.start <= offset && offset <= token.end) {
      context.word = {token.start, token.end};
      wordAt = i;
      firstAfter = i;
      break;
    }
    if (token.start >= offset) {
      firstAfter = i;
      break;
    }
    if (token.end < offset) {
      continue;
    }
    // The cursor is inside the token, or at its end.
    const bool atEnd = offset == token.end;
    const bool open = !token.closed || (token.kind == TokenKind::Comment && !token.block);
    if (token.kind == TokenKind::String && (!atEnd || open)) {
      stringAt = i;
      firstAfter = i;
      break;
    }
    if (token.kind == TokenKind::Number || token.kind == TokenKind::Other ||
        (token.kind == TokenKind::Comment && (!atEnd || open)) ||
        (token.kind == TokenKind::DateTime && (!atEnd || open))) {
      return context; // in a comment, a number or a date: nothing to offer
    }
  }

  Recognizer recognizer(text, tokens);
  for (std::size_t i = 0; i < firstAfter; ++i) {
    if (tokens[i].kind != TokenKind::Comment) {
      recognizer.feed(i);
    }
  }
  context.body = recognizer.body();

  if (stringAt) {
    const auto& token = tokens[*stringAt];
    context.expectation = Expectation::String;
    context.stringContent = {token.start + 1, offset};
    context.word = {offset, offset};
    if (recognizer.currentStep() == Step::AfterResourceKeyword) {
      context.stringRole = StringRole::ResourcePath;
    } else if (recognizer.currentStep() == Step::InAnnotationArgs &&
               recognizer.annotation() == "icon" && recognizer.argumentIndex() == 0) {
      context.stringRole = StringRole::IconPath;
    }
    return context;
  }

  // Whether blank space separates the last token read from the word at the cursor:
  // after a complete element, blank space means a new member may start.
  uint32_t lastEnd = 0;
  for (std::size_t i = 0; i < firstAfter; ++i) {
    lastEnd = tokens[i].kind == TokenKind::Comment ? lastEnd : tokens[i].end;
  }
  const bool gap = firstAfter == 0 || lastEnd < context.word.start;
  const auto afterWord = wordAt ? *wordAt + 1 : firstAfter;

  switch (recognizer.currentStep()) {
  case Step::MemberStart:
    context.expectation = Expectation::Member;
    context.pendingAnnotations = recognizer.pending();
    break;
  case Step::Complete:
  case Step::AfterAnnotationName:
    if (gap) {
      context.expectation = Expectation::Member;
      context.pendingAnnotations = recognizer.pending();
    }
    break;
  case Step::AfterTypeName:
    if (gap && recognizer.angles().empty()) {
      context.expectation = Expectation::Member;
    }
    break;
  case Step::AfterAt: {
    context.expectation = Expectation::AnnotationName;
    context.siblingAnnotations = recognizer.pending();
    context.target =
        targetAfter(text, tokens, afterWord, recognizer.body(), context.siblingAnnotations);
    break;
  }
  case Step::InAnnotationArgs:
    if (recognizer.expectingValue()) {
      context.expectation = Expectation::AnnotationValue;
      context.annotation = recognizer.annotation();
      context.argumentIndex = recognizer.argumentIndex();
    }
    break;
  case Step::TypeStart:
    context.expectation = Expectation::Type;
    context.typeSlot = recognizer.angles().empty() ? TypeSlot::Top : recognizer.angles().back();
    context.openAngles = static_cast<uint32_t>(recognizer.angles().size());
    for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
      const auto word = text.substr(tokens[i].start, tokens[i].end - tokens[i].start);
      if (tokens[i].kind == TokenKind::Word && (word == "structure" || word == "entity") &&
          tokens[i + 1].kind == TokenKind::Word) {
        ++context.writtenDefinitions;
      }
    }
    break;
  case Step::AfterEquals:
    context.expectation = Expectation::DefaultValue;
    context.defaultValueType = recognizer.typeName();
    break;
  default:
    break;
  }
  return context;
}

} // namespace oxt::features
