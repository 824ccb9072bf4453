#include "core/document_reader.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <system_error>

#include <nlohmann/json.hpp>

#include "core/date.h"
#include "core/hash.h"
#include "core/resumed_stream.h"

namespace irkg {

namespace fs = std::filesystem;

namespace {

std::string lower_extension(const fs::path& p) {
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext;
}

bool is_html_extension(const std::string& ext) { return ext == ".html" || ext == ".htm" || ext == ".xhtml"; }
bool is_jsonl_extension(const std::string& ext) { return ext == ".jsonl" || ext == ".ndjson"; }
bool is_text_extension(const std::string& ext) { return ext == ".txt" || ext == ".text" || ext.empty(); }

// How much of a file is read before deciding it is binary (looks_binary samples 8 KiB).
constexpr std::size_t kSniffBytes = 64 * 1024;

// A file's identity is the file, not how its path was typed: samples/x.txt,
// ./samples/x.txt, samples//x.txt, the absolute path and a symbolic link to it are one
// document, so reading it again replaces its claims in a store instead of adding copies.
std::string file_document_id(const std::string& path) {
  std::error_code ec;
  fs::path canonical = fs::canonical(path, ec);
  if (ec) canonical = fs::absolute(path, ec).lexically_normal();
  return ec ? path : canonical.string();
}

// A JSONL document without an id is named by what it says, not by where it sits: its
// line number changes when lines are added above it, and "<stdin>:3" is a different
// document on every run. Two identical documents are one.
std::string content_document_id(const Document& doc) {
  std::string key(doc.format == DocumentFormat::Html ? "html" : "text");
  for (const std::string* part : {&doc.raw, &doc.outlet, &doc.url, &doc.published, &doc.title})
    key.append(1, '\x1f').append(*part);
  return "content:" + hash128_hex(key);
}

std::string json_string(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return "";
  if (it->is_string()) return it->get<std::string>();
  if (it->is_number_integer()) return std::to_string(it->get<long long>());
  return "";
}

}  // namespace

DocumentReader::DocumentReader(DocumentOverrides overrides, DocumentFn on_document, ErrorFn on_error)
    : overrides_(std::move(overrides)), on_document_(std::move(on_document)), on_error_(std::move(on_error)) {}

void DocumentReader::emit(Document&& doc, const std::string& where) {
  if (!overrides_.outlet.empty()) doc.outlet = overrides_.outlet;
  if (!overrides_.agency.empty()) doc.agency = overrides_.agency;
  if (!overrides_.url.empty()) doc.url = overrides_.url;
  if (!overrides_.published.empty()) doc.published = overrides_.published;
  if (!doc.published.empty() && !parse_iso_date(doc.published)) {
    on_error_(where, "ignoring published date '" + doc.published + "' (not YYYY-MM-DD)");
    doc.published.clear();
  }
  ++report_.documents;
  on_document_(std::move(doc));
}

void DocumentReader::read_input(const std::string& input) {
  if (input == "-") {
    // Only two bytes are sniffed (a UTF-16 byte-order mark): stdin may be a live stream.
    read_jsonl_stream(std::cin, "<stdin>", read_head(std::cin, 2));
    return;
  }
  std::error_code ec;
  const auto status = fs::status(input, ec);
  if (ec || !fs::exists(status)) {
    on_error_(input, "no such file or directory");
    ++report_.skipped;
    return;
  }
  if (fs::is_directory(status)) {
    read_directory(input);
  } else {
    read_file(input);
  }
}

namespace {
// Why a directory entry with a readable name is not read, or empty when it is a file.
// A FIFO would block the walk until someone writes to it, and a dangling link has nothing
// to read; both are reported rather than silently passed over.
std::string unreadable_entry_reason(const fs::directory_entry& entry) {
  std::error_code ec;
  const fs::file_status target = entry.status(ec);
  if (fs::is_regular_file(target)) return "";
  if (fs::is_symlink(entry.symlink_status(ec)) && !fs::exists(target)) return "dangling symbolic link; skipped";
  if (fs::is_fifo(target)) return "a FIFO, not a regular file; skipped";
  if (fs::is_socket(target)) return "a socket, not a regular file; skipped";
  if (fs::is_character_file(target) || fs::is_block_file(target)) return "a device, not a regular file; skipped";
  return "not a regular file; skipped";
}
}  // namespace

void DocumentReader::read_directory(const std::string& path) {
  std::vector<std::pair<std::string, std::string>> entries;  // path, reason it is skipped (or "")
  std::error_code ec;
  fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec), end;
  if (ec) {
    on_error_(path, "cannot read directory: " + ec.message());
    ++report_.skipped;
    return;
  }
  for (; it != end; it.increment(ec)) {
    if (ec) {
      on_error_(path, "error while walking directory: " + ec.message());
      ++report_.skipped;
      break;
    }
    const fs::path& p = it->path();
    const std::string name = p.filename().string();
    if (!name.empty() && name[0] == '.') {
      if (it->is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    if (it->is_directory(ec)) continue;
    const std::string ext = lower_extension(p);
    // In a walk, only files irkg knows how to read; README.md and friends are not news.
    if (is_html_extension(ext) || is_jsonl_extension(ext) || ext == ".txt" || ext == ".text")
      entries.emplace_back(p.string(), unreadable_entry_reason(*it));
  }
  std::sort(entries.begin(), entries.end());  // deterministic order across file systems
  for (const auto& [file, reason] : entries) {
    if (reason.empty()) {
      read_file(file);
    } else {
      on_error_(file, reason);
      ++report_.skipped;
    }
  }
}

void DocumentReader::read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    on_error_(path, "cannot be read (permission denied?)");
    ++report_.skipped;
    return;
  }
  try {
    // Binary data is recognised from its first bytes, so a 2 GB archive is refused after
    // reading kSniffBytes, not after reading (and holding) all of it.
    std::string bytes = read_head(in, kSniffBytes);
    if (in.bad()) {
      on_error_(path, "read error");
      ++report_.skipped;
      return;
    }
    if (looks_binary(bytes)) {
      on_error_(path, "looks like binary data, not text or HTML; skipped");
      ++report_.skipped;
      return;
    }
    const std::string ext = lower_extension(path);
    if (is_jsonl_extension(ext)) {
      read_jsonl_stream(in, path, std::move(bytes));
      return;
    }
    std::ostringstream rest;
    if (in.peek() != std::ifstream::traits_type::eof()) rest << in.rdbuf();
    if (in.bad()) {
      on_error_(path, "read error");
      ++report_.skipped;
      return;
    }
    bytes += std::move(rest).str();
    read_file_bytes(path, ext, bytes);
  } catch (const std::bad_alloc&) {
    on_error_(path, "too large to read into memory; skipped");
    ++report_.skipped;
  }
}

