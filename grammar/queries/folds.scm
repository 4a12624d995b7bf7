; Folds: every body, and block comments spanning lines.

[
  (extension_body)
  (action_body)
  (structure_body)
  (entity_body)
  (annotation_arguments)
  (comment)
] @fold
