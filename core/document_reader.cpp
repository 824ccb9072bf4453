#include "core/document_reader.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <system_error>

#include <nlohmann/json.hpp>

#include "core/date.h"

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

// Reads a whole file; false with a reason on failure.
bool slurp(const std::string& path, std::string& out, std::string& why) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::error_code ec;
    why = fs::exists(path, ec) ? "cannot be read (permission denied?)" : "no such file";
    return false;
  }
  std::ostringstream buf;
  buf << in.rdbuf();
  if (in.bad()) {
    why = "read error";
    return false;
  }
  out = std::move(buf).str();
  return true;
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
    read_jsonl(std::cin, "<stdin>");
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

void DocumentReader::read_directory(const std::string& path) {
  std::vector<std::string> files;
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
    if (!it->is_regular_file(ec)) continue;
    const std::string ext = lower_extension(p);
    // In a walk, only files irkg knows how to read; README.md and friends are not news.
    if (is_html_extension(ext) || is_jsonl_extension(ext) || ext == ".txt" || ext == ".text") files.push_back(p.string());
  }
  std::sort(files.begin(), files.end());  // deterministic order across file systems
  for (const auto& f : files) read_file(f);
}

void DocumentReader::read_file(const std::string& path) {
  const std::string ext = lower_extension(path);
  if (is_jsonl_extension(ext)) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      on_error_(path, "cannot be read (permission denied?)");
      ++report_.skipped;
      return;
    }
    read_jsonl(in, path);
    return;
  }
  std::string bytes, why;
  if (!slurp(path, bytes, why)) {
    on_error_(path, why);
    ++report_.skipped;
    return;
  }
  if (looks_binary(bytes)) {
    on_error_(path, "looks like binary data, not text or HTML; skipped");
    ++report_.skipped;
    return;
  }
  Document doc;
  doc.id = path;
  doc.format = is_html_extension(ext) ? DocumentFormat::Html : DocumentFormat::Text;
  doc.raw = to_clean_utf8(bytes);
  if (!is_html_extension(ext) && !is_text_extension(ext)) {
    // Unknown extension given explicitly: sniff for markup.
    const auto head = doc.raw.substr(0, 1024);
    if (head.find("<html") != std::string::npos || head.find("<!DOCTYPE") != std::string::npos ||
        head.find("<!doctype") != std::string::npos)
      doc.format = DocumentFormat::Html;
  }
  emit(std::move(doc), path);
}

void DocumentReader::read_jsonl(std::istream& in, const std::string& name) {
  std::string line;
  std::size_t lineno = 0;
  while (std::getline(in, line)) {
    ++lineno;
    const std::string where = name + ":" + std::to_string(lineno);
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    nlohmann::json j = nlohmann::json::parse(to_clean_utf8(line), nullptr, false);
    if (j.is_discarded() || !j.is_object()) {
      on_error_(where, "not a JSON object; document skipped");
      ++report_.skipped;
      continue;
    }
    Document doc;
    doc.id = json_string(j, "id");
    if (doc.id.empty()) doc.id = where;
    const std::string text = json_string(j, "text");
    const std::string html = json_string(j, "html");
    if (!html.empty()) {
      doc.format = DocumentFormat::Html;
      doc.raw = html;
    } else if (!text.empty()) {
      doc.raw = text;
    } else {
      on_error_(where, "document has neither \"text\" nor \"html\"; skipped");
      ++report_.skipped;
      continue;
    }
    doc.outlet = json_string(j, "outlet");
    doc.agency = json_string(j, "agency");
    doc.url = json_string(j, "url");
    doc.published = json_string(j, "published");
    doc.title = json_string(j, "title");
    emit(std::move(doc), where);
  }
  if (in.bad()) {
    on_error_(name, "read error");
    ++report_.skipped;
  }
}

}  // namespace irkg
