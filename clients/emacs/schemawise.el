;;; schemawise.el --- Database schema checks from the schemawise language server  -*- lexical-binding: t; -*-

;; Version: 0.1.0
;; Package-Requires: ((emacs "27.1"))
;; Keywords: languages, sql, tools
;; URL: https://github.com/schemawise/schemawise

;;; Commentary:

;; Registers the schemawise language server (`schemawise lsp --stdio') with eglot, and with lsp-mode when
;; that is loaded, for `sql-mode' and `prisma-mode'.  Defines a minimal `prisma-mode' (font-lock for
;; keywords, types and attributes) when no other package provides one.
;;
;;   (require 'schemawise)
;;   (setq schemawise-command '("java" "-XX:+UseSerialGC" "-Xss4m" "-Xms64m" "-jar" "/path/to/schemawise.jar" "lsp" "--stdio"))
;;   (add-hook 'sql-mode-hook #'eglot-ensure)
;;   (add-hook 'prisma-mode-hook #'eglot-ensure)

;;; Code:

(defgroup schemawise nil
  "Database schema checks from the schemawise language server."
  :group 'tools
  :prefix "schemawise-")

(defcustom schemawise-command '("schemawise" "lsp" "--stdio")
  "The command that starts the schemawise language server, as a list of strings."
  :type '(repeat string)
  :group 'schemawise)

(defcustom schemawise-settings nil
  "Settings sent to the server as initializationOptions under \"schemawise\".
For example (:rules (:prefer-timestamptz \"off\") :keepDatabaseNameOnRename t)."
  :type 'plist
  :group 'schemawise)

;;;; A minimal prisma-mode, unless one is installed

(defvar schemawise--prisma-font-lock
  `((,(regexp-opt '("model" "enum" "datasource" "generator" "type" "view") 'symbols) . font-lock-keyword-face)
    (,(regexp-opt '("String" "Boolean" "Int" "BigInt" "Float" "Decimal" "DateTime" "Json" "Bytes" "Unsupported") 'symbols)
     . font-lock-type-face)
    ("@@?[A-Za-z.]+" . font-lock-preprocessor-face)
    ("^\\s-*\\(model\\|enum\\|type\\|view\\)\\s-+\\([A-Za-z_][A-Za-z0-9_]*\\)" 2 font-lock-function-name-face))
  "Font-lock rules of the fallback `prisma-mode'.")

