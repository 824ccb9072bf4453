// Format dispatch and the write-to-temporary-then-rename discipline (export/output_target.h
// says which paths are replaced and which are written in place).
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <stdexcept>

#include "export/exporters.h"
#include "export/output_target.h"
#include "export/rows.h"

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
  // An existing file keeps its permission bits (a rename would otherwise swap in 0644).
  void keep_permissions_of(const std::string& target) {
    std::error_code ec;
    const auto st = fs::status(target, ec);
    if (!ec && fs::is_regular_file(st)) fs::permissions(path_, st.permissions(), ec);
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
  void commit(const std::string& target, const std::string& name) {
    std::error_code ec;
    fs::rename(path_, target, ec);
    if (ec) throw std::runtime_error("cannot write " + name + ": " + ec.message());
    committed_ = true;
  }

 private:
  std::string path_;
  bool committed_ = false;
};

using Writer = std::function<void(std::ostream&)>;

// `name` is the path as the user gave it, for messages; `file` is where the bytes go.
void write_one(const std::string& name, const std::string& file, const Writer& writer) {
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  if (!out) throw std::runtime_error("cannot write " + name + ": " + std::strerror(errno));
  writer(out);
  out.flush();
  out.close();
  if (!out) throw std::runtime_error("cannot write " + name + ": write failed (disk full?)");
}

std::vector<std::pair<std::string, Writer>> writers_for(const SignedGraph& g, const std::string& format,
                                                        const std::string& path, exportfmt::EdgeRowSource* rows,
                                                        const std::vector<std::vector<DateSpell>>* node_spells) {
  std::vector<std::pair<std::string, Writer>> files;
  const auto paths = export_paths(format, path);
  // Each writer runs once: a streamed source's rows can be read only once.
  const auto edges = [&g, rows](auto&& with_graph, auto&& with_rows) -> Writer {
    if (rows) return [rows, with_rows](std::ostream& o) { with_rows(*rows, o); };
    return [&g, with_graph](std::ostream& o) { with_graph(g, o); };
  };
  using exportfmt::EdgeRowSource;
  if (format == "graphml")
    files.emplace_back(paths[0], edges([](const SignedGraph& x, std::ostream& o) { write_graphml(x, o); },
                                       [&g](EdgeRowSource& r, std::ostream& o) { write_graphml(g, r, o); }));
  if (format == "gexf")
    files.emplace_back(paths[0], edges([](const SignedGraph& x, std::ostream& o) { write_gexf(x, o); },
                                       [&g, node_spells](EdgeRowSource& r, std::ostream& o) {
                                         write_gexf(g, r, node_spells, o);
                                       }));
  if (format == "json")
    files.emplace_back(paths[0], edges([](const SignedGraph& x, std::ostream& o) { write_json(x, o); },
                                       [&g](EdgeRowSource& r, std::ostream& o) { write_json(g, r, o); }));
  if (format == "csv") {
    files.emplace_back(paths[0], edges([](const SignedGraph& x, std::ostream& o) { write_csv_edges(x, o); },
                                       [](EdgeRowSource& r, std::ostream& o) { write_csv_edges(r, o); }));
    files.emplace_back(paths[1], [&g](std::ostream& o) { write_csv_nodes(g, o); });
  }
  return files;
}

}  // namespace

bool is_single_file_format(const std::string& format) { return is_export_format(format) && format != "csv"; }

void write_export(const SignedGraph& g, const std::string& format, std::ostream& out, exportfmt::EdgeRowSource* rows,
                  const std::vector<std::vector<DateSpell>>* node_spells) {
  if (!is_single_file_format(format)) throw std::runtime_error("format '" + format + "' is not written as one stream");
  writers_for(g, format, "-", rows, node_spells).front().second(out);
}

void export_graph(const SignedGraph& g, const std::string& format, const std::string& path,
                  exportfmt::EdgeRowSource* rows, const std::vector<std::vector<DateSpell>>* node_spells) {
  if (!is_export_format(format)) throw std::runtime_error("unknown export format '" + format + "'");
  if (path.empty()) throw std::runtime_error("no output file given");
  const auto files = writers_for(g, format, path, rows, node_spells);
  std::vector<OutputTarget> targets;
  for (const auto& file : files) targets.push_back(resolve_output_target(file.first));
  // Write every replaced file first, rename after: a failure leaves all targets untouched.
  // Devices and FIFOs cannot be staged; they are written last, once the files are ready.
  std::vector<std::unique_ptr<TempFile>> temps(files.size());
  for (std::size_t i = 0; i < files.size(); ++i) {
    if (targets[i].kind != OutputTarget::Kind::Replace) continue;
    temps[i] = std::make_unique<TempFile>(targets[i].path);
    temps[i]->keep_permissions_of(targets[i].path);
    write_one(files[i].first, temps[i]->path(), files[i].second);
  }
  for (std::size_t i = 0; i < files.size(); ++i)
    if (targets[i].kind == OutputTarget::Kind::Direct) write_one(files[i].first, targets[i].path, files[i].second);
  for (std::size_t i = 0; i < files.size(); ++i)
    if (temps[i]) temps[i]->commit(targets[i].path, files[i].first);
}

}  // namespace irkg
