;;; schemawise-test.el --- headless test of schemawise.el with eglot and the real server  -*- lexical-binding: t; -*-

;; emacs --batch -l test/schemawise-test.el, with SCHEMAWISE_JAR, SCHEMAWISE_WORK (a git-initialised copy of
;; the examples) and PLUGIN_DIR set.  Exits 0 when every check passes, 1 otherwise.

(require 'eglot)
(require 'flymake)
(require 'subr-x)
(require 'cl-lib)
(require 'seq)

(defvar schemawise-test--failures 0)

;; The server's workspace/applyEdit may be handled after a let-binding has ended (jsonrpc dispatches from
;; timers), and a y-or-n prompt in batch mode would eat the test: never ask.
(setq eglot-confirm-server-initiated-edits nil)

(defun schemawise-test--check (ok what)
  (princ (format "%s %s\n" (if ok "ok  " "FAIL") what))
  (unless ok (setq schemawise-test--failures (1+ schemawise-test--failures)))
  ok)

(defun schemawise-test--wait (predicate seconds)
  "Run the event loop until PREDICATE returns non-nil or SECONDS pass."
  (let ((deadline (+ (float-time) seconds)) (result nil))
    (while (and (not (setq result (funcall predicate))) (< (float-time) deadline))
      (accept-process-output nil 0.2)
      (when (bound-and-true-p flymake-mode) (flymake-start)))
    result))

(defun schemawise-test--diagnostic (rule &optional line)
  "The flymake diagnostic from schemawise with code RULE (on LINE, if given).
eglot 1.9 writes a diagnostic's text as \"SOURCE [CODE]: MESSAGE\"."
  (seq-find (lambda (d)
              (and (string-prefix-p (format "schemawise [%s]: " rule) (flymake-diagnostic-text d))
                   (or (null line) (= line (car (schemawise-test--line-col (flymake-diagnostic-beg d)))))))
            (flymake-diagnostics)))

(defun schemawise-test--hover (line column)
  "The hover text the server gives at LINE (1-based) and COLUMN (0-based) of this buffer."
  (let* ((pos (save-excursion (goto-char (point-min)) (forward-line (1- line)) (forward-char column) (point)))
         (hover (jsonrpc-request (eglot--current-server-or-lose) :textDocument/hover
                                 (list :textDocument (eglot--TextDocumentIdentifier)
                                       :position (eglot--pos-to-lsp-position pos))))
         (contents (plist-get hover :contents)))
    (cond ((stringp contents) contents)
          ((plist-get contents :value))
          (t (format "%S" contents)))))

(defun schemawise-test--server-process-live-p ()
  "Whether eglot's server process runs; `eglot-current-server' stays nil until the server is initialised."
  (seq-some (lambda (p) (and (string-prefix-p "EGLOT" (process-name p)) (process-live-p p))) (process-list)))

(defun schemawise-test--line-col (pos)
  (save-excursion (goto-char pos) (cons (line-number-at-pos) (1+ (current-column)))))

(condition-case err
    (let* ((plugin (getenv "PLUGIN_DIR"))
           (work (file-name-as-directory (getenv "SCHEMAWISE_WORK")))
           (jar (getenv "SCHEMAWISE_JAR"))
           (compiled (expand-file-name "schemawise.el" work)))
      ;; byte-compile a copy, warnings as errors
      (copy-file (expand-file-name "schemawise.el" plugin) compiled t)
      (let ((byte-compile-error-on-warn t))
        (schemawise-test--check (byte-compile-file compiled) "schemawise.el byte-compiles without warnings"))
      (load (concat (file-name-sans-extension compiled) ".elc") nil t)
      (setq schemawise-command (list "java" "-XX:+UseSerialGC" "-Xss4m" "-Xms64m" "-jar" jar "lsp" "--stdio"))
      ;; one rule turned off through the settings; the Prisma checks make sure it stays off
      (setq schemawise-settings '(:rules (:suggest-check-constraint "off")))
      (schemawise-test--check (assq 'prisma-mode (mapcar (lambda (e) (cons (cdr e) t)) auto-mode-alist)) "*.prisma opens in prisma-mode")

      ;; SQL: flymake diagnostics from the server
      (find-file (expand-file-name "postgres/schema.sql" work))
      (schemawise-test--check (eq major-mode 'sql-mode) "schema.sql opens in sql-mode")
      (apply #'eglot (eglot--guess-contact))
      ;; stop early, not after 90 s, when the server process has exited
      (unless (schemawise-test--check
               (schemawise-test--wait (lambda () (or (schemawise-test--diagnostic "require-fk-index")
                                                      (not (schemawise-test--server-process-live-p))))
                                      90)
               "flymake shows schemawise diagnostics for schema.sql")
        (error "No diagnostics from the server"))
      (unless (schemawise-test--diagnostic "require-fk-index")
        (error "The server exited"))
      (let ((fk (schemawise-test--diagnostic "require-fk-index"))
            (nn (schemawise-test--diagnostic "require-not-null")))
        (schemawise-test--check (and fk (equal (schemawise-test--line-col (flymake-diagnostic-beg fk)) '(98 . 16)))
                                (format "require-fk-index at 98:16 (got %S)" (and fk (schemawise-test--line-col (flymake-diagnostic-beg fk)))))
        (schemawise-test--check (and nn (equal (schemawise-test--line-col (flymake-diagnostic-beg nn)) '(34 . 5))
                                     (equal (schemawise-test--line-col (flymake-diagnostic-end nn)) '(34 . 14)))
                                "require-not-null on is_active at 34:5-34:14")
        ;; a code action, applied through eglot
        (when nn
          (let* ((server (eglot--current-server-or-lose))
                 (range (list :start (eglot--pos-to-lsp-position (flymake-diagnostic-beg nn))
                              :end (eglot--pos-to-lsp-position (flymake-diagnostic-end nn))))
                 (actions (jsonrpc-request server :textDocument/codeAction
                                           (list :textDocument (eglot--TextDocumentIdentifier) :range range
                                                 :context (list :diagnostics [] :only ["quickfix"]))))
                 (action (seq-find (lambda (a) (string-match-p "NOT NULL" (plist-get a :title))) actions)))
            (schemawise-test--check action "a quick fix \"Make is_active NOT NULL\" is offered")
            ;; eglot 1.9 neither announces codeAction.resolveSupport nor calls codeAction/resolve
            (schemawise-test--check (plist-get action :edit) "the quick fix carries its edit inline (eglot 1.9 does not resolve)")
            (when (plist-get action :edit) (eglot--apply-workspace-edit (plist-get action :edit)))
            (schemawise-test--check
             (save-excursion (goto-char (point-min)) (forward-line 33)
                             (string-match-p "is_active +boolean NOT NULL +DEFAULT true"
                                             (buffer-substring (line-beginning-position) (line-end-position))))
             "after the quick fix line 34 reads \"is_active boolean NOT NULL DEFAULT true\""))))

      ;; hover on a table name
      (let ((text (schemawise-test--hover (save-excursion (goto-char (point-min))
                                                          (re-search-forward "^CREATE TABLE products")
                                                          (line-number-at-pos))
                                          14)))
        (schemawise-test--check (and (string-match-p "products" text) (string-match-p "sku" text))
                                "hover on products shows its card"))

      ;; M-x schemawise-fix-all: the server answers with workspace/applyEdit, which eglot applies
      (let ((before (buffer-string))
            (eglot-confirm-server-initiated-edits nil))
        (schemawise-fix-all)
        (schemawise-test--check (schemawise-test--wait
                                 (lambda () (string-match-p "CREATE INDEX reviews_product_id_idx" (buffer-string))) 30)
                                "schemawise-fix-all adds the missing index on reviews (product_id)")
        (schemawise-test--check (not (equal before (buffer-string))) "schemawise-fix-all changed the buffer text")
        (schemawise-test--check (not (string-match-p "NOT NULL NOT NULL" (buffer-string)))
                                "schemawise-fix-all did not repeat the quick fix already applied")
        (when (getenv "DEBUG")
          (with-current-buffer (jsonrpc-events-buffer (eglot-current-server)) (princ (buffer-string)))))

      ;; M-x schemawise-generate-doc: the document in its own buffer
      (let ((from (current-buffer)))
        (schemawise-generate-doc)
        (schemawise-test--check (with-current-buffer "*schemawise-doc*"
                                  (and (string-prefix-p "# Database Architecture" (buffer-string))
                                       (string-match-p "orders belongsTo users" (buffer-string))))
                                "schemawise-generate-doc shows the document with the relationships")
        (switch-to-buffer from))

      ;; Prisma: the fallback major mode, and diagnostics
      (find-file (expand-file-name "prisma/schema.prisma" work))
      (schemawise-test--check (eq major-mode 'prisma-mode) "schema.prisma opens in prisma-mode")
      ;; the server started for schema.sql manages prisma-mode in the same project, so eglot attaches the
      ;; Prisma buffer to it when the file is opened
      (let ((sql-server (with-current-buffer (find-buffer-visiting (expand-file-name "postgres/schema.sql" work))
                          (eglot-current-server))))
        (schemawise-test--check (and sql-server (eq (eglot-current-server) sql-server))
                                "schema.prisma joins the running server")
        (unless (eglot-current-server) (apply #'eglot (eglot--guess-contact))))
      (schemawise-test--check (schemawise-test--wait (lambda () (schemawise-test--diagnostic "require-fk-index")) 90)
                              "flymake shows schemawise diagnostics for schema.prisma")
      (let ((fk (schemawise-test--diagnostic "require-fk-index")))
        (schemawise-test--check (and fk (equal (schemawise-test--line-col (flymake-diagnostic-beg fk)) '(116 . 3)))
                                "Prisma require-fk-index at 116:3"))
      (let ((nn (schemawise-test--diagnostic "require-not-null")))
        (schemawise-test--check (and nn (equal (schemawise-test--line-col (flymake-diagnostic-beg nn)) '(55 . 3))
                                     (equal (schemawise-test--line-col (flymake-diagnostic-end nn)) '(55 . 11)))
                                (format "Prisma require-not-null on isActive at 55:3-55:11 (got %S)"
                                        (and nn (list (schemawise-test--line-col (flymake-diagnostic-beg nn))
                                                      (schemawise-test--line-col (flymake-diagnostic-end nn)))))))
      (schemawise-test--check (schemawise-test--diagnostic "money-as-float" 53) "Prisma money-as-float on line 53")
      (schemawise-test--check (not (schemawise-test--diagnostic "suggest-check-constraint"))
                              "schemawise-settings turned suggest-check-constraint off")
      ;; The fix-all action's edit must come inline: eglot 1.9 announces no codeAction.resolveSupport.
      (let* ((actions (jsonrpc-request (eglot--current-server-or-lose) :textDocument/codeAction
                                       (list :textDocument (eglot--TextDocumentIdentifier)
                                             :range (list :start (eglot--pos-to-lsp-position (point-min))
                                                          :end (eglot--pos-to-lsp-position (point-min)))
                                             :context (list :diagnostics [] :only ["source.fixAll"]))))
             (fix-all (and (> (length actions) 0) (aref actions 0))))
        (schemawise-test--check (equal (plist-get fix-all :kind) "source.fixAll.schemawise")
                                "the source.fixAll.schemawise action is offered")
        (schemawise-test--check (plist-get fix-all :edit)
                                "its edit is inline (eglot 1.9 announces no resolveSupport)"))
      ;; M-x eglot-code-actions as a user runs it: the menu (completing-read) is answered by title
      (let ((is-active (save-excursion (goto-char (point-min)) (re-search-forward "^ *isActive ") (line-beginning-position))))
        (cl-letf (((symbol-function 'completing-read)
                   (lambda (_prompt items &rest _)
                     (or (seq-find (lambda (title) (string-prefix-p "Make isActive required" title))
                                   (mapcar (lambda (i) (if (consp i) (car i) i)) items))
                         (error "No \"Make isActive required\" in the menu")))))
          ;; as if typed: with a list (a mouse event, or nil in batch mode) eglot pops up a menu instead
          (let ((last-nonmenu-event ?\r))
            (eglot-code-actions is-active (save-excursion (goto-char is-active) (line-end-position)) "quickfix" t)))
        (schemawise-test--check (save-excursion (goto-char is-active)
                                                (looking-at-p " *isActive +Boolean +@default(true)"))
                                (format "eglot-code-actions applies \"Make isActive required\" (got %S)"
                                        (save-excursion (goto-char is-active) (buffer-substring is-active (line-end-position))))))
      (eglot-code-actions (point-min) (point-min) "source.fixAll.schemawise" t)
      (schemawise-test--check (string-match-p "@@index(\\[productId\\])" (buffer-string))
                              "eglot-code-actions applies the fix-all action, adding @@index([productId])")
      (schemawise-test--check (string-match-p "products" (schemawise-test--hover (save-excursion (goto-char (point-min))
                                                                                (re-search-forward "^model Product ")
                                                                                (line-number-at-pos))
                                                                7))
                              "hover on model Product shows its card")
      (ignore-errors (eglot-shutdown-all))

      ;; lsp-mode is not packaged here: stand-ins with lsp-mode's signatures record what schemawise.el registers
      ;; when the feature appears (this checks the call, not lsp-mode itself)
      (let (registered)
        (defvar lsp-language-id-configuration '((sql-mode . "sql")))
        (cl-letf (((symbol-function 'make-lsp-client) (lambda (&rest args) args))
                  ((symbol-function 'lsp-stdio-connection) (lambda (command) (list :stdio command)))
                  ((symbol-function 'lsp-register-client) (lambda (client) (push client registered))))
          ;; load-file-name is nil as in an interactive (require 'lsp-mode); while this file loads, Emacs would
          ;; run the after-load forms only once it has finished loading
          (let ((load-file-name nil)) (provide 'lsp-mode)))
        (let* ((client (seq-find (lambda (c) (eq (plist-get c :server-id) 'schemawise)) registered))
               (command (cadr (plist-get client :new-connection)))
               (activation (plist-get client :activation-fn)))
          (schemawise-test--check client "with lsp-mode loaded, the client schemawise is registered")
          (schemawise-test--check (equal (if (functionp command) (funcall command) command) schemawise-command)
                                  "its connection runs schemawise-command")
          (schemawise-test--check (and (functionp activation) (funcall activation "a.sql" 'sql-mode)
                                       (funcall activation "a.prisma" 'prisma-mode)
                                       (not (funcall activation "a.el" 'emacs-lisp-mode)))
                                  "it activates in sql-mode and prisma-mode only")
          (schemawise-test--check (equal (funcall (plist-get client :initialization-options))
                                         (list :schemawise schemawise-settings))
                                  "its initialization options carry schemawise-settings")
          (schemawise-test--check (equal (cdr (assq 'prisma-mode lsp-language-id-configuration)) "prisma")
                                  "prisma-mode has the language id prisma"))))
  (error (schemawise-test--check nil (format "test raised: %S" err))))

(princ (if (zerop schemawise-test--failures) "emacs: all checks passed\n"
         (format "emacs: %d check(s) failed\n" schemawise-test--failures)))
(kill-emacs (if (zerop schemawise-test--failures) 0 1))
