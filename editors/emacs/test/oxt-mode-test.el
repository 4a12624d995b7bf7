;;; oxt-mode-test.el --- ERT tests of oxt-mode with Eglot and oxt lsp  -*- lexical-binding: t; -*-

;; Run (editors/emacs/test/run.sh does):
;;   OXT=path/to/oxt emacs --batch -Q -L editors/emacs -l eglot \
;;     -l editors/emacs/test/oxt-mode-test.el -f ert-run-tests-batch-and-exit

;;; Commentary:

;; The mode alone (font-lock, indentation, imenu, comments), then Eglot connected
;; to the real server on a copy of editors/test/EditorTest.oxt: diagnostics in
;; flymake, completion at a type, a quick fix applied through
;; `eglot-code-actions', the source action and `oxt-generate-sources' writing
;; the C# files, and `oxt-publish' to the dir target of an oxt.json written beside
;; the file (mcs with the stand-in runtime): published, then the same version
;; refused.

;;; Code:

(require 'ert)
(require 'cl-lib)
(require 'eglot)
(require 'flymake)
(require 'json)
(require 'oxt-mode)

(defconst oxt-test--here (file-name-directory (or load-file-name buffer-file-name)))
(defconst oxt-test--fixture (expand-file-name "../../test/EditorTest.oxt" oxt-test--here))
(defconst oxt-test--oxt
  (expand-file-name (or (getenv "OXT") (expand-file-name "../../../build/dev/bin/oxt" oxt-test--here))))

(defconst oxt-test--stand-in
  (expand-file-name "../../../tests/codegen/runtime_stand_in" oxt-test--here)
  "The stand-in of the OutSystems runtime that publishing compiles against.")

(defun oxt-test--write-publish-config (dir)
  "Write DIR/oxt.json: a dir target `platform', mcs against the stand-in runtime."
  (with-temp-file (expand-file-name "oxt.json" dir)
    (insert (json-encode
             `((targets . ((platform . ((type . "dir") (path . "platform")))))
               (compile . ((command . ,(vconcat '("mcs" "-nologo" "-target:library" "-out:{out}"
                                                  "-r:System.Data.dll" "-r:System.Xml.dll" "{sources}")
                                                (directory-files oxt-test--stand-in t "\\.cs\\'"))))))))))

(defun oxt-test--last-message ()
  "The last line of *Messages*."
  (with-current-buffer (messages-buffer)
    (save-excursion
      (goto-char (point-max))
      (skip-chars-backward "\n")
      (buffer-substring-no-properties (line-beginning-position) (point)))))

(defun oxt-test--wait (predicate &optional seconds)
  "Process events until PREDICATE returns non-nil or SECONDS (20) pass; return its value."
  (let ((deadline (+ (float-time) (or seconds 20))) value)
    (while (and (not (setq value (funcall predicate))) (< (float-time) deadline))
      (accept-process-output nil 0.05))
    value))

(ert-deftest oxt-mode-basics ()
  "The mode: file association, comments, font-lock, indentation, imenu."
  (with-temp-buffer
    (insert-file-contents oxt-test--fixture)
    (setq buffer-file-name (expand-file-name "EditorTest.oxt" temporary-file-directory))
    (set-auto-mode)
    (setq buffer-file-name nil)
    (should (eq major-mode 'oxt-mode))
    (should (equal comment-start "// "))
    (font-lock-ensure)
    (goto-char (point-min))
    (search-forward "structure Address")
    (should (eq (get-text-property (- (point) 1) 'face) 'font-lock-type-face))
    (should (eq (get-text-property (- (point) 10) 'face) 'font-lock-keyword-face))
    (search-forward "Text(")
    (should (eq (get-text-property (- (point) 2) 'face) 'font-lock-builtin-face))
    (goto-char (point-min))
    (should (eq (get-text-property (point) 'face) 'font-lock-doc-face))
    ;; Indentation: flatten everything, re-indent, compare with the original.
    (let ((original (buffer-string)))
      (goto-char (point-min))
      (while (re-search-forward "^[ \t]+" nil t) (replace-match ""))
      (indent-region (point-min) (point-max))
      (delete-trailing-whitespace)
      (should (equal (buffer-string) original)))
    (let ((index (funcall imenu-create-index-function)))
      (should (assoc "SaveAddress" (cdr (assoc "Actions" index))))
      (should (equal (mapcar #'car (cdr (assoc "Structures" index))) '("Address" "Customer"))))))

(ert-deftest oxt-eglot-with-server ()
  "Eglot with oxt lsp: diagnostics, completion, a quick fix, generating sources, publishing."
  (should (file-executable-p oxt-test--oxt))
  (let* ((dir (make-temp-file "oxt-emacs-" t))
         (file (expand-file-name "EditorTest.oxt" dir))
         (oxt-server-command (list oxt-test--oxt "lsp" "--log-level" "warn"))
         (eglot-sync-connect t)
         (eglot-autoshutdown nil)
         (flymake-no-changes-timeout 0.1)
         (buffer nil))
    (copy-file oxt-test--fixture file)
    (oxt-test--write-publish-config dir)
    (unwind-protect
        (progn
          (setq buffer (find-file-noselect file))
          (with-current-buffer buffer
            (should (eq major-mode 'oxt-mode))
            ;; What M-x eglot does, without the questions.
            (apply #'eglot (eglot--guess-contact))
            (should (eglot-current-server))
            ;; Flymake defers its first check to the command loop, absent in batch.
            (flymake-start)
            ;; Diagnostics in flymake: OXT0007 on the misspelt type.
            (goto-char (point-min))
            (search-forward "input Where: ")
            (let* ((type-start (point))
                   (unknown-type
                    (lambda ()
                      (cl-find-if (lambda (d) (string-match-p "\\[OXT0007\\]" (flymake-diagnostic-text d)))
                                  (flymake-diagnostics (point-min) (point-max))))))
              (should (oxt-test--wait unknown-type))
              (should (= (flymake-diagnostic-beg (funcall unknown-type)) type-start))
              (should (memq (flymake-diagnostic-type (funcall unknown-type)) '(eglot-error :error)))
              ;; Completion at the type: Eglot's completion-at-point offers the structures.
              (let* ((capf (eglot-completion-at-point))
                     (candidates (all-completions "" (nth 2 capf))))
                (should (member "Address" candidates))
                (should (member "Customer" candidates))
                (should (member "Text" candidates)))
              ;; The quick fix, chosen in eglot's menu as a user would.
              (cl-letf (((symbol-function 'completing-read)
                         (lambda (_prompt collection &rest _)
                           (let ((choice (cl-find "Change to 'Address'" (mapcar #'car collection)
                                                  :test #'equal)))
                             (should choice)
                             choice))))
                (let ((last-nonmenu-event ?\r)) ; a key, not a mouse click: the menu is read
                  (eglot-code-actions type-start (+ type-start 6) "quickfix" t)))
              (should (equal (buffer-substring-no-properties type-start (line-end-position)) "Address"))
              ;; Eglot sends the change on an idle timer and flymake checks on one:
              ;; batch Emacs has no idle time, so do both now.
              (eglot--signal-textDocument/didChange)
              (flymake-start)
              (save-buffer)
              (should (oxt-test--wait (lambda () (not (funcall unknown-type))))))
            ;; The source action "Generate C# sources": the only action of its
            ;; kind, so eglot-code-actions runs its command without asking.
            (let ((generated (expand-file-name "EditorTest" dir)))
              (eglot-code-actions (point-min) (point-min) "source.generateSources" t)
              (should (oxt-test--wait
                       (lambda () (file-exists-p (expand-file-name "Source/NET/Structures.cs" generated)))))
              (delete-directory generated t))
            ;; oxt-generate-sources: the server writes the C# sources.
            (let ((result (oxt-generate-sources)))
              (should (string-match-p "\\`EditorTest: [0-9]+ files created" (plist-get result :summary))))
            (should (file-exists-p (expand-file-name "EditorTest/Source/NET/Structures.cs" dir)))
            (should (file-exists-p (expand-file-name "EditorTest/Source/NET/Interface.cs" dir)))
            ;; oxt-publish (no target: the only one): version 1.0.0 lands in platform/.
            (let* ((version (expand-file-name "platform/EditorTest/1.0.0" dir))
                   (result (oxt-publish)))
              (should (eq (plist-get result :published) t))
              (should (string-match-p "\\`oxt\\.publish: EditorTest 1\\.0\\.0 published to 'platform' (.*/platform/EditorTest/1\\.0\\.0)\\'"
                                      (oxt-test--last-message)))
              (should (file-directory-p version))
              (should (file-exists-p (expand-file-name "EditorTest-1.0.0.oxtpkg" version)))
              (should (file-exists-p (expand-file-name "manifest.json" version)))
              ;; The same version again, to the target by name: refused.
              (let ((again (oxt-publish "platform")))
                (should (eq (plist-get again :published) :json-false))
                (should (string-match-p "\\`oxt\\.publish: Publish failed at Verify: EditorTest 1\\.0\\.0 is already published to 'platform'"
                                        (oxt-test--last-message)))))))
      (when buffer
        (with-current-buffer buffer
          (when (eglot-current-server) (eglot-shutdown (eglot-current-server))))
        (kill-buffer buffer))
      (delete-directory dir t))))

(provide 'oxt-mode-test)
;;; oxt-mode-test.el ends here
