; Highlights for .oxt (standard nvim-treesitter capture names).
;
; No two patterns capture the same node, so the result does not depend on
; whether an editor lets the first (tree-sitter CLI, Helix, Zed) or the last
; (Neovim) matching pattern win.

; Keywords

[
  "extension"
  "action"
  "structure"
  "entity"
  "resource"
  "input"
  "output"
] @keyword

; Types

(basic_type
  name: _ @type.builtin)

[
  "Record"
  "List"
  "Identifier"
] @type.builtin

(type_reference
  name: (identifier) @type)

; Declarations

(extension_declaration
  name: (identifier) @module)

(action_declaration
  name: (identifier) @function)

(structure_declaration
  name: (identifier) @type)

(entity_declaration
  name: (identifier) @type)

(parameter
  name: (identifier) @variable.parameter)

(attribute
  name: (identifier) @property)

; Annotations

(annotation
  "@" @attribute
  name: (identifier) @attribute)

; Enumeration values such as SqlServer or Images; as a default value an
; identifier is an error the checker reports, but it reads as a constant.
(annotation_arguments
  (identifier) @constant)

(parameter
  default: (identifier) @constant)

(attribute
  default: (identifier) @constant)

; Literals

(string) @string

(escape_sequence) @string.escape

[
  (integer)
  (decimal)
] @number

(boolean) @boolean

(date_time_literal) @string.special

; Comments

(comment) @comment

(doc_comment) @comment.documentation

; Punctuation and operators

[
  "{"
  "}"
  "("
  ")"
  "<"
  ">"
] @punctuation.bracket

[
  ","
  ":"
] @punctuation.delimiter

[
  "="
  (optional_marker)
] @operator
