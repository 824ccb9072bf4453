// Format dispatch and the write-to-temporary-then-rename discipline.
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <stdexcept>

#include "export/exporters.h"

namespace irkg {

namespace fs = std::filesystem;

const std::vector<std::string>& export_formats() {
  static const std::vector<std::string> kFormats{"graphml", "gexf", "csv", "json"};
  return kFormats;
}

bool is_export_format(const std::string& format) {
  for (const auto& f : export_formats())
    if (f == format) return true;
  return false;
}

std::vector<std::string> export_paths(const std::string& format, const std::string& path) {
  if (format != "csv") return {path};
  const fs::path p(path);
  fs::path nodes = p.parent_path() / (p.stem().string() + "-nodes" + p.extension().string());
  return {path, nodes.string()};
}

namespace {

// Removes the temporary file unless it was renamed into place.
class TempFile {
 public:
  // A hidden name in the target's directory, so the final rename never crosses filesystems.
  explicit TempFile(const std::string& target) {
    std::string name(".");
    name.append(fs::path(target).filename().string()).append(".tmp-").append(std::to_string(::getpid()));
    path_ = (fs::path(target).parent_path() / name).string();
  }
  ~TempFile() {
    if (!committed_) {
      std::error_code ec;
      fs::remove(path_, ec);
    }
  }
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
  const std::string& path() const { return path_; }
  void commit(const std::string& target) {
    std::error_code ec;
    fs::rename(path_, target, ec);
    if (ec) throw std::runtime_error("cannot write " + target + ": " + ec.message());
    committed_ = true;
  }

 private:
  std::string path_;
  bool committed_ = false;
};

void write_one(const std::string& target, const std::function<void(std::ostream&)>& writer, TempFile& tmp) {
  std::ofstream out(tmp.path(), std::ios::binary | std::ios::trunc);
  if (!out) throw std::runtime_error("cannot write " + target + ": " + std::strerror(errno));
  writer(out);
  out.flush();
  out.close();
  if (!out) throw std::runtime_error("cannot write " + target + ": write failed (disk full?)");
}

}  // namespace

void export_graph(const SignedGraph& g, const std::string& format, const std::string& path) {
  if (!is_export_format(format)) throw std::runtime_error("unknown export format '" + format + "'");
  if (path.empty()) throw std::runtime_error("no output file given");
  std::vector<std::pair<std::string, std::function<void(std::ostream&)>>> files;
  const auto paths = export_paths(format, path);
  if (format == "graphml") files.emplace_back(paths[0], [&](std::ostream& o) { write_graphml(g, o); });
  if (format == "gexf") files.emplace_back(paths[0], [&](std::ostream& o) { write_gexf(g, o); });
  if (format == "json") files.emplace_back(paths[0], [&](std::ostream& o) { write_json(g, o); });
  if (format == "csv") {
    files.emplace_back(paths[0], [&](std::ostream& o) { write_csv_edges(g, o); });
    files.emplace_back(paths[1], [&](std::ostream& o) { write_csv_nodes(g, o); });
  }
  // Write every file first, rename after: a failure leaves all targets untouched.
  std::vector<std::unique_ptr<TempFile>> temps;
  for (const auto& [target, writer] : files) {
    temps.push_back(std::make_unique<TempFile>(target));
    write_one(target, writer, *temps.back());
  }
  for (std::size_t i = 0; i < files.size(); ++i) temps[i]->commit(files[i].first);
}

}  // namespace irkg
