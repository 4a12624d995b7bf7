// Where the cursor is, for completion: which body it is in and what the language
// expects next there (a member keyword, a type, an annotation name, …).
//
// Why a scan of the text before the cursor and not the tree alone: while a
// declaration is half-typed, tree-sitter's error recovery puts the tokens near the
// cursor in ERROR nodes whose shape depends on the recovery's costs (`input P:` may
// come out as an ERROR holding `input`, or as a parameter with a MISSING type). A
// small recognizer of the grammar, run over the tokens before the cursor, gives the
// same answer for every such state. It mirrors grammar/grammar.js: bodies whose `}`
// is optional end where a token that cannot belong to them starts (e.g. `action`
// inside an action body), as the parser's prec.right makes them.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "syntax/line_index.h"

namespace oxt::features {

/// The body the cursor is in.
enum class BodyKind { File, Extension, Action, Structure, Entity, Unknown };

/// What the language expects at the cursor.
enum class Expectation {
  Nothing,         // a name, a comment, a number: nothing to offer
  Member,          // a declaration, parameter or attribute may start here
  AnnotationName,  // after `@`
  AnnotationValue, // an argument of an annotation: `@dbms(|`
  Type,            // after `:` (or inside `List<`, `Record<`, `Identifier<`)
  String,          // inside a string literal (`resource "…"`, `@icon("…")`)
  DefaultValue,    // after `=`
};

/// The generic type the cursor is inside, for Expectation::Type.
enum class TypeSlot { Top, ListElement, RecordMember, IdentifierEntity };

/// What a string at the cursor is: a resource path, an icon path, or other text.
enum class StringRole { Other, ResourcePath, IconPath };

/// The declaration an annotation at the cursor applies to.
enum class AnnotationTarget {
  Unknown,
  Extension,
  Action,
  Parameter,
  Structure,
  StructureAttribute,
  Entity,
  EntityAttribute,
  Resource,
};

struct CursorContext {
  BodyKind body = BodyKind::File;
  Expectation expectation = Expectation::Nothing;
  /// The word being typed at the cursor (identifier characters before and after
  /// it): what an item replaces. Empty at the cursor when no word touches it.
  syntax::ByteRange word;
  /// Expectation::Type.
  TypeSlot typeSlot = TypeSlot::Top;
  uint32_t openAngles = 0; // the `<` not closed yet before the cursor
  /// Expectation::Type: how many `structure Name` and `entity Name` the text holds.
  /// When the model has fewer, the parser lost some in the half-typed type.
  uint32_t writtenDefinitions = 0;
  /// Expectation::AnnotationName / AnnotationValue: the annotation's name (for
  /// values), its target, and the annotations already written on that declaration.
  std::string annotation;
  uint32_t argumentIndex = 0;
  AnnotationTarget target = AnnotationTarget::Unknown;
  std::vector<std::string> siblingAnnotations;
  /// Expectation::Member: annotations written before the cursor for the member
  /// about to be typed (`@function` then `act|`).
  std::vector<std::string> pendingAnnotations;
  /// Expectation::String: what the string is and its content between the opening
  /// quote and the cursor (raw, escapes not decoded).
  StringRole stringRole = StringRole::Other;
  syntax::ByteRange stringContent; // from after `"` to the cursor
  /// Expectation::DefaultValue: the type name written for the element, if basic.
  std::string defaultValueType;
};

/// The context of the cursor at byte `offset` of `text`.
[[nodiscard]] CursorContext cursorContext(std::string_view text, uint32_t offset);

/// The same, reading only `pieces` of the text (in order; none may cut a token), as if
/// the rest were not there. features/completion.cpp passes the extension's header and
/// the members around the cursor when the tree shows that the members left out are
/// complete and well-formed: what they would tell the recognizer is then known, and
/// tokenizing a file of thousands of members on each request is not needed.
/// `writtenDefinitions` counts only the definitions inside the pieces.
[[nodiscard]] CursorContext cursorContext(std::string_view text, uint32_t offset,
                                          const std::vector<syntax::ByteRange>& pieces);

} // namespace oxt::features
