; Indentation (nvim-treesitter conventions).

[
  (extension_body)
  (action_body)
  (structure_body)
  (entity_body)
  (annotation_arguments)
  (type_arguments)
] @indent.begin

[
  "}"
  ")"
] @indent.branch @indent.end

(comment) @indent.auto
