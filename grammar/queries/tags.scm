; Tags (code navigation, GitHub symbol search).

(extension_declaration
  name: (identifier) @name) @definition.module

(action_declaration
  name: (identifier) @name) @definition.function

(structure_declaration
  name: (identifier) @name) @definition.class

(entity_declaration
  name: (identifier) @name) @definition.class

(type_reference
  name: (identifier) @name) @reference.type
