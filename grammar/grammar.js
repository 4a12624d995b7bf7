/**
 * @file Tree-sitter grammar for `.oxt`, the textual definition of one
 *       OutSystems extension: its actions, structures, entities (tables of an
 *       external database) and resources.
 * @author The oxt project
 * @license MIT
 * @see ../docs/language.md for the language reference.
 *
 * The grammar is deliberately more permissive than the language. What it
 * accepts beyond the language is listed next to each rule ("Accepts more");
 * the checker reports all of it with a precise message. In particular, the
 * things a person types last (a closing `}`, a closing `"`) are optional, so
 * that while a declaration is being typed the declarations after it keep
 * their shape instead of being swallowed by an ERROR node.
 */

/// <reference types="tree-sitter-cli/dsl" />
// @ts-check

/**
 * The basic types, exactly as written in `.oxt` (case-sensitive). Any other
 * name in a type position is a `type_reference`, so that the checker can
 * offer "did you mean" for `integer`, `String`, ...
 */
const BASIC_TYPES = [
  'Text',
  'Integer',
  'LongInteger',
  'Decimal',
  'Currency',
  'Boolean',
  'DateTime',
  'Date',
  'Time',
  'PhoneNumber',
  'Email',
  'BinaryData',
  'Object',
];

module.exports = grammar({
  name: 'oxt',

  // Comments and doc comments may appear between any two tokens. Doc comments
  // are attached to the following declaration by position, in the model layer
  // (a `///` block that precedes nothing is a warning, not a syntax error).
  // U+FEFF is whitespace, so that files saved with a byte order mark parse.
  extras: $ => [/[\s\uFEFF]/, $.doc_comment, $.comment],

  // Keyword extraction: keywords are lexed as an identifier first and are a
  // keyword only where the grammar can use one. So `Email: Email` (attribute
  // named like a type) and `input input: Text` are fine, and `inputs` is never
  // split into `input` + `s`.
  word: $ => $.identifier,

  rules: {
    // source_file = extension_declaration ;
    //
    // Accepts more: any number of extensions and members outside the
    // extension, so that a stray `}` does not turn the rest of the file into
    // an ERROR node.
    source_file: $ => repeat(choice($.extension_declaration, $._member)),

    // extension_declaration = { annotation } "extension" identifier extension_body ;
    extension_declaration: $ => seq(
      repeat($.annotation),
      'extension',
      field('name', $.identifier),
      field('body', $.extension_body),
    ),

    // extension_body = "{" { member } "}" ;
    extension_body: $ => body($._member),

    // member = action_declaration | structure_declaration
    //        | entity_declaration | resource_declaration ;
    _member: $ => choice(
      $.action_declaration,
      $.structure_declaration,
      $.entity_declaration,
      $.resource_declaration,
    ),

    // action_declaration = { annotation } "action" identifier action_body ;
    action_declaration: $ => seq(
      repeat($.annotation),
      'action',
      field('name', $.identifier),
      field('body', $.action_body),
    ),

    // action_body = "{" { parameter } "}" ;
    action_body: $ => body($.parameter),

    // parameter = ( "input" identifier [ "?" ] ":" type [ "=" expression ] )
    //           | ( "output" identifier ":" type ) ;
    //
    // Accepts more: annotations, and `?` and a default on outputs.
    parameter: $ => seq(
      repeat($.annotation),
      field('direction', choice('input', 'output')),
      field('name', $.identifier),
      optional($.optional_marker),
      ':',
      field('type', $._type),
      optional(seq('=', field('default', $._expression))),
    ),

    // structure_declaration = "structure" identifier structure_body ;
    //
    // Accepts more: annotations (on structures, none is defined).
    structure_declaration: $ => seq(
      repeat($.annotation),
      'structure',
      field('name', $.identifier),
      field('body', $.structure_body),
    ),

    // structure_body = "{" { attribute } "}" ;
    structure_body: $ => body($.attribute),

    // entity_declaration = { annotation } "entity" identifier entity_body ;
    entity_declaration: $ => seq(
      repeat($.annotation),
      'entity',
      field('name', $.identifier),
      field('body', $.entity_body),
    ),

    // entity_body = "{" { attribute } "}" ;
    entity_body: $ => body($.attribute),

    // attribute = { annotation } identifier [ "?" ] ":" type [ "=" expression ] ;
    attribute: $ => seq(
      repeat($.annotation),
      field('name', $.identifier),
      optional($.optional_marker),
      ':',
      field('type', $._type),
      optional(seq('=', field('default', $._expression))),
    ),

    // resource_declaration = { annotation } "resource" string ;
    resource_declaration: $ => seq(
      repeat($.annotation),
      'resource',
      field('path', $.string),
    ),

    // optional_marker = "?" ;   (* not mandatory *)
    optional_marker: _ => '?',

    // annotation = "@" identifier [ annotation_arguments ] ;
    annotation: $ => seq(
      '@',
      field('name', $.identifier),
      optional(field('arguments', $.annotation_arguments)),
    ),

    // annotation_arguments = "(" [ expression { "," expression } ] ")" ;
    annotation_arguments: $ => seq('(', commaSep($._expression), ')'),

    // type = basic_type | type_reference | record_type | list_type
    //      | identifier_type ;
    _type: $ => choice(
      $.basic_type,
      $.type_reference,
      $.record_type,
      $.list_type,
      $.identifier_type,
    ),

    // basic_type = ( "Text" | "Decimal" ) [ type_arguments ]
    //            | "Integer" | "LongInteger" | "Currency" | "Boolean"
    //            | "DateTime" | "Date" | "Time" | "PhoneNumber" | "Email"
    //            | "BinaryData" | "Object" ;
    //
    // Accepts more: arguments on every basic type.
    basic_type: $ => seq(
      field('name', choice(...BASIC_TYPES)),
      optional(field('arguments', $.type_arguments)),
    ),

    // type_reference = identifier ;   (* a structure or an entity *)
    //
    // Accepts more: arguments, so that the checker can offer "did you mean
    // Text(100)" for `String(100)` or `varchar(100)`.
    type_reference: $ => seq(
      field('name', $.identifier),
      optional(field('arguments', $.type_arguments)),
    ),

    // type_arguments = "(" integer [ "," integer ] ")" ;
    //
    // Accepts more: any number of arguments, none included.
    type_arguments: $ => seq('(', commaSep($.integer), ')'),

    // record_type = "Record" "<" type_reference { "," type_reference } ">" ;
    //
    // Accepts more: any type as a member (`Record<Text>`).
    record_type: $ => seq(
      'Record',
      '<',
      commaSep1(field('member', $._type)),
      '>',
    ),

    // list_type = "List" "<" ( type_reference | record_type ) ">" ;
    //
    // Accepts more: any type as the element (`List<Text>`).
    list_type: $ => seq('List', '<', field('element', $._type), '>'),

    // identifier_type = "Identifier" "<" type_reference ">" ;
    //
    // Accepts more: any type as the entity.
    identifier_type: $ => seq('Identifier', '<', field('entity', $._type), '>'),

    // expression = string | integer | decimal | boolean | date_time_literal
    //            | identifier ;
    //
    // An identifier is an enumeration value in annotation arguments
    // (`@deploy(Images)`); as a default value it is accepted so that the
    // checker can suggest `true` for `True`.
    _expression: $ => choice(
      $.string,
      $.integer,
      $.decimal,
      $.boolean,
      $.date_time_literal,
      $.identifier,
    ),

    // string = '"' { string_character | escape_sequence } '"' ;
    //
    // Accepts more: a string that is not closed ends at the end of its line.
    string: $ => seq(
      '"',
      repeat(choice($._string_content, $.escape_sequence)),
      optional(token.immediate('"')),
    ),

    // string_character = any character but '"', "\" and a line break ;
    //
    // prec(1): inside a string, text is string content, never a comment or a
    // doc comment (`"//server/share"`, `"///"`), which are valid everywhere
    // and would otherwise win as the longer match.
    _string_content: _ => token.immediate(prec(1, /[^"\\\r\n]+/)),

    // escape_sequence = "\" ( '"' | "\" | "n" | "t" | "u{" hex { hex } "}" ) ;
    //
    // Accepts more: a backslash followed by any character, so that the checker
    // reports an unknown escape precisely instead of a syntax error.
    escape_sequence: _ => token.immediate(/\\(u\{[^}"\r\n]*\}|[^\r\n])/),

    // integer = [ "-" ] digit { digit } ;
    integer: _ => /-?[0-9]+/,

    // decimal = [ "-" ] digit { digit } "." digit { digit } ;
    decimal: _ => /-?[0-9]+\.[0-9]+/,

    // boolean = "true" | "false" ;
    boolean: _ => choice('true', 'false'),

    // date_time_literal = "#" date "#" | "#" time "#" | "#" date " " time "#" ;
    // date = digit{4} "-" digit{2} "-" digit{2} ;
    // time = digit{2} ":" digit{2} ":" digit{2} ;
    //
    // Accepts more: any text between the `#` on one line; the checker
    // validates it and can then say what is wrong (`#2024-02-30#`).
    date_time_literal: _ => /#[^#\r\n]*#/,

    // identifier = ( letter | "_" ) { letter | digit | "_" } ;
    //
    // Letters include non-ASCII letters: the checker, not the parser, reports
    // names that Integration Studio does not accept.
    identifier: _ => /[\p{L}_][\p{L}\p{Nd}_]*/,

    // doc_comment = "///" [ any character but "/" or a line break
    //                       { any character but a line break } ] ;
    doc_comment: _ => /\/\/\/([^\/\r\n][^\r\n]*)?/,

    // comment = "//" { any character but a line break }
    //         | "/*" { any character } "*/" ;   (* not nested *)
    //
    // A line comment does not start with exactly three slashes, which make a
    // doc comment; `////...` is an ordinary comment, as in C#. (The two tokens
    // never match the same text, so no precedence is needed between them.)
    comment: _ => token(choice(
      /\/\/(\/\/[^\r\n]*|[^\/\r\n][^\r\n]*)?/,
      seq('/*', /[^*]*\*+([^/*][^*]*\*+)*/, '/'),
    )),
  },
});

/**
 * A `{ ... }` body whose closing brace is optional, so that a body left open
 * while typing ends before the next declaration (the checker reports the
 * missing `}`; the body node then has no `}` child).
 *
 * prec.right: after an open body, a `}` or a member could end the inner body
 * or continue it; continuing it (shifting) is always right, since the inner
 * body is the innermost one that can hold what follows. This resolves the
 * only conflicts of the grammar.
 *
 * @param {RuleOrLiteral} item
 * @returns {PrecRightRule}
 */
function body(item) {
  return prec.right(seq('{', repeat(item), optional('}')));
}

/**
 * Zero or more `rule`, separated by commas (no trailing comma).
 * @param {RuleOrLiteral} rule
 * @returns {ChoiceRule}
 */
function commaSep(rule) {
  return optional(commaSep1(rule));
}

/**
 * One or more `rule`, separated by commas (no trailing comma).
 * @param {RuleOrLiteral} rule
 * @returns {SeqRule}
 */
function commaSep1(rule) {
  return seq(rule, repeat(seq(',', rule)));
}
