; Scopes, definitions and references.
;
; Actions, structures and entities are defined in the file's scope; each body
; is a scope for the parameters or attributes it declares. (The language
; compares names case-insensitively; locals queries compare them exactly.)

[
  (source_file)
  (action_body)
  (structure_body)
  (entity_body)
] @local.scope

(extension_declaration
  name: (identifier) @local.definition.namespace)

(action_declaration
  name: (identifier) @local.definition.function)

(structure_declaration
  name: (identifier) @local.definition.type)

(entity_declaration
  name: (identifier) @local.definition.type)

(parameter
  name: (identifier) @local.definition.parameter)

(attribute
  name: (identifier) @local.definition.field)

(type_reference
  name: (identifier) @local.reference)
