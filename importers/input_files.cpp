// Reading import files: plain, gzip or zip, told apart by their first bytes (GDELT ships
// .zip, mirrors often re-compress as .gz, and users rename files). zlib does the inflating;
// the zip container is simple enough (central directory + stored/deflated members) that a
// small reader here is clearer than another dependency, see docs/IMPORT.md.
#include <cstdint>
#include <algorithm>
#include <fstream>
#include <sstream>

#include <zlib.h>

#include "importers/importers.h"

namespace irkg {

namespace {

// Decompressed data larger than this is refused: it would not fit in memory anyway and a
// tiny archive that inflates without end is a known attack.
constexpr std::uint64_t kMaxInflated = std::uint64_t{8} << 30;

class Inflater {
 public:
  // window_bits: -MAX_WBITS for raw deflate (zip), 16 + MAX_WBITS for gzip.
  explicit Inflater(int window_bits) {
    if (inflateInit2(&stream_, window_bits) != Z_OK) throw ImportError("zlib: cannot initialise inflate");
  }
  ~Inflater() { inflateEnd(&stream_); }
  Inflater(const Inflater&) = delete;
  Inflater& operator=(const Inflater&) = delete;

  // Inflates `in` onto `out`; returns the number of input bytes consumed by this stream
  // (a gzip file may hold several members back to back).
  std::size_t run(std::string_view in, std::string& out, const std::string& what) {
    stream_.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
    stream_.avail_in = 0;
    std::size_t fed = 0;
    while (true) {
      if (stream_.avail_in == 0 && fed < in.size()) {
        const std::size_t chunk = std::min<std::size_t>(in.size() - fed, 1u << 30);
        stream_.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data() + fed));
        stream_.avail_in = static_cast<uInt>(chunk);
        fed += chunk;
      }
      const std::size_t before = out.size();
      const std::size_t room = std::max<std::size_t>(std::size_t{1} << 16, before / 2);
      if (before + room > kMaxInflated) throw ImportError(what + ": decompressed data exceeds 8 GiB");
      out.resize(before + room);
      stream_.next_out = reinterpret_cast<Bytef*>(out.data() + before);
      stream_.avail_out = static_cast<uInt>(room);
      const int rc = inflate(&stream_, Z_NO_FLUSH);
      out.resize(before + room - stream_.avail_out);
      if (rc == Z_STREAM_END) return fed - stream_.avail_in;
      if (rc == Z_BUF_ERROR && stream_.avail_in == 0 && fed == in.size())
        throw ImportError(what + ": compressed data is truncated");
      if (rc != Z_OK && rc != Z_BUF_ERROR)
        throw ImportError(what + ": corrupt compressed data (" + (stream_.msg ? stream_.msg : "zlib error") + ")");
    }
  }
  void reset() { inflateReset(&stream_); }

 private:
  z_stream stream_{};
};

std::string gunzip(std::string_view in, const std::string& name) {
  std::string out;
  out.reserve(in.size() * 4);
  Inflater inflater(16 + MAX_WBITS);
  while (in.size() >= 2 && static_cast<unsigned char>(in[0]) == 0x1f && static_cast<unsigned char>(in[1]) == 0x8b) {
    in.remove_prefix(inflater.run(in, out, name));
    inflater.reset();
  }
  return out;
}

std::uint32_t le16(std::string_view b, std::size_t at) {
  return static_cast<std::uint32_t>(static_cast<unsigned char>(b[at])) |
         static_cast<std::uint32_t>(static_cast<unsigned char>(b[at + 1])) << 8;
}
std::uint32_t le32(std::string_view b, std::size_t at) { return le16(b, at) | le16(b, at + 2) << 16; }

