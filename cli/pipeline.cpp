#include "cli/pipeline.h"

#include <atomic>
#include <thread>

#include "compare/compare.h"
#include "core/agencies.h"
#include "extract/main_text.h"

namespace irkg::cli {

namespace {
constexpr std::size_t kBatchPerJob = 16;

std::size_t count_paragraphs(const std::string& s) {
  std::size_t lines = 0;
  bool content = false;
  for (char c : s) {
    if (c == '\n' || c == '\r') {  // a lone CR ends a line too; CRLF's empty half adds nothing
      lines += content;
      content = false;
    } else if (c != ' ' && c != '\t' && c != '\r') {
      content = true;
    }
  }
  return lines + content;
}
}  // namespace

void prepare(Document& doc) {
  if (doc.format == DocumentFormat::Text && count_paragraphs(doc.raw) <= 1) {
    doc.text = doc.raw;
  } else {
    prepare_document(doc);
  }
  // "TFI Global News", "tfiglobalnews.com" and "TFIGlobal" are one outlet in the store, so
  // comparisons and corroboration count it once (data/outlets.tsv).
  doc.outlet = normalize_outlet(doc.outlet);
  doc.agency = normalize_agency(doc.agency);
}

void stamp_claims(const Document& doc, std::vector<Claim>& claims) {
  for (Claim& c : claims) {
    c.agency = doc.agency;
    c.story = doc.story;
  }
}

Pipeline::Pipeline(const Extractor& extractor, unsigned jobs, ResultFn on_result)
    : extractor_(extractor), jobs_(jobs == 0 ? 1 : jobs), on_result_(std::move(on_result)) {
  batch_.reserve(kBatchPerJob * jobs_);
}

Pipeline::~Pipeline() {
  try {
    flush();
  } catch (...) {
    // A destructor must not throw; callers flush() explicitly to see errors.
  }
}

void Pipeline::add(Document&& doc) {
  batch_.push_back(std::move(doc));
  if (batch_.size() >= kBatchPerJob * jobs_) flush();
}

void Pipeline::flush() {
  if (batch_.empty()) return;
  std::vector<ProcessedDocument> results(batch_.size());
  auto work = [&](std::size_t i) {
    results[i].doc = std::move(batch_[i]);
    try {
      prepare(results[i].doc);
      results[i].claims = extractor_.extract(results[i].doc);
      stamp_claims(results[i].doc, results[i].claims);
    } catch (const std::bad_alloc&) {
      results[i].claims.clear();
      results[i].error = "out of memory; document skipped";
    } catch (const std::exception& e) {
      // One bad document must not take down a batch (or a worker thread).
      results[i].claims.clear();
      results[i].error = e.what();
    }
  };
  if (jobs_ == 1 || batch_.size() == 1) {
    for (std::size_t i = 0; i < batch_.size(); ++i) work(i);
  } else {
    std::atomic<std::size_t> next{0};
    std::vector<std::jthread> workers;
    for (unsigned t = 0; t < jobs_; ++t)
      workers.emplace_back([&] {
        for (std::size_t i; (i = next.fetch_add(1)) < batch_.size();) work(i);
      });
  }
  batch_.clear();
  for (auto& r : results) on_result_(std::move(r));
}

}  // namespace irkg::cli