(unless (fboundp 'prisma-mode)
  (defvar prisma-mode-syntax-table
    (let ((table (make-syntax-table)))
      (modify-syntax-entry ?/ ". 12" table)
      (modify-syntax-entry ?\n ">" table)
      (modify-syntax-entry ?\" "\"" table)
      (modify-syntax-entry ?_ "w" table)
      table)
    "Syntax table of the fallback `prisma-mode'.")
  (define-derived-mode prisma-mode prog-mode "Prisma"
    "Major mode for Prisma schema files (a minimal one, from schemawise)."
    :syntax-table prisma-mode-syntax-table
    (setq-local comment-start "// ")
    (setq-local comment-end "")
    (setq-local font-lock-defaults '(schemawise--prisma-font-lock))))

;;;###autoload
(add-to-list 'auto-mode-alist '("\\.prisma\\'" . prisma-mode))

;;;; eglot

(defun schemawise--eglot-contact (&optional _interactive)
  "The server command and initialization options, for eglot."
  (append schemawise-command
          (list :initializationOptions (list :schemawise (or schemawise-settings '(:rules nil))))))

(with-eval-after-load 'eglot
  (defvar eglot-server-programs)
  (add-to-list 'eglot-server-programs (cons '(sql-mode prisma-mode) #'schemawise--eglot-contact)))

(declare-function eglot-current-server "eglot")
(declare-function jsonrpc-async-request "jsonrpc")
(declare-function eglot--TextDocumentIdentifier "eglot")
(declare-function eglot--signal-textDocument/didChange "eglot")
(declare-function lsp-send-execute-command "lsp-mode")
(declare-function lsp--buffer-uri "lsp-mode")

;;;###autoload
(defun schemawise-fix-all ()
  "Apply every safe schemawise fix in the current buffer.
Asks the server to run its `schemawise.fixAll' command; the server
sends the edit back as a `workspace/applyEdit' request, which eglot or
lsp-mode applies."
  (interactive)
  (unless buffer-file-name (user-error "This buffer visits no file"))
  (cond
   ((and (fboundp 'eglot-current-server) (eglot-current-server))
    ;; eglot sends buffer changes on an idle timer: flush them first, or the server edits an older
    ;; version of the text and eglot refuses its edit
    (eglot--signal-textDocument/didChange)
    ;; the document's URI exactly as eglot announced it in didOpen
    (let ((uri (plist-get (eglot--TextDocumentIdentifier) :uri)))
      ;; asynchronous: the server answers with a workspace/applyEdit request, which jsonrpc defers while a
      ;; synchronous request is waiting; sent asynchronously, eglot applies it as soon as it arrives
      (jsonrpc-async-request (eglot-current-server) :workspace/executeCommand
                             (list :command "schemawise.fixAll" :arguments (vector uri))
                             :success-fn #'ignore
                             :error-fn (lambda (e) (message "schemawise: fix all failed: %s" (plist-get e :message))))))
   ((and (bound-and-true-p lsp-mode) (fboundp 'lsp-send-execute-command))
    (lsp-send-execute-command "schemawise.fixAll" (vector (lsp--buffer-uri))))
   (t (user-error "No language server manages this buffer (start eglot or lsp-mode)"))))

;;;###autoload
(defun schemawise-generate-doc ()
  "Show the Database Architecture document of this buffer's schema.
Asks the server to run its `schemawise.generateDoc' command and shows
the Markdown it returns in the buffer *schemawise-doc*; save it where
the project keeps it (e.g. docs/DATABASE.md)."
  (interactive)
  (let ((markdown
         (cond
          ((and (fboundp 'eglot-current-server) (eglot-current-server))
           (jsonrpc-request (eglot-current-server) :workspace/executeCommand
                            (list :command "schemawise.generateDoc"
                                  :arguments (vector (plist-get (eglot--TextDocumentIdentifier) :uri)))))
          ((and (bound-and-true-p lsp-mode) (fboundp 'lsp-send-execute-command))
           (lsp-send-execute-command "schemawise.generateDoc" (vector (lsp--buffer-uri))))
          (t (user-error "No language server manages this buffer (start eglot or lsp-mode)")))))
    (unless (stringp markdown) (user-error "schemawise: no schema to describe here"))
    (with-current-buffer (get-buffer-create "*schemawise-doc*")
      (let ((inhibit-read-only t))
        (erase-buffer)
        (insert markdown)
        (goto-char (point-min))
        (if (fboundp 'markdown-mode) (markdown-mode) (text-mode))))
    (pop-to-buffer "*schemawise-doc*")))

;;;; lsp-mode

(declare-function lsp-register-client "lsp-mode")
(declare-function make-lsp-client "lsp-mode")
(declare-function lsp-stdio-connection "lsp-mode")
(defvar lsp-language-id-configuration)

(with-eval-after-load 'lsp-mode
  (add-to-list 'lsp-language-id-configuration '(prisma-mode . "prisma"))
  (lsp-register-client
   (make-lsp-client :new-connection (lsp-stdio-connection (lambda () schemawise-command))
                    :activation-fn (lambda (_file mode) (memq mode '(sql-mode prisma-mode)))
                    :initialization-options (lambda () (list :schemawise (or schemawise-settings '(:rules nil))))
                    :add-on? t
                    :server-id 'schemawise)))

(provide 'schemawise)
;;; schemawise.el ends here