std::vector<InputEntry> unzip(std::string_view zip, const std::string& name) {
  // The end-of-central-directory record sits in the last 22 + (up to 65535 comment) bytes.
  constexpr std::uint32_t kEndSignature = 0x06054b50, kCentralSignature = 0x02014b50, kLocalSignature = 0x04034b50;
  if (zip.size() < 22) throw ImportError(name + ": truncated zip file");
  std::size_t end = std::string_view::npos;
  const std::size_t lowest = zip.size() > 22 + 65535 ? zip.size() - 22 - 65535 : 0;
  for (std::size_t at = zip.size() - 22 + 1; at-- > lowest;)
    if (le32(zip, at) == kEndSignature) {
      end = at;
      break;
    }
  if (end == std::string_view::npos) throw ImportError(name + ": truncated or not a zip file (no central directory)");
  const std::uint32_t entries = le16(zip, end + 10);
  std::size_t at = le32(zip, end + 16);
  if (entries == 0xFFFF || at == 0xFFFFFFFF) throw ImportError(name + ": ZIP64 archives are not supported");

  std::vector<InputEntry> out;
  for (std::uint32_t i = 0; i < entries; ++i) {
    if (at + 46 > zip.size() || le32(zip, at) != kCentralSignature) throw ImportError(name + ": corrupt zip directory");
    const std::uint32_t flags = le16(zip, at + 8), method = le16(zip, at + 10), crc = le32(zip, at + 16);
    const std::uint64_t packed = le32(zip, at + 20), size = le32(zip, at + 24);
    const std::size_t name_len = le16(zip, at + 28), extra_len = le16(zip, at + 30), comment_len = le16(zip, at + 32);
    const std::size_t local = le32(zip, at + 42);
    if (at + 46 + name_len > zip.size()) throw ImportError(name + ": corrupt zip directory");
    const std::string entry(zip.substr(at + 46, name_len));
    at += 46 + name_len + extra_len + comment_len;
    if (!entry.empty() && entry.back() == '/') continue;  // a directory
    const std::string what = name + ":" + entry;
    if (packed == 0xFFFFFFFF || size == 0xFFFFFFFF) throw ImportError(what + ": ZIP64 members are not supported");
    if (flags & 1) throw ImportError(what + ": encrypted zip members are not supported");
    if (local + 30 > zip.size() || le32(zip, local) != kLocalSignature) throw ImportError(what + ": corrupt zip member");
    const std::size_t data = local + 30 + le16(zip, local + 26) + le16(zip, local + 28);
    if (data + packed > zip.size()) throw ImportError(what + ": truncated zip member");
    const std::string_view raw = zip.substr(data, packed);
    InputEntry e{what, {}};
    if (method == 0) {
      e.bytes.assign(raw);
    } else if (method == 8) {
      // The header's size may lie (damaged file): deflate never exceeds ~1032:1.
      e.bytes.reserve(std::min<std::uint64_t>(size, packed * 1032 + 64));
      Inflater inflater(-MAX_WBITS);
      inflater.run(raw, e.bytes, what);
    } else {
      throw ImportError(what + ": zip compression method " + std::to_string(method) +
                        " is not supported (only stored and deflate)");
    }
    uLong sum = crc32(0L, Z_NULL, 0);
    for (std::size_t off = 0; off < e.bytes.size(); off += 1u << 30) {
      const std::size_t len = std::min<std::size_t>(e.bytes.size() - off, 1u << 30);
      sum = crc32(sum, reinterpret_cast<const Bytef*>(e.bytes.data() + off), static_cast<uInt>(len));
    }
    if (e.bytes.size() != size || sum != crc) throw ImportError(what + ": zip member fails its size or CRC check");
    out.push_back(std::move(e));
  }
  return out;
}

}  // namespace

std::vector<InputEntry> decode_import_bytes(const std::string& name, std::string bytes) {
  const auto starts = [&](std::initializer_list<unsigned char> magic) {
    if (bytes.size() < magic.size()) return false;
    std::size_t i = 0;
    for (const unsigned char m : magic)
      if (static_cast<unsigned char>(bytes[i++]) != m) return false;
    return true;
  };
  if (starts({0x1f, 0x8b})) return {InputEntry{name, gunzip(bytes, name)}};
  if (starts({'P', 'K', 3, 4}) || starts({'P', 'K', 5, 6})) return unzip(bytes, name);
  return {InputEntry{name, std::move(bytes)}};
}

std::vector<InputEntry> read_import_file(const std::filesystem::path& path) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) throw ImportError(path.string() + ": is a directory");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw ImportError(path.string() + ": cannot open file");
  std::string bytes;
  if (std::filesystem::is_regular_file(path, ec)) {
    bytes.resize(std::filesystem::file_size(path, ec));
    in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (static_cast<std::size_t>(in.gcount()) != bytes.size()) throw ImportError(path.string() + ": read error");
  } else {  // a pipe or device: size unknown
    std::ostringstream all;
    all << in.rdbuf();
    bytes = std::move(all).str();
  }
  return decode_import_bytes(path.string(), std::move(bytes));
}

}  // namespace irkg
