#pragma once
// Reads irkg's inputs into Documents: .txt/.html/.htm files, .jsonl files of documents,
// directories (walked in sorted order) and "-" (JSONL on stdin). One bad document is
// reported and skipped; the rest of the batch goes on.
#include <functional>
#include <istream>
#include <string>
#include <vector>

#include "core/charset.h"
#include "core/document.h"

namespace irkg {

// Metadata given on the command line; non-empty fields override the input's own.
struct DocumentOverrides {
  std::string outlet, url, published, agency;
};

struct ReadReport {
  std::size_t documents = 0;  // handed to the callback
  std::size_t skipped = 0;    // reported through on_error and not handed on
};

class DocumentReader {
 public:
  using DocumentFn = std::function<void(Document&&)>;
  // `where` names the file (and line), `problem` says what is wrong, in one line.
  using ErrorFn = std::function<void(const std::string& where, const std::string& problem)>;

  DocumentReader(DocumentOverrides overrides, DocumentFn on_document, ErrorFn on_error);

  // Reads one command-line input. A missing or unreadable top-level input is an error
  // for that input only (reported, counted as skipped).
  void read_input(const std::string& input);
  // Reads JSONL documents from a stream; `name` is used in messages.
  void read_jsonl(std::istream& in, const std::string& name);

  const ReadReport& report() const { return report_; }

 private:
  void read_file(const std::string& path);
  void read_file_bytes(const std::string& path, const std::string& ext, std::string_view bytes);
  void read_directory(const std::string& path);
  // JSONL from a stream whose first bytes, `head`, were already taken to sniff it.
  void read_jsonl_stream(std::istream& in, const std::string& name, std::string head);
  void read_jsonl_line(std::string_view line, const std::string& name, std::size_t lineno);
  void emit(Document&& doc, const std::string& where);

  DocumentOverrides overrides_;
  DocumentFn on_document_;
  ErrorFn on_error_;
  ReadReport report_;
};

// Decodes a byte buffer into valid UTF-8: UTF-16 (with BOM) converted, a UTF-8 BOM
// dropped, NUL bytes dropped. Without a BOM, a declared charset is decoded (core/charset.h);
// undeclared bytes that are not UTF-8 are read as Windows-1252 when that explains them
// better (looks_windows1252), else invalid sequences become U+FFFD.
std::string to_clean_utf8(std::string_view bytes);
std::string to_clean_utf8(std::string_view bytes, const DeclaredCharset& declared);

// Turns each CR that is not followed by LF into LF (same length, so offsets hold).
void break_lone_carriage_returns(std::string& text);

// True when the bytes look like binary data rather than text (many control bytes).
bool looks_binary(std::string_view bytes);

}  // namespace irkg
