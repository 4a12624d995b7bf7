// An `.oxt` file as data: the extension with its actions (ordered parameters),
// structures, entities, resources, annotations, descriptions and resolved types,
// every element with the byte range of its source.
//
// Why a model apart from the tree: checks, completion, hover, rename and code
// generation all ask questions about the extension ("which entity does this
// Identifier name?", "is this action a Function?"), not about tree-sitter nodes.
// The model answers them in one vocabulary. It is a plain value: it owns its
// strings and does not point into the tree, so it may outlive the tree.
//
// The model mirrors what was written, including what the language forbids
// (`?` on an output, `Integer(5)`, annotations on anything): reporting that is
// the checks' job. A half-typed file yields the parts that are there; a missing
// name is an empty Name.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/basic_types.h"
#include "model/shared_list.h"
#include "syntax/line_index.h"

namespace oxt::model {

using syntax::ByteRange;

/// A name as written. `text` is empty when the name is missing (half-typed file).
struct Name {
  std::string text;
  ByteRange range;
  friend bool operator==(const Name&, const Name&) = default;
};

/// The Description of an element, from the `///` lines before it.
struct Description {
  std::string text; // the lines without "/// ", joined with "\n"
  ByteRange range;  // from the first doc line to the last; empty when absent
  bool present = false;
  friend bool operator==(const Description&, const Description&) = default;
};

enum class LiteralKind { String, Integer, Decimal, Boolean, DateTime, Identifier };

/// A literal (default value or annotation argument) as written; literals.h
/// decodes and validates it.
struct Literal {
  LiteralKind kind = LiteralKind::String;
  std::string text; // source text: "\"n/a\"", "-7", "#2024-01-31#", "True"
  ByteRange range;
  friend bool operator==(const Literal&, const Literal&) = default;
};

struct Annotation {
  Name name;       // without the '@'
  ByteRange range; // from '@' to the closing ')'
  bool hasArgumentList = false;
  ByteRange argumentsRange; // the parentheses and what is between them
  std::vector<Literal> arguments;
  friend bool operator==(const Annotation&, const Annotation&) = default;
};

/// Structures and entities are record definitions; a reference to one is a kind
/// and an index into the extension's `structures` or `entities`.
struct DefinitionRef {
  enum class Kind { Structure, Entity };
  Kind kind = Kind::Structure;
  uint32_t index = 0;
  friend bool operator==(const DefinitionRef&, const DefinitionRef&) = default;
};

/// The shape of a type as written.
enum class TypeForm {
  Missing,    // no type (a half-typed parameter)
  Basic,      // Text, Decimal(18, 2), ...
  Named,      // a structure or entity name, or an unknown name such as `integer`
  Record,     // Record<A, B>
  List,       // List<T>
  Identifier, // Identifier<E>
};

struct TypeArgument {
  int64_t value = 0;
  bool inRange = true; // false when the number does not fit an int64_t
  ByteRange range;
  friend bool operator==(const TypeArgument&, const TypeArgument&) = default;
};

/// A type as written, with the definitions its names resolve to.
struct TypeExpr {
  TypeForm form = TypeForm::Missing;
  ByteRange range;
  BasicType basic = BasicType::Text; // for Basic
  Name name;                         // Basic: the keyword; Named: the name
  bool hasArguments = false;         // `(…)` after a Basic or Named type
  ByteRange argumentsRange;
  std::vector<TypeArgument> arguments;
  std::vector<TypeExpr> inner;         // Record: members; List: element; Identifier: entity
  std::optional<DefinitionRef> target; // Named: the definition of that name
  friend bool operator==(const TypeExpr&, const TypeExpr&) = default;
};

/// What a type means in Integration Studio.
enum class TypeKind {
  Invalid,    // unknown name, misused form, missing: the checks say why
  Basic,      // a basic type
  Record,     // Record of one or more definitions (a join when more than one)
  RecordList, // Record List of one or more definitions
  Identifier, // the Identifier of an entity
};

struct ResolvedType {
  TypeKind kind = TypeKind::Invalid;
  BasicType basic = BasicType::Text;
  std::vector<DefinitionRef> definitions; // Record, RecordList: members; Identifier: the entity
  friend bool operator==(const ResolvedType&, const ResolvedType&) = default;
};

/// What parameters and attributes have in common: a name, `?`, a type, a default.
struct TypedElement {
  Name name;
  ByteRange range;
  std::vector<Annotation> annotations;
  Description description;
  bool optionalMarker = false; // `?`: not mandatory
  ByteRange optionalMarkerRange;
  TypeExpr type;
  ResolvedType resolved;
  std::optional<Literal> defaultValue;
  friend bool operator==(const TypedElement&, const TypedElement&) = default;
};

enum class Direction { Input, Output };

struct Parameter : TypedElement {
  Direction direction = Direction::Input;
  ByteRange directionRange; // the `input` / `output` keyword
  friend bool operator==(const Parameter&, const Parameter&) = default;
};

/// An attribute of a structure or of an entity.
struct Attribute : TypedElement {
  friend bool operator==(const Attribute&, const Attribute&) = default;
};

struct Action {
  Name name;
  ByteRange range;
  ByteRange keywordRange;
  std::vector<Annotation> annotations;
  Description description;
  std::vector<Parameter> parameters; // in order: the order of the C# method's parameters
  friend bool operator==(const Action&, const Action&) = default;
};

struct Structure {
  Name name;
  ByteRange range;
  ByteRange keywordRange;
  std::vector<Annotation> annotations;
  Description description;
  std::vector<Attribute> attributes;
  friend bool operator==(const Structure&, const Structure&) = default;
};

struct Entity {
  Name name;
  ByteRange range;
  ByteRange keywordRange;
  std::vector<Annotation> annotations;
  Description description;
  std::vector<Attribute> attributes;
  friend bool operator==(const Entity&, const Entity&) = default;
};

enum class DeployAction { Binaries, Application, Images, Ignore };

struct Resource {
  Literal path;         // the string as written
  std::string pathText; // decoded: "lib/Acme.Finance.dll"
  ByteRange range;
  ByteRange keywordRange;
  std::vector<Annotation> annotations;
  Description description;
  friend bool operator==(const Resource&, const Resource&) = default;
};

/// Moves every position of a member by `delta` bytes (shift_ranges.cpp): what a
/// SharedList does to a member an edit moved, when the member is first read.
void shiftRanges(Action& action, int64_t delta);
void shiftRanges(Structure& structure, int64_t delta);
void shiftRanges(Entity& entity, int64_t delta);
void shiftRanges(Resource& resource, int64_t delta);

enum class Dbms { All, SqlServer, Oracle };

struct Extension {
  Name name;
  ByteRange range;
  ByteRange keywordRange;
  /// False for the extension the model makes up to hold declarations of a file
  /// that has no `extension` at all.
  bool declared = true;
  std::vector<Annotation> annotations;
  Description description;
  // Members in the order written, by kind (the order within a kind is the order
  // of Integration Studio's tree and of the generated code).
  // Held by shared pointer (shared_list.h), so that the model of the next version of
  // the file shares the members an edit did not touch instead of copying them.
  SharedList<Action> actions;
  SharedList<Structure> structures;
  SharedList<Entity> entities;
  SharedList<Resource> resources;
  /// By structure index: how many times the actions' types name that structure (set by
  /// type resolution, type_resolution.h). Kept so that the check for unused structures
  /// need not walk every parameter after each keystroke: the next build counts only
  /// the actions that changed.
  std::vector<uint32_t> structureUsesByActions;
  /// By action index: the key of its name (nameKey, names.h), set by the builder. Kept
  /// so that the check for duplicate action names need not read every action after each
  /// keystroke: the next build takes the keys of the actions it carried over.
  std::vector<uint64_t> actionNameKeys;
  friend bool operator==(const Extension&, const Extension&) = default;
};

/// The keyword of a declaration written outside every extension body.
struct OutsideDeclaration {
  std::string keyword; // "action", "structure", ...
  ByteRange keywordRange;
  friend bool operator==(const OutsideDeclaration&, const OutsideDeclaration&) = default;
};

/// A whole `.oxt` file.
struct Document {
  /// Usually exactly one. Declarations outside every extension are added to the
  /// extension before them (or after them, if none is before), so that a stray
  /// `}` does not hide them from the checks; a file with declarations and no
  /// extension gets one that is not `declared`.
  std::vector<Extension> extensions;
  std::vector<OutsideDeclaration> outsideDeclarations;
  /// `///` lines that document no declaration.
  std::vector<ByteRange> strayDocComments;

