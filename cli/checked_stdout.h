#pragma once
// Standard output that knows why it failed. std::ostream keeps only a bad bit, and by the
// time a command ends errno has long been overwritten, so irkg's std::cout writes through
// this buffer, which remembers the errno of the first failed write. main() then turns a
// lost output ("> /dev/full", a full disk) into one line and exit 1, while a reader that
// went away (EPIPE: "| head -1") stays quiet, as with the default SIGPIPE.
#include <stdexcept>
#include <string>

namespace irkg::cli {

// Points std::cout at a buffer over file descriptor 1. Call once, first thing in main.
void install_checked_stdout();

// errno of the first failed write to standard output, 0 while none failed.
int stdout_error();

// Thrown by long-running commands to stop producing output nobody receives; run_guarded
// catches it and main reports the write error.
struct OutputFailed : std::runtime_error {
  OutputFailed() : std::runtime_error("error writing output") {}
};

// Flushes std::cout and throws OutputFailed when a write has failed.
void flush_stdout_or_throw();

// Flushes std::cout at the end of a command. A write error (other than a closed pipe)
// prints "irkg: error writing output: REASON" and gives exit 1; otherwise `exit_code`.
int finish_stdout(int exit_code);

}  // namespace irkg::cli
