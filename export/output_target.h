#pragma once
// Where an export writes. A regular file (or a path that does not exist yet) is replaced
// atomically: written to a temporary name beside it, then renamed. Anything else at the
// path is written in place, because renaming over it would destroy what the user named: a
// symbolic link stays a link and its target gets the new content; a FIFO or a device
// (/dev/null, /dev/stdout, a terminal) receives the bytes as a shell redirection would.
#include <string>

namespace irkg {

struct OutputTarget {
  enum class Kind {
    Replace,  // regular file or new path: temporary file + rename
    Direct,   // FIFO, character or block device, socket: opened and written in place
  };
  std::string path;  // after following symbolic links
  Kind kind = Kind::Replace;
};

// Follows symbolic links (relative ones from the link's directory, up to 40 as the kernel
// does) and classifies what is at the end. Throws std::runtime_error "cannot write PATH:
// REASON" for a directory or a link loop.
OutputTarget resolve_output_target(const std::string& path);

}  // namespace irkg
