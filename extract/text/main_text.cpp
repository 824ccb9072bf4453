// Entry points of the main-text stage: clean the bytes, pick the HTML or text path, fill
// metadata and join the kept paragraphs.
#include "extract/main_text.h"

#include "core/document_reader.h"
#include "extract/text/html_content.h"
#include "extract/text/html_dom.h"
#include "extract/text/agency.h"
#include "extract/text/furniture.h"
#include "extract/text/html_metadata.h"
#include "extract/text/outlet_choice.h"
#include "extract/text/text_content.h"
#include "extract/text/text_util.h"

namespace irkg {
namespace {

std::string join_paragraphs(const std::vector<std::string>& paragraphs) {
  std::string out;
  for (const auto& p : paragraphs) {
    // A <br> inside a block separates lines that are paragraphs of their own.
    std::size_t start = 0;
    while (start <= p.size()) {
      std::size_t end = p.find('\n', start);
      if (end == std::string::npos) end = p.size();
      std::size_t b = start, e = end;
      while (b < e && p[b] == ' ') ++b;
      while (e > b && p[e - 1] == ' ') --e;
      if (e > b) {
        if (!out.empty()) out += "\n\n";
        out.append(p, b, e - b);
      }
      start = end + 1;
    }
  }
  if (!out.empty()) out += '\n';
  return out;
}

void copy_metadata(MainText& m, const text::PageMetadata& meta) {
  m.title = meta.title;
  m.author = meta.author;
  m.published = meta.published;
  m.outlet = meta.outlet;
  m.url = meta.url;
  m.agency = meta.agency;
}

// The dateline, byline or credit line wins over an agency named only in a publisher field.
void fill_agency(text::PageMetadata& meta, const std::vector<std::string>& paragraphs,
                 const std::vector<DroppedBlock>& dropped) {
  std::vector<std::string> credits;
  for (const auto& d : dropped)
    if (d.text.size() < 250 && d.reason != "caption") credits.push_back(d.text);
  if (std::string found = text::detect_agency(paragraphs, meta.author, credits); !found.empty())
    meta.agency = std::move(found);
}

MainText from_html(const std::string& html) {
  text::HtmlPage page = text::parse_html_page(html);
  text::PageMetadata meta = text::html_metadata(page);
  text::HtmlContent content = text::select_html_content(page, meta.article_body);
  // A byline date next to the headline is what readers see; meta tags are often
  // "modified" stamps, so the byline wins only when the head says nothing.
  if (meta.published.empty()) meta.published = content.byline_date;
  if (meta.author.empty()) meta.author = content.byline_author;
  if (!content.headline.empty() && meta.title.empty()) meta.title = content.headline;
  fill_agency(meta, content.paragraphs, content.dropped);
  // A page with no URL and no site name is still named by its copyright holder.
  if (meta.outlet.empty())
    for (const auto& d : content.dropped)
      if (d.reason == "copyright" && meta.outlet.empty()) {
        meta.outlet_candidates.push_back({"copyright", std::string(text::copyright_holder(d.text))});
        meta.outlet = text::choose_outlet(meta).outlet;
      }
  MainText m;
  copy_metadata(m, meta);
  m.text = join_paragraphs(content.paragraphs);
  m.dropped = std::move(content.dropped);
  return m;
}

MainText from_text(const std::string& raw) {
  text::TextContent content = text::select_text_content(raw);
  // A name read off plain text passes the same checks as an HTML page's (no section
  // label, byline, platform or agency as the publisher).
  if (!content.meta.outlet.empty()) {
    content.meta.outlet_candidates.push_back({"text", content.meta.outlet});
    const text::OutletChoice choice = text::choose_outlet(content.meta);
    content.meta.outlet = choice.outlet;
    content.meta.agency = choice.agency_hint;
  }
  fill_agency(content.meta, content.paragraphs, content.dropped);
  MainText m;
  copy_metadata(m, content.meta);
  m.text = join_paragraphs(content.paragraphs);
  m.dropped = std::move(content.dropped);
  return m;
}

}  // namespace

MainText extract_main_text(const Document& doc) {
  // Input from the document reader is already clean UTF-8, but Documents built in code
  // (tests, JSONL "html" fields, fuzzers) may carry anything.
  if (text::is_clean_utf8(doc.raw))
    return doc.format == DocumentFormat::Html ? from_html(doc.raw) : from_text(doc.raw);
  const std::string clean = to_clean_utf8(doc.raw);
  return doc.format == DocumentFormat::Html ? from_html(clean) : from_text(clean);
}

void prepare_document(Document& doc) {
  MainText m = extract_main_text(doc);
  doc.text = std::move(m.text);
  if (doc.title.empty()) doc.title = std::move(m.title);
  if (doc.author.empty()) doc.author = std::move(m.author);
  if (doc.published.empty()) doc.published = std::move(m.published);
  if (doc.outlet.empty()) doc.outlet = std::move(m.outlet);
  if (doc.url.empty()) doc.url = std::move(m.url);
  if (doc.agency.empty()) doc.agency = std::move(m.agency);
}

}  // namespace irkg