  /// The first extension, or nullptr when the file has none.
  [[nodiscard]] const Extension* primary() const {
    return extensions.empty() ? nullptr : &extensions.front();
  }
  friend bool operator==(const Document&, const Document&) = default;
};

// --- Properties that annotations give ------------------------------------------

/// The first annotation named exactly `name` (without '@'), or nullptr.
[[nodiscard]] const Annotation* findAnnotation(const std::vector<Annotation>& annotations,
                                               std::string_view name);

[[nodiscard]] inline bool hasAnnotation(const std::vector<Annotation>& annotations,
                                        std::string_view name) {
  return findAnnotation(annotations, name) != nullptr;
}

/// The decoded first argument of `annotation` when it is a string.
[[nodiscard]] std::optional<std::string> stringArgument(const Annotation& annotation);

/// `@dbms(…)`; All when absent or not understood.
[[nodiscard]] Dbms dbmsOf(const Extension& extension);

/// `@function`: Function = Yes.
[[nodiscard]] bool isFunction(const Action& action);

/// `@table("…")`, decoded; nullopt when absent or not a string.
[[nodiscard]] std::optional<std::string> tableNameOf(const Entity& entity);

/// Inputs and attributes are mandatory unless marked `?`; outputs never are.
[[nodiscard]] bool isMandatory(const TypedElement& element);

/// The attribute marked `@identifier` (the first, if several), or nullptr.
[[nodiscard]] const Attribute* identifierOf(const Entity& entity);

/// The file name, the last part of the path: "Acme.Finance.dll".
[[nodiscard]] std::string_view fileNameOf(const Resource& resource);

/// `@deploy(…)` or else the default for the file's extension.
[[nodiscard]] DeployAction deployActionOf(const Resource& resource);

/// The default Deploy Action of a file name ("x.dll" → Binaries).
[[nodiscard]] DeployAction defaultDeployAction(std::string_view fileName);

[[nodiscard]] std::string_view deployActionName(DeployAction action);

/// The name of the structure or entity a DefinitionRef designates. Read from the
/// definition as read (SharedList::asRead): a name does not move, and reading the
/// definition where it is now would copy it if a keystroke moved it.
[[nodiscard]] const std::string& definitionName(const Extension& extension, DefinitionRef ref);

} // namespace oxt::model
