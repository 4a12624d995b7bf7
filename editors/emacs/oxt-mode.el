;;; oxt-mode.el --- Major mode for .oxt files (OutSystems extensions as text)  -*- lexical-binding: t; -*-

;; Version: 0.1.0
;; Package-Requires: ((emacs "28.1"))
;; Keywords: languages

;;; Commentary:

;; `oxt-mode' edits .oxt files: font-lock, indentation by braces, `//' comments,
;; imenu of the extension's actions, structures and entities.  The language
;; server `oxt lsp' is registered with Eglot (`eglot-server-programs') and with
;; lsp-mode (`lsp-register-client'), whichever is loaded.  Commands:
;; `oxt-generate-sources' and `oxt-publish' run the server's commands
;; oxt.generateSources and oxt.publish on the current file.
;; On Emacs 29+ built with tree-sitter, `oxt-ts-mode' uses the oxt grammar.

;;; Code:

(require 'cl-lib)
(require 'rx)
(require 'imenu)
(require 'url-util)

(defgroup oxt nil
  "OutSystems extensions written as text."
  :group 'languages
  :prefix "oxt-")

(defcustom oxt-server-command '("oxt" "lsp")
  "The language server's command line: the oxt executable and its arguments."
  :type '(repeat string))

(defcustom oxt-indent-offset 4
  "Columns of indentation per brace level."
  :type 'integer
  :safe #'integerp)

(defcustom oxt-publish-target nil
  "The publish target of `oxt-publish' (nil: the file's default target)."
  :type '(choice (const :tag "The file's default" nil) string))

(defconst oxt--identifier (rx (any alpha ?_) (* (any alnum ?_))))

(defconst oxt--builtin-types
  '("Text" "Integer" "LongInteger" "Decimal" "Currency" "Boolean" "Date" "Time"
    "DateTime" "Email" "PhoneNumber" "BinaryData" "Object" "Record" "List" "Identifier"))