void DocumentReader::read_file_bytes(const std::string& path, const std::string& ext, std::string_view bytes) {
  Document doc;
  doc.format = is_html_extension(ext) ? DocumentFormat::Html : DocumentFormat::Text;
  if (!is_html_extension(ext) && !is_text_extension(ext)) {
    // Unknown extension given explicitly: sniff for markup.
    const std::string head = to_clean_utf8(bytes.substr(0, 1024));
    if (head.find("<html") != std::string::npos || head.find("<!DOCTYPE") != std::string::npos ||
        head.find("<!doctype") != std::string::npos || head.find("<HTML") != std::string::npos)
      doc.format = DocumentFormat::Html;
  }
  if (doc.format == DocumentFormat::Html) {
    doc.raw = to_clean_utf8(bytes, declared_html_charset(bytes));
  } else {
    doc.raw = to_clean_utf8(bytes);
    break_lone_carriage_returns(doc.raw);
  }
  // A pipe (`irkg extract <(curl ...)` reads /dev/fd/63) has no lasting path to name it by.
  std::error_code ec;
  doc.id = fs::is_regular_file(path, ec) ? file_document_id(path) : content_document_id(doc);
  emit(std::move(doc), path);
}

void DocumentReader::read_jsonl_stream(std::istream& in, const std::string& name, std::string head) {
  const bool utf16 =
      head.size() >= 2 && ((head[0] == '\xFF' && head[1] == '\xFE') || (head[0] == '\xFE' && head[1] == '\xFF'));
  if (utf16) {
    // UTF-16 lines cannot be split on the byte 0x0A (it is half of many characters), so
    // the whole input is decoded first. Rare enough that holding it in memory is fine.
    std::ostringstream rest;
    rest << in.rdbuf();
    std::istringstream decoded(to_clean_utf8(head + std::move(rest).str()));
    read_jsonl(decoded, name);
    return;
  }
  ResumedStreamBuf resumed(std::move(head), in.rdbuf());
  std::istream joined(&resumed);
  read_jsonl(joined, name);
  if (in.bad() && !joined.bad()) {
    on_error_(name, "read error");
    ++report_.skipped;
  }
}

void DocumentReader::read_jsonl(std::istream& in, const std::string& name) {
  std::string physical;
  std::size_t lineno = 0;
  while (std::getline(in, physical)) {
    // A lone CR ends a line too (old Mac files): raw CR cannot occur inside a JSON value.
    std::string_view rest(physical);
    if (!rest.empty() && rest.back() == '\r') rest.remove_suffix(1);
    for (;;) {
      const std::size_t cr = rest.find('\r');
      read_jsonl_line(rest.substr(0, cr), name, ++lineno);
      if (cr == std::string_view::npos) break;
      rest.remove_prefix(cr + 1);
    }
  }
  if (in.bad()) {
    on_error_(name, "read error");
    ++report_.skipped;
  }
}

void DocumentReader::read_jsonl_line(std::string_view line, const std::string& name, std::size_t lineno) {
  const std::string where = name + ":" + std::to_string(lineno);
  if (line.find_first_not_of(" \t\r") == std::string::npos) return;
  nlohmann::json j = nlohmann::json::parse(to_clean_utf8(line), nullptr, false);
  if (j.is_discarded() || !j.is_object()) {
    on_error_(where, "not a JSON object; document skipped");
    ++report_.skipped;
    return;
  }
  Document doc;
  doc.id = json_string(j, "id");
  const std::string text = json_string(j, "text");
  const std::string html = json_string(j, "html");
  if (!html.empty()) {
    doc.format = DocumentFormat::Html;
    doc.raw = html;
  } else if (!text.empty()) {
    doc.raw = text;
    break_lone_carriage_returns(doc.raw);
  } else {
    on_error_(where, "document has neither \"text\" nor \"html\"; skipped");
    ++report_.skipped;
    return;
  }
  doc.outlet = json_string(j, "outlet");
  doc.agency = json_string(j, "agency");
  doc.url = json_string(j, "url");
  doc.published = json_string(j, "published");
  doc.title = json_string(j, "title");
  if (doc.id.empty()) doc.id = content_document_id(doc);
  emit(std::move(doc), where);
}

void break_lone_carriage_returns(std::string& text) {
  // CR-only line ends (classic Mac OS, some CMS exports) become LF, byte for byte, so
  // offsets into the text do not move; CRLF is left as it is.
  for (std::size_t i = text.find('\r'); i != std::string::npos; i = text.find('\r', i + 1))
    if (i + 1 == text.size() || text[i + 1] != '\n') text[i] = '\n';
}

}  // namespace irkg