(defconst oxt-font-lock-keywords
  `((,(rx "///" (* nonl)) 0 font-lock-doc-face t)
    (,(concat (rx symbol-start "extension" (+ space)) "\\(" oxt--identifier "\\)")
     1 font-lock-constant-face)
    (,(concat (rx symbol-start "action" (+ space)) "\\(" oxt--identifier "\\)")
     1 font-lock-function-name-face)
    (,(concat (rx symbol-start (or "structure" "entity") (+ space)) "\\(" oxt--identifier "\\)")
     1 font-lock-type-face)
    (,(concat (rx symbol-start (or "input" "output") (+ space)) "\\(" oxt--identifier "\\)")
     1 font-lock-variable-name-face)
    (,(regexp-opt '("extension" "action" "structure" "entity" "resource" "input" "output") 'symbols)
     . font-lock-keyword-face)
    (,(regexp-opt oxt--builtin-types 'symbols) . font-lock-builtin-face)
    (,(regexp-opt '("true" "false") 'symbols) . font-lock-constant-face)
    (,(concat "@" oxt--identifier) . font-lock-preprocessor-face)
    (,(rx "#" (* (not (any "#\n"))) "#") . font-lock-string-face)
    (,(concat ":[ \t]*\\(" oxt--identifier "\\)") 1 font-lock-type-face)
    (,(concat "^[ \t]*\\(" oxt--identifier "\\)[ \t]*\\??[ \t]*:") 1 font-lock-variable-name-face))
  "Highlighting of `oxt-mode' (from grammar/queries/highlights.scm).")

(defvar oxt-mode-syntax-table
  (let ((table (make-syntax-table)))
    (modify-syntax-entry ?/ ". 124b" table)
    (modify-syntax-entry ?* ". 23" table)
    (modify-syntax-entry ?\n "> b" table)
    (modify-syntax-entry ?\" "\"" table)
    (modify-syntax-entry ?\\ "\\" table)
    (modify-syntax-entry ?_ "_" table)
    (modify-syntax-entry ?@ "'" table)
    (modify-syntax-entry ?< "(>" table)
    (modify-syntax-entry ?> ")<" table)
    table)
  "Syntax table of `oxt-mode'.")

(defvar oxt-imenu-generic-expression
  `(("Actions" ,(concat "^[ \t]*action[ \t]+\\(" oxt--identifier "\\)") 1)
    ("Structures" ,(concat "^[ \t]*structure[ \t]+\\(" oxt--identifier "\\)") 1)
    ("Entities" ,(concat "^[ \t]*entity[ \t]+\\(" oxt--identifier "\\)") 1)
    (nil ,(concat "^[ \t]*extension[ \t]+\\(" oxt--identifier "\\)") 1))
  "Imenu index of `oxt-mode': the declarations of the extension.")

(defun oxt-indent-line ()
  "Indent the current line: one `oxt-indent-offset' per open brace or parenthesis."
  (interactive)
  (let* ((depth (save-excursion
                  (beginning-of-line)
                  (let ((ppss (syntax-ppss)))
                    ;; Count only {} and (), not <> (a line never opens one).
                    (cl-count-if (lambda (pos) (memq (char-after pos) '(?{ ?\()))
                                 (nth 9 ppss)))))
         (closing (save-excursion
                    (back-to-indentation)
                    (looking-at-p "[})]")))
         (column (* oxt-indent-offset (max 0 (- depth (if closing 1 0)))))
         (offset (- (current-column) (current-indentation))))
    (unless (nth 4 (save-excursion (syntax-ppss (line-beginning-position))))
      (indent-line-to column)
      (when (> offset 0) (forward-char offset)))))

;;;###autoload
(define-derived-mode oxt-mode prog-mode "OXT"
  "Major mode for .oxt files: OutSystems extensions written as text."
  :syntax-table oxt-mode-syntax-table
  (setq-local font-lock-defaults '(oxt-font-lock-keywords))
  (setq-local comment-start "// ")
  (setq-local comment-end "")
  (setq-local comment-start-skip "//+[ \t]*")
  (setq-local indent-line-function #'oxt-indent-line)
  (setq-local indent-tabs-mode nil)
  (setq-local electric-indent-chars (append "{}()" electric-indent-chars))
  (setq-local imenu-generic-expression oxt-imenu-generic-expression)
  (setq-local imenu-case-fold-search nil))

;;;###autoload
(add-to-list 'auto-mode-alist '("\\.oxt\\'" . oxt-mode))


;;; The language server

(defun oxt--server-contact (&optional _interactive)
  "The command line Eglot starts, read from `oxt-server-command' when it starts."
  oxt-server-command)

(defvar eglot-server-programs)
(with-eval-after-load 'eglot
  (add-to-list 'eglot-server-programs
               '((oxt-mode oxt-ts-mode) . oxt--server-contact)))

(declare-function lsp-register-client "lsp-mode")
(declare-function make-lsp-client "lsp-mode")
(declare-function lsp-stdio-connection "lsp-mode")
(declare-function lsp-activate-on "lsp-mode")
(defvar lsp-language-id-configuration)
(with-eval-after-load 'lsp-mode
  (add-to-list 'lsp-language-id-configuration '(oxt-mode . "oxt"))
  (add-to-list 'lsp-language-id-configuration '(oxt-ts-mode . "oxt"))
  (lsp-register-client
   (make-lsp-client :new-connection (lsp-stdio-connection (lambda () oxt-server-command))
                    :activation-fn (lsp-activate-on "oxt")
                    :server-id 'oxt)))

(declare-function eglot-current-server "eglot")
(declare-function eglot-execute-command "eglot")
(declare-function eglot--path-to-uri "eglot")
(declare-function lsp-request "lsp-mode")
(defvar lsp-mode)

(defun oxt--file-uri ()
  "The URI of the current buffer's file, as the client sent it."
  (unless buffer-file-name (user-error "This buffer visits no file"))
  (if (fboundp 'eglot--path-to-uri)
      (eglot--path-to-uri buffer-file-name)
    (concat "file://" (url-hexify-string (expand-file-name buffer-file-name)
                                         url-path-allowed-chars))))


(defun oxt--execute (command &rest extra)
  "Run the server's COMMAND on the current file, with EXTRA arguments.
Return the server's result."
  (let ((arguments (vconcat (list (oxt--file-uri)) extra)))
    (cond
     ((and (fboundp 'eglot-current-server) (eglot-current-server))
      (eglot-execute-command (eglot-current-server) command arguments))
     ((bound-and-true-p lsp-mode)
      (lsp-request "workspace/executeCommand"
                   (list :command (format "%s" command) :arguments arguments)))
     (t (user-error "No oxt language server for this buffer: M-x eglot first")))))

(defun oxt--report (command result)
  "Tell the user what COMMAND answered (RESULT, a plist or hash table); return it."
  (let ((summary (cond ((and (listp result) (plist-get result :summary)))
                       ((hash-table-p result) (gethash "summary" result)))))
    (message "%s: %s" command (or summary "done"))
    result))

(defun oxt-generate-sources ()
  "Generate the C# sources of the current .oxt file (oxt.generateSources)."
  (interactive)
  (oxt--report "oxt.generateSources" (oxt--execute 'oxt.generateSources)))

(defun oxt-publish (&optional target)
  "Publish the current .oxt file's extension (oxt.publish), to TARGET if given.
Interactively, with a prefix argument, ask for the target."
  (interactive (list (and current-prefix-arg (read-string "Publish target: "))))
  (let ((target (or (and target (not (equal target "")) target) oxt-publish-target)))
    (message "oxt: publishing%s..." (if target (format " to %s" target) ""))
    (oxt--report "oxt.publish" (if target
                                   (oxt--execute 'oxt.publish target)
                                 (oxt--execute 'oxt.publish)))))

;;; Tree-sitter (Emacs 29+)

(declare-function treesit-available-p "treesit.c")
(declare-function treesit-ready-p "treesit")
(declare-function treesit-parser-create "treesit.c")
(declare-function treesit-font-lock-rules "treesit")
(declare-function treesit-major-mode-setup "treesit")
(defvar treesit-font-lock-settings)
(defvar treesit-font-lock-feature-list)
(defvar treesit-simple-indent-rules)
(defvar treesit-simple-imenu-settings)

(defconst oxt--ts-font-lock-rules
  '(:language oxt :feature comment
    ((comment) @font-lock-comment-face (doc_comment) @font-lock-doc-face)
    :language oxt :feature keyword
    (["extension" "action" "structure" "entity" "resource" "input" "output"] @font-lock-keyword-face)
    :language oxt :feature type
    ((basic_type name: _ @font-lock-builtin-face)
     (type_reference name: (identifier) @font-lock-type-face))
    :language oxt :feature definition
    ((extension_declaration name: (identifier) @font-lock-constant-face)
     (action_declaration name: (identifier) @font-lock-function-name-face)
     (structure_declaration name: (identifier) @font-lock-type-face)
     (entity_declaration name: (identifier) @font-lock-type-face)
     (parameter name: (identifier) @font-lock-variable-name-face)
     (attribute name: (identifier) @font-lock-property-name-face))
    :language oxt :feature literal
    ((string) @font-lock-string-face
     [(integer) (decimal)] @font-lock-number-face
     (date_time_literal) @font-lock-string-face)
    :language oxt :feature annotation
    ((annotation "@" @font-lock-preprocessor-face name: (identifier) @font-lock-preprocessor-face)))
  "Arguments of `treesit-font-lock-rules' for `oxt-ts-mode'.")

(when (fboundp 'treesit-available-p)
  (define-derived-mode oxt-ts-mode oxt-mode "OXT[ts]"
    "Major mode for .oxt files using the tree-sitter grammar `oxt'.
Install the grammar with `treesit-install-language-grammar' (source: the
oxt repository's grammar/ folder)."
    (when (and (treesit-available-p) (treesit-ready-p 'oxt))
      (treesit-parser-create 'oxt)
      (setq-local treesit-font-lock-settings (apply #'treesit-font-lock-rules oxt--ts-font-lock-rules))
      (setq-local treesit-font-lock-feature-list
                  '((comment definition) (keyword type) (literal annotation)))
      (setq-local treesit-simple-indent-rules
                  `((oxt ((node-is "}") parent-bol 0)
                         ((parent-is "source_file") column-0 0)
                         (no-node parent-bol ,oxt-indent-offset)
                         (catch-all parent-bol ,oxt-indent-offset))))
      (setq-local treesit-simple-imenu-settings
                  '(("Action" "\\`action_declaration\\'" nil nil)
                    ("Structure" "\\`structure_declaration\\'" nil nil)
                    ("Entity" "\\`entity_declaration\\'" nil nil)))
      (treesit-major-mode-setup))))

(provide 'oxt-mode)
;;; oxt-mode.el ends here
